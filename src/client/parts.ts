/**
 * The one way browser code binds to its markup: a custom element declared beside its component
 * (`define`) that finds the named parts of its own markup (`data-part="name"`) with `part`, which
 * throws when one is missing, so a renamed or forgotten part fails the first test that opens the
 * page instead of leaving a control that silently does nothing.
 */
export function part<T extends HTMLElement = HTMLElement>(host: HTMLElement, name: string): T {
  const found = host.querySelector<T>(`[data-part="${name}"]`);
  if (!found) throw new Error(`<${host.localName}> is missing its part "${name}"`);
  return found;
}

/** Defines a custom element once, however many scripts of a page import it. */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
