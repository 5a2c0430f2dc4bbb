import { printedAddress } from '../lib/print-address.ts';

/**
 * Fills `[data-print-path]` elements with the address on the origin the page is served from: the text of
 * a link, and (for `[data-qr]`) a QR code drawn by the `qrcode` library, loaded only when it is needed.
 * Elements whose build-time address already matches this origin are left alone.
 */
export async function fillPrintAddresses(root: ParentNode = document, { drawQr = true } = {}): Promise<void> {
  const stale = [...root.querySelectorAll<HTMLElement>('[data-print-path]')].filter(
    (el) => el.dataset.printOrigin !== location.origin,
  );
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
    const href = printedAddress(location.origin, el.dataset.printPath ?? '/');
    el.innerHTML = await QRCode.toString(href, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
    el.dataset.printOrigin = location.origin;
  }
}

/**
 * For a lesson page: fixes the printed link at once (no download), and draws the QR code only when the
 * reader prints, so a lesson's first load carries no QR library. Nothing happens on a correctly built site.
 */
export function fixPrintAddressesOnPrint(root: ParentNode): void {
  void fillPrintAddresses(root, { drawQr: false });
  window.addEventListener('beforeprint', () => void fillPrintAddresses(root), { once: true });
}
