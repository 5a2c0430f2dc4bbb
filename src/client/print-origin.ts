/**
 * The printed addresses under `root` built for another origin than the page's: a build for localhost, or a
 * preview. A build for its public address has none, and then no drawing code is needed (src/client/print-address.ts).
 */
export function staleAddresses(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-print-path]')].filter(
    (el) => el.dataset.printOrigin !== location.origin,
  );
}
