/**
 * Fills the placeholders of a UI string; shared by the server and the browser.
 * `{name}` is replaced by the value. `{count, plural, one {# paper} other {# papers}}` (the ICU
 * MessageFormat plural, the one piece of it the dictionaries need) picks the branch for the number by
 * the language's plural rules, `=N` first, and writes the number where `#` stands.
 */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;
const rules = new Map<string, Intl.PluralRules>();

function plural(lang: string, value: number, branches: string, written: string): string | undefined {
  const choices = new Map([...branches.matchAll(BRANCH)].map(([, selector, text]) => [selector!, text!]));
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  const text = choices.get(`=${value}`) ?? choices.get(rule.select(value)) ?? choices.get('other');
  return text?.replace(/#/g, written);
}

export function format(template: string, values: Record<string, string | number> = {}, lang = 'en'): string {
  return template
    .replace(PLURAL, (match, name: string, branches: string) => {
      const value = values[name];
      // A number may come already written for the reader ("14,089").
      const number = typeof value === 'number' ? value : Number(String(value ?? '').replace(/[,\s\u00a0]/g, '') || NaN);
      return Number.isFinite(number) ? (plural(lang, number, branches, String(value)) ?? match) : match;
    })
    .replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
