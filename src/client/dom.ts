/** The element a component's own markup guarantees; a missing one is a markup bug, reported loudly. */
export function required<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`Missing ${selector}`);
  return el;
}
