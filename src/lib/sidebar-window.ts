/**
 * Keeps a long sidebar list to a window around the current page, so a page's HTML does not grow with
 * its section (a council session need not carry every other session); the section index lists them all.
 * Pure: works on the shape of Starlight's sidebar entries.
 */
export interface WindowLink {
  type: 'link';
  isCurrent: boolean;
}
export interface WindowGroup<E> {
  type: 'group';
  entries: E[];
}
type Entry = WindowLink | WindowGroup<Entry>;

function containsCurrent(entry: Entry): boolean {
  return entry.type === 'link' ? entry.isCurrent : entry.entries.some(containsCurrent);
}

/** At most `max` entries per list: those around the current one (or the first ones), groups recursed. */
export function windowSidebar<E extends Entry>(entries: readonly E[], max: number): E[] {
  let kept: E[] = [...entries];
  if (kept.length > max) {
    const current = kept.findIndex(containsCurrent);
    const start = current === -1 ? 0 : Math.max(0, Math.min(current - Math.floor(max / 2), kept.length - max));
    kept = kept.slice(start, start + max);
  }
  return kept.map((e) => (e.type === 'group' ? ({ ...e, entries: windowSidebar(e.entries, max) } as E) : e));
}

/** A sidebar link with the address course order is keyed on. */
export interface OrderLink extends WindowLink {
  href: string;
}
type OrderEntry = OrderLink | WindowGroup<OrderEntry>;

/**
 * Course order: in every list that holds numbered pages (lessons), the section's index comes first, then
 * the numbered pages by number, then the section's other pages in their original order. `numberOf` maps a
 * link's address to its number (from frontmatter), so the order is never kept by hand. Lists without
 * numbered pages are returned unchanged.
 */
export function courseOrder<E extends OrderEntry>(
  entries: readonly E[],
  numberOf: (href: string) => number | undefined,
): E[] {
  const recursed = entries.map((e) =>
    e.type === 'group' ? ({ ...e, entries: courseOrder(e.entries, numberOf) } as E) : e,
  );
  const numbered = recursed.filter((e) => e.type === 'link' && numberOf(e.href) !== undefined);
  if (numbered.length === 0) return recursed;
  // The index is the list's common prefix: a link whose address every numbered page starts with.
  const isIndex = (e: E) =>
    e.type === 'link' &&
    numberOf(e.href) === undefined &&
    numbered.every((n) => n.type === 'link' && n.href.startsWith(e.href));
  const rank = (e: E): number => {
    if (isIndex(e)) return -Infinity;
    if (e.type === 'link') return numberOf(e.href) ?? Infinity;
    return Infinity;
  };
  // Array.prototype.sort is stable: unnumbered pages keep their relative order.
  return [...recursed].sort((a, b) => (rank(a) === rank(b) ? 0 : rank(a) < rank(b) ? -1 : 1));
}

/**
 * Previous and next page from the (ordered, not yet windowed) sidebar: the neighbours of the current link
 * in the flattened list of links. Returns undefined when the current page is not in the sidebar.
 */
export function neighbours(
  entries: readonly OrderEntry[],
): { prev: OrderLink | undefined; next: OrderLink | undefined } | undefined {
  const flat: OrderLink[] = [];
  const walk = (list: readonly OrderEntry[]) => {
    for (const e of list) {
      if (e.type === 'link') flat.push(e);
      else walk(e.entries);
    }
  };
  walk(entries);
  const i = flat.findIndex((l) => l.isCurrent);
  if (i === -1) return undefined;
  return { prev: flat[i - 1], next: flat[i + 1] };
}

/** Whether any list in the sidebar holds numbered pages (the course), so pagination follows course order. */
export function hasNumbered(entries: readonly OrderEntry[], numberOf: (href: string) => number | undefined): boolean {
  return entries.some((e) => (e.type === 'link' ? numberOf(e.href) !== undefined : hasNumbered(e.entries, numberOf)));
}
