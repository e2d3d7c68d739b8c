/**
 * The one way browser code binds to its markup: a custom element declared beside its component
 * (`define`) that finds the named parts of its own markup (`data-part="name"`) with `part`, which
 * throws when one is missing, so a renamed or forgotten part fails the first test that opens the
 * page instead of leaving a control that silently does nothing. The favourites and search pages name
 * their many hooks by data attributes of their own and find them with `required`, which throws alike.
 */
export function part<T extends HTMLElement = HTMLElement>(root: ParentNode, name: string): T {
  return required<T>(root, `[data-part="${name}"]`);
}

/** The element of `root` that `selector` finds, which the markup must have. */
export function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`${root instanceof Element ? `<${root.localName}>` : 'The page'} is missing ${selector}`);
  return found;
}

/** Defines a custom element once, however many scripts of a page import it. */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
