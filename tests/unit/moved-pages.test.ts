import { describe, expect, it } from 'vitest';
import { movedPages } from '../../src/lib/moved-pages.ts';

const page = (id: string, redirectFrom: string[] = []) => ({
  id,
  filePath: `content/docs/${id}.mdx`,
  data: { title: id.split('/').pop() ?? id, redirectFrom },
});

describe('earlier addresses of pages', () => {
  it('redirect each earlier path to the page, in the page’s language', () => {
    const moved = movedPages([
      page('ru/lessons/cyber-safety', ['lessons/online-safety', 'safety/internet']),
      page('kk/lessons/cyber-safety', ['lessons/online-safety']),
      page('ru/lessons/index', ['courses']),
    ]);
    expect(moved).toEqual([
      { locale: 'ru', from: 'lessons/online-safety', to: '/ru/lessons/cyber-safety/', title: 'cyber-safety' },
      { locale: 'ru', from: 'safety/internet', to: '/ru/lessons/cyber-safety/', title: 'cyber-safety' },
      { locale: 'kk', from: 'lessons/online-safety', to: '/kk/lessons/cyber-safety/', title: 'cyber-safety' },
      { locale: 'ru', from: 'courses', to: '/ru/lessons/', title: 'index' },
    ]);
  });

  it('refuse an earlier path that is a page today, or that two pages claim, naming file and field', () => {
    const pages = [
      page('ru/lessons/cyber-safety', ['lessons/cyberbullying']),
      page('ru/lessons/cyberbullying'),
      page('ru/lessons/a', ['lessons/old']),
      page('ru/lessons/b', ['lessons/x', 'lessons/old']),
    ];
    expect(() => movedPages(pages)).toThrow(
      /content\/docs\/ru\/lessons\/cyber-safety\.mdx: field "redirectFrom\.0": "lessons\/cyberbullying" is the address of a page that exists/,
    );
    expect(() => movedPages(pages)).toThrow(
      /content\/docs\/ru\/lessons\/b\.mdx: field "redirectFrom\.1": "lessons\/old" is already claimed by content\/docs\/ru\/lessons\/a\.mdx/,
    );
    // The same path in another language is another address.
    expect(() =>
      movedPages([page('kk/lessons/a', ['lessons/old']), page('ru/lessons/b', ['lessons/old'])]),
    ).not.toThrow();
  });
});
