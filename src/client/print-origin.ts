/**
 * The printed addresses under `root` built for another origin than the page's: a build for localhost, or a
 * preview. A build for its public address has none, and then no drawing code is needed (src/client/print-address.ts).
 */
export function staleAddresses(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-print-path]')].filter(
    (el) => el.dataset.printOrigin !== location.origin,
  );
}

/**
 * A page's print button and printed addresses. A build for its public address has them right in the HTML: the
 * button just prints, and its readers download no drawing code. Served from another address, the links and QR
 * codes are redrawn for it (src/client/print-address.ts, fetched only then).
 */
export async function setUpPrinting(button: HTMLElement | null): Promise<void> {
  if (staleAddresses().length === 0) {
    button?.addEventListener('click', () => window.print());
    return;
  }
  const { drawPrintAddressesOnDemand } = await import('./print-address.ts');
  drawPrintAddressesOnDemand(document, button);
}
