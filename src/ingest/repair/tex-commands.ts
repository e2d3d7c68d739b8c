/**
 * TeX command names that an eaten backslash escape could have started.
 * Used to decide whether a TAB or LF before letters was once `\t…` / `\n…`: those characters also
 * occur legitimately, so they are only restored when the result is a command we know.
 * Only names starting with a letter some string-escape syntax eats (a b e f n r t v, and YAML's L P)
 * matter here, so the list is limited to those.
 */

const NAMES = `
alpha approx angle ast aleph amalg arccos arcsin arctan arg acute atop asymp arrowvert
beta bar boldsymbol bm bf bfseries binom backslash begin breve boxed bmod bowtie boxplus boxtimes
boxminus boxdot because beth between blacksquare blacktriangle bot bullet bra braket brace brack
big bigl bigr bigm bigg biggl biggr biggm bigcup bigcap bigoplus bigotimes bigodot bigvee bigwedge
bigsqcup biguplus bigstar bigtriangleup bigtriangledown bigcirc
epsilon eta ell emph exp end equiv emptyset exists eqref enspace eth eqcirc eqsim
frac forall flat frak fbox footnotesize frown fallingdotseq
nabla neq ne not notin nu neg nleq ngeq nless ngtr nmid nparallel nsubseteq nsupseteq nsubset
nexists newline nolimits nonumber noindent natural nearrow nwarrow ni nleftarrow nrightarrow
nLeftarrow nRightarrow nsim ncong nvdash normalsize norm
rightarrow right rho rm rangle rbrace rbrack rceil rfloor rvert rVert rightharpoonup rightharpoondown
rightleftharpoons rightrightarrows rightsquigarrow restriction risingdotseq rlap rtimes rgroup ref
raisebox rule rmoustache
times text textbf textit texttt textrm textsf textsc textup textnormal textstyle textsuperscript
textsubscript textcolor textmd textsl theta tau tilde top to triangle triangleleft triangleright
trianglelefteq trianglerighteq triangleq tfrac tbinom tanh tan tiny therefore thinspace thickspace
thicksim thickapprox tt twoheadrightarrow twoheadleftarrow tag textdegree
vec varepsilon vartheta varphi varrho varsigma varpi varkappa varnothing vee veebar vert vdots vdash
vDash vphantom vspace vartriangle vartriangleleft vartriangleright varpropto vcenter vline
Lambda Leftarrow Leftrightarrow Longleftarrow Longrightarrow Longleftrightarrow Lleftarrow Large
LARGE Lsh LaTeX Phi Pi Psi Pr
`;

const KNOWN = new Set(NAMES.split(/\s+/).filter(Boolean));

/** True when `name` (without backslash) is a TeX/KaTeX command an eaten escape may have started. */
export function isKnownTexCommand(name: string): boolean {
  return KNOWN.has(name);
}
