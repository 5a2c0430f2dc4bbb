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
