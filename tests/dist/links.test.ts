// Every link of the built site resolves, checked by linkinator (a maintained crawler) against the production
// nginx configuration: pages, anchors (#fragments), srcset, and every URL the sitemap and the RSS feeds list.
import { globSync, readFileSync } from 'node:fs';
import { LinkChecker, type LinkResult } from 'linkinator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist } from '../../tools/lib/serve-dist.ts';

const dist = 'dist';
const xml = (file: string) => readFileSync(`${dist}/${file}`, 'utf8');
// The origin the build was made for (SITE_URL), read from the sitemap rather than assumed.
const origin = new URL(/<loc>([^<]+)<\/loc>/.exec(xml('sitemap-index.xml'))?.[1] ?? 'http://localhost:4321').origin;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** URLs only a feed or the sitemap lists: the crawl starts from them too. */
function listedUrls(): string[] {
  const files = ['sitemap-index.xml', ...globSync('sitemap-*.xml', { cwd: dist }), ...globSync('*/council/rss.xml', { cwd: dist })];
  return [...new Set(files.flatMap((f) => [...xml(f).matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>/g)].map((m) => m[1] ?? '')))];
}

let links: LinkResult[] = [];
let stop = () => {};

beforeAll(async () => {
  const server = await serveDist(dist, 4360);
  stop = server.stop;
  const local = new RegExp(`^(${escape(server.url)}|${escape(origin)})(/|$)`);
  const rewrite = (url: string) => url.replace(new RegExp(`^${escape(origin)}`), server.url);
  const result = await new LinkChecker().check({
    path: [`${server.url}/`, ...listedUrls().map(rewrite)],
    recurse: true,
    checkFragments: true,
    concurrency: 16,
    // Links to the build's own origin (canonical, hreflang, feeds) are the site's: check them here.
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escape(origin)}`), replacement: server.url }],
    // The lessons cite adilet.zan.kz: external links are counted, not fetched (no network in tests).
    linksToSkip: async (link) => !local.test(link),
  });
  links = result.links;
}, 120_000);

afterAll(() => stop());

/**
 * Starlight gives its not-found page the head of a page at /404/ (canonical and hreflang alternates), but the
 * server sends that page for whatever URL was missing: no reader follows those. Its other links are checked.
 */
const notFoundHead = (l: LinkResult) => /\/404\/$/.test(l.url) && /\/404\/$/.test(l.parent ?? '');

/**
 * The Kiwix files the offline-packs pages link to are made by `npm run zim` and published by the deploy scripts,
 * not by the build: tests/zim/zim.spec.ts checks that the links name exactly the files `npm run zim` makes.
 */
const kiwixFile = (l: LinkResult) => /\/zim\/[^/]+\.zim$/.test(l.url);

describe('links of the built site (linkinator)', () => {
  it('crawls the pages, feeds and sitemap entries', () => {
    const pages = globSync('**/index.html', { cwd: dist }).length;
    const checked = links.filter((l) => l.state === 'OK');
    // Every built page is reached, and external (adilet.zan.kz) links exist and are only counted.
    expect(checked.length).toBeGreaterThan(pages);
    expect(links.some((l) => l.state === 'SKIPPED' && l.url.includes('adilet.zan.kz'))).toBe(true);
    console.info(`links: ${checked.length} checked, ${links.filter((l) => l.state === 'SKIPPED').length} external skipped`);
  });

  it('every internal link, src, srcset and #anchor resolves', () => {
    const broken = links
      .filter((l) => l.state === 'BROKEN' && !notFoundHead(l) && !kiwixFile(l))
      .map((l) => `${l.parent ?? '?'} → ${l.url} (${l.status ?? ''} ${l.failureDetails?.map(String).join('; ') ?? ''})`);
    expect(broken, `${broken.length} broken link(s):\n${broken.join('\n')}`).toEqual([]);
  });
});
