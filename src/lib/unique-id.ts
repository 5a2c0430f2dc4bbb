const seen = new WeakMap<object, Map<string, number>>();

/**
 * An id unique within one page and read from the content (`term-minor-tip`, then `term-minor-tip-2` for the
 * term's second use on that page). Never a build-wide counter: one new term would renumber every page after
 * it, and a reader's saved offline pack would then change on every page. `page` is any object that lives
 * exactly as long as the page's render (Astro.request).
 */
export function idInPage(page: object, base: string): string {
  const counts = seen.get(page) ?? new Map<string, number>();
  seen.set(page, counts);
  const n = (counts.get(base) ?? 0) + 1;
  counts.set(base, n);
  return n === 1 ? base : `${base}-${n}`;
}
