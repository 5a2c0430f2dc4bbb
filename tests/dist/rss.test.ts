import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ofKind } from '../helpers/content.ts';
import { localeCodes } from '../../src/config/locales.ts';

describe.each(localeCodes)('council RSS feed in %s', (locale) => {
  const feed = readFileSync(`dist/${locale}/council/rss.xml`, 'utf8');

  it('lists the session with its title and link, in the locale’s language', () => {
    expect(feed).toMatch(/^<\?xml/);
    expect(feed).toContain(`<language>${locale}</language>`);
    const session = readFileSync(`dist/${locale}/council/expanded-session-public-safety/index.html`, 'utf8');
    const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(session)?.[1]?.trim() ?? '';
    expect(title).not.toBe('');
    expect(feed).toContain(`<title>${title}</title>`);
    expect(feed).toMatch(new RegExp(`<link>[^<]*/${locale}/council/expanded-session-public-safety/</link>`));
    // A date only where the session's frontmatter has one: never a guessed one.
    const dated = ofKind('council-session', locale).filter((s) => s.data.date instanceof Date).length;
    expect((feed.match(/<pubDate>/g) ?? []).length).toBe(dated);
  });

  it('is announced in <head> and linked from the council index', () => {
    const index = readFileSync(`dist/${locale}/council/index.html`, 'utf8');
    expect(index).toContain(`type="application/rss+xml"`);
    expect(index).toMatch(new RegExp(`<link[^>]+rel="alternate"[^>]+href="/${locale}/council/rss.xml"`));
    expect(index).toMatch(new RegExp(`<a href="/${locale}/council/rss.xml"`));
  });
});
