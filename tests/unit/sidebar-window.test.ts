import { describe, expect, it } from 'vitest';
import { windowSidebar } from '../../src/lib/sidebar-window.ts';

const link = (n: number, current = -1) => ({ type: 'link' as const, isCurrent: n === current, label: `p${n}` });
const links = (count: number, current = -1) => Array.from({ length: count }, (_, i) => link(i, current));
const labels = (entries: { label?: string }[]) => entries.map((e) => e.label);

describe('sidebar window', () => {
  it('leaves a short list alone', () => {
    const entries = links(10, 3);
    expect(windowSidebar(entries, 25)).toEqual(entries);
  });

  it('keeps a window around the current page in a long list', () => {
    const out = windowSidebar(links(1000, 500), 25);
    expect(out).toHaveLength(25);
    expect(out.some((e) => e.isCurrent)).toBe(true);
    expect(labels(out)[0]).toBe('p488');
  });

  it('keeps the window inside the list at both ends', () => {
    expect(labels(windowSidebar(links(100, 0), 25))[0]).toBe('p0');
    expect(labels(windowSidebar(links(100, 99), 25)).at(-1)).toBe('p99');
  });

  it('recurses into groups and keeps the group holding the current page', () => {
    const group = { type: 'group' as const, label: 'g', entries: links(300, 250) };
    const entries = [...links(40), group];
    const out = windowSidebar(entries, 25);
    expect(out).toHaveLength(25);
    const kept = out.find((e) => e.type === 'group') as typeof group | undefined;
    expect(kept?.entries).toHaveLength(25);
    expect(kept?.entries.some((e) => e.isCurrent)).toBe(true);
  });
});
