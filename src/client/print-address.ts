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
  const QRCode = await loadQrCode();
  for (const el of qrs) {
    // One code per task: drawn in one go, several codes would block the page.
    await new Promise((resolve) => setTimeout(resolve, 0));
    drawCode(QRCode, el);
  }
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

/**
 * For the booklet (a code per lesson, all far below the first screen): nothing is drawn at load. A code is drawn
 * as it comes near the screen; the print button draws the rest and then prints; the library is fetched when the
 * browser is idle, so a print started any other way (Ctrl+P) draws the rest in `beforeprint`, before the print
 * is laid out. Drawn at load, one per task, the codes were most of a phone's main-thread work on this page
 * (Lighthouse: TBT 260–380 ms at 4× CPU slowdown, performance 91–95).
 */
export function drawPrintAddressesOnDemand(root: ParentNode, button: HTMLElement | null): void {
  void fillPrintAddresses(root, { drawQr: false });
  const codes = staleAddresses(root).filter((el) => el.hasAttribute('data-qr'));
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
