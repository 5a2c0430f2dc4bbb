import { describe, expect, it } from 'vitest';
import { courseOrder, hasNumbered, neighbours } from '../../src/lib/sidebar-window.ts';

const link = (href: string, isCurrent = false) => ({ type: 'link' as const, href, isCurrent, label: href });
const numbers: Record<string, number> = { '/l/b/': 2, '/l/a/': 10, '/l/c/': 1 };
const numberOf = (href: string) => numbers[href];

describe('course order', () => {
  it('puts the index first, numbered pages by number, other pages after in their order', () => {
    const out = courseOrder(
      [link('/l/answer/'), link('/l/a/'), link('/l/'), link('/l/b/'), link('/l/booklet/'), link('/l/c/')],
      numberOf,
    );
    expect(out.map((e) => e.href)).toEqual(['/l/', '/l/c/', '/l/b/', '/l/a/', '/l/answer/', '/l/booklet/']);
  });

  it('leaves lists without numbered pages alone and recurses into groups', () => {
    const plain = [link('/x/b/'), link('/x/a/')];
    expect(courseOrder(plain, numberOf)).toEqual(plain);
    const grouped = courseOrder([{ type: 'group' as const, entries: [link('/l/a/'), link('/l/c/')] }], numberOf);
    const group = grouped[0];
    expect(group?.type === 'group' && group.entries.map((e) => (e.type === 'link' ? e.href : ''))).toEqual([
      '/l/c/',
      '/l/a/',
    ]);
    expect(hasNumbered(plain, numberOf)).toBe(false);
    expect(hasNumbered(grouped, numberOf)).toBe(true);
  });

  it('takes previous and next from the ordered list', () => {
    const ordered = courseOrder([link('/l/'), link('/l/a/'), link('/l/b/', true), link('/l/c/')], numberOf);
    const around = neighbours(ordered);
    expect(around?.prev?.href).toBe('/l/c/');
    expect(around?.next?.href).toBe('/l/a/');
    expect(neighbours([link('/l/a/')])).toBeUndefined();
  });
});
