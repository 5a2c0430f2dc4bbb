/**
 * Printed addresses (QR codes, short links) must reach the reader: they are built from the address the
 * page is actually served from, never from a build-time host the reader may not reach (e.g. localhost).
 */

/** Whether a build's site address is one only the building machine can reach. */
export function isLocalSite(site: string | URL | undefined): boolean {
  if (!site) return true;
  const host = new URL(site).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.localhost');
}

/** The absolute address of `path` on the origin the page is served from. */
export function printedAddress(origin: string, path: string): string {
  return new URL(path, origin).href;
}

/**
 * A lesson's short link `/<locale>/l/<n>/` as the build knows it: absolute on a build for a public address,
 * else the bare path with an empty `origin`, for the browser to complete (`[data-print-path]`).
 */
export function lessonShortLink(
  site: URL | undefined,
  locale: string,
  lesson: number,
): { path: string; origin: string; href: string } {
  const path = `/${locale}/l/${lesson}/`;
  const origin = site && !isLocalSite(site) ? site.origin : '';
  return { path, origin, href: origin ? new URL(path, origin).href : path };
}
