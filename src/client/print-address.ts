import { printedAddress } from '../lib/print-address.ts';
import { staleAddresses } from './print-origin.ts';

/**
 * Rewrites the printed links under `root` for the origin the page is served from, and empties their QR boxes
 * (a code for another host is worse than none) until `drawPrintAddressesOnDemand` draws the right one. Elements
 * whose build-time address already matches this origin are left alone.
 */
export function fillPrintAddresses(root: ParentNode = document): HTMLElement[] {
  const stale = staleAddresses(root);
  for (const el of stale) {
    if (!el.hasAttribute('data-qr')) el.textContent = printedAddress(location.origin, el.dataset.printPath ?? '/');
    else el.replaceChildren();
  }
  return stale.filter((el) => el.hasAttribute('data-qr'));
}

type QrCodeModule = typeof import('qrcode');
let qrCode: Promise<QrCodeModule> | undefined;
let qrCodeLoaded: QrCodeModule | undefined;
/** The drawing library, downloaded once; kept at hand once loaded, so that `beforeprint` can draw without waiting. */
function loadQrCode(): Promise<QrCodeModule> {
  qrCode ??= import('qrcode').then((m) => (qrCodeLoaded = m));
  return qrCode;
}

/** Draws one code for this origin, synchronously (the library's callback form calls back before returning). */
function drawCode(QRCode: QrCodeModule, el: HTMLElement): void {
  if (el.dataset.printOrigin === location.origin) return;
  const href = printedAddress(location.origin, el.dataset.printPath ?? '/');
  QRCode.toString(href, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' }, (error, svg) => {
    if (error) throw error;
    el.innerHTML = svg;
    el.dataset.printOrigin = location.origin;
  });
}

/**
 * The QR codes under `root`, for a page served from another address than its build's (a build for its public
 * address has them in the HTML and loads none of this). The links are fixed at once; no code is drawn at load.
 * A code shown on screen (the booklet's, one per lesson) is drawn as it comes near the view; the print button
 * draws the rest and then prints; the library is fetched when the browser is idle, so that a print started any
 * other way (Ctrl+P) draws the rest in `beforeprint`, before the print is laid out. Drawn at load, the codes
 * were a phone's longest main-thread tasks (Lighthouse at 4× CPU slowdown: a lesson's print card 150 ms, the
 * booklet's TBT 260–380 ms).
 */
export function drawPrintAddressesOnDemand(root: ParentNode, button: HTMLElement | null): void {
  const codes = fillPrintAddresses(root);
  const near = new IntersectionObserver(
    (entries) => {
      const shown = entries.filter((e) => e.isIntersecting).map((e) => e.target as HTMLElement);
      if (shown.length === 0) return;
      for (const el of shown) near.unobserve(el);
      void loadQrCode().then((QRCode) => shown.forEach((el) => drawCode(QRCode, el)));
    },
    { rootMargin: '100% 0px' },
  );
  for (const el of codes) near.observe(el);
  const drawAll = (QRCode: QrCodeModule) => {
    near.disconnect();
    for (const el of codes) drawCode(QRCode, el);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(() => void loadQrCode(), { timeout: 2000 });
  else setTimeout(() => void loadQrCode(), 200);
  window.addEventListener('beforeprint', () => {
    if (qrCodeLoaded) drawAll(qrCodeLoaded);
  });
  button?.addEventListener('click', () => {
    void loadQrCode()
      .then(drawAll)
      .finally(() => window.print());
  });
}
