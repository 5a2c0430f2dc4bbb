import { printedAddress } from '../lib/print-address.ts';
import { staleAddresses } from './print-origin.ts';

/**
 * Fills `[data-print-path]` elements with the address on the origin the page is served from: the text of
 * a link, and (for `[data-qr]`) a QR code drawn by the `qrcode` library, loaded only when it is needed.
 * Elements whose build-time address already matches this origin are left alone.
 */
export async function fillPrintAddresses(root: ParentNode = document, { drawQr = true } = {}): Promise<void> {
  const stale = staleAddresses(root);
  if (stale.length === 0) return;
  for (const el of stale) {
    const href = printedAddress(location.origin, el.dataset.printPath ?? '/');
    if (!el.hasAttribute('data-qr')) el.textContent = href;
    // A QR code for another host is worse than none: hide it until the right one is drawn.
    else el.replaceChildren();
  }
  const qrs = stale.filter((el) => el.hasAttribute('data-qr'));
  if (qrs.length === 0 || !drawQr) return;
  const QRCode = await import('qrcode');
  for (const el of qrs) {
    // One code per task: the booklet draws one per lesson, and drawn in one go they blocked the page (TBT 811 ms).
    await new Promise((resolve) => setTimeout(resolve, 0));
    const href = printedAddress(location.origin, el.dataset.printPath ?? '/');
    el.innerHTML = await QRCode.toString(href, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
    el.dataset.printOrigin = location.origin;
  }
}

/** One drawing per root at a time: the idle callback, a print button and `beforeprint` may all ask. */
const drawing = new WeakMap<ParentNode, Promise<void>>();

/** Draws the QR codes under `root` (once) and resolves when they are on the page. */
export function drawPrintAddresses(root: ParentNode = document): Promise<void> {
  let done = drawing.get(root);
  if (!done) {
    done = fillPrintAddresses(root);
    drawing.set(root, done);
  }
  return done;
}

/**
 * For a lesson page: fixes the printed link at once (no download), and draws the QR code as soon as the
 * browser is idle after loading, so the first print has it, Ctrl+P included: the browser prints what is
 * on the page when the print starts and does not wait for a download begun in `beforeprint`. Nothing
 * happens on a site built for its public address (the code is in the HTML).
 */
export function drawPrintAddressesWhenIdle(root: ParentNode): void {
  void fillPrintAddresses(root, { drawQr: false });
  const draw = () => void drawPrintAddresses(root);
  if ('requestIdleCallback' in window) requestIdleCallback(draw, { timeout: 2000 });
  else setTimeout(draw, 200);
  window.addEventListener('beforeprint', draw, { once: true });
}

/** A print button: waits for the QR codes under `root`, then opens the browser's print dialog. */
export function printWhenDrawn(button: HTMLElement, root: ParentNode = document): void {
  button.addEventListener('click', () => {
    void drawPrintAddresses(root).finally(() => window.print());
  });
}
