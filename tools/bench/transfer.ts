// First-load transfer of a page in headless Chromium: a fresh browser context (empty cache), the page
// loaded until the network is idle, and the encoded (gzip as served) body bytes of every response summed,
// including anything a service worker fetches.
import { get } from 'node:http';
import type { Browser, Request } from '@playwright/test';

/** Bytes on the wire of a GET as a browser asks for it (gzip accepted), without decoding. */
function encodedSize(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve(bytes));
      res.on('error', reject);
    }).on('error', reject);
  });
}

export interface Transfer {
  /** Encoded body bytes of the responses the page itself requested. */
  body: number;
  /** Encoded body bytes a service worker fetched meanwhile (e.g. an offline precache), counted apart. */
  serviceWorker: number;
  serviceWorkerRequests: number;
  /** Response header bytes, reported beside the bodies. */
  headers: number;
  requests: number;
  /** Body bytes by resource type: document, stylesheet, script, font, image, fetch… */
  byType: Record<string, number>;
  /** Responses that were not 2xx/3xx, for a warning: a broken asset would make a page look light. */
  errors: string[];
}

/**
 * `direct` maps a page's address to the server's, for the one body fetched again outside the browser.
 * `serviceWorker`: the site registers one after load; the measure waits until it is active, so a busy machine (where
 * the page can look idle before the registration starts) counts the same requests as a quiet one.
 */
export async function firstLoad(
  browser: Browser,
  url: string,
  direct = (u: string) => u,
  serviceWorker = false,
): Promise<Transfer> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const pending: Promise<void>[] = [];
  const result: Transfer = {
    body: 0,
    serviceWorker: 0,
    serviceWorkerRequests: 0,
    headers: 0,
    requests: 0,
    byType: {},
    errors: [],
  };
  const record = (request: Request) =>
    pending.push(
      (async () => {
        const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
        if (response && response.status() >= 400) result.errors.push(`${response.status()} ${request.url()}`);
        // Chromium reports no body size for a service worker's own script: fetch it again to count it. A response
        // the page got from the service worker crossed no network (its size came out negative: headers less
        // nothing); what the worker fetched is counted with the worker.
        const body = response?.fromServiceWorker()
          ? 0
          : sizes.responseBodySize === 0 && response?.status() === 200 && request.method() === 'GET'
            ? await encodedSize(direct(request.url()))
            : sizes.responseBodySize;
        if (request.serviceWorker()) {
          result.serviceWorker += body;
          result.serviceWorkerRequests += 1;
          return;
        }
        const type = request.resourceType();
        result.body += body;
        result.headers += sizes.responseHeadersSize;
        result.requests += 1;
        result.byType[type] = (result.byType[type] ?? 0) + body;
      })().catch((e: unknown) => void result.errors.push(`unmeasured ${request.url()}: ${(e as Error).message}`)),
    );
  context.on('requestfinished', record);
  context.on('requestfailed', (r) => result.errors.push(`failed ${r.url()}: ${r.failure()?.errorText ?? ''}`));
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status() ?? 'no response'}`);
    await page.waitForLoadState('networkidle');
    if (serviceWorker) {
      const active = await page
        .waitForFunction(() => navigator.serviceWorker.ready.then(() => true), undefined, { timeout: 60_000 })
        .then(() => true)
        .catch(() => false);
      if (!active) result.errors.push(`no service worker became active for ${url} within 60 s`);
    }
    // A service worker may still be fetching after the page is idle: wait until no new request starts.
    let seen = -1;
    while (seen !== pending.length) {
      seen = pending.length;
      await Promise.all(pending);
      await page.waitForTimeout(1000);
    }
  } finally {
    await context.close();
  }
  return result;
}
