import { describe, expect, it } from 'vitest';
import {
  anchorsIn,
  checkLinks,
  classifyLink,
  decodeEntities,
  describeBroken,
  extractRefs,
  extractXmlRefs,
  fileFor,
  srcsetUrls,
  urlOf,
  type BuiltSite,
} from '../../tools/lib/link-check.ts';

const origin = 'http://localhost:4321';

describe('extractRefs', () => {
  it('finds href, src, srcset candidates and a meta refresh target', () => {
    const html = `
      <link rel="canonical" href="http://localhost:4321/ru/about/">
      <a href='/kk/'>kk</a><img src=/_astro/a.webp srcset="/_astro/a.webp 1x, /_astro/b.webp 2x" alt="">
      <meta http-equiv="refresh" content="0; url=/kk/lessons/cyberbullying/">`;
    expect(extractRefs(html).map((r) => `${r.attr}=${r.value}`)).toEqual([
      'href=http://localhost:4321/ru/about/',
      'href=/kk/',
      'src=/_astro/a.webp',
      'srcset=/_astro/a.webp',
      'srcset=/_astro/b.webp',
      'http-equiv=refresh=/kk/lessons/cyberbullying/',
    ]);
  });

  it('keeps the rel of a link element', () => {
    expect(extractRefs('<link rel="alternate" hreflang="kk" href="/kk/">')[0]?.rel).toBe('alternate');
  });

  it('ignores script bodies, comments and look-alike attributes', () => {
    const html = `<script type="module" src="/_astro/page.js">const a = '<a href="/nowhere/">';</script>
      <!-- <a href="/commented/"> --><div data-href="/data/" title="href=/title/"></div>`;
    expect(extractRefs(html).map((r) => r.value)).toEqual(['/_astro/page.js']);
  });

  it('decodes character references in attribute values', () => {
    expect(extractRefs('<a href="/search/?q=a&amp;kind=lesson">')[0]?.value).toBe('/search/?q=a&kind=lesson');
    expect(decodeEntities('&#x41;&#66;&quot;&unknown;')).toBe('AB"&unknown;');
  });
});

describe('srcsetUrls', () => {
  it('splits candidates but keeps a comma inside a URL', () => {
    expect(srcsetUrls('a.png 480w,b.png 800w')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls('a.png, b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls('data:image/png;base64,AAA= 1x, c.png 2x')).toEqual(['data:image/png;base64,AAA=', 'c.png']);
  });
});

describe('extractXmlRefs', () => {
  it('finds sitemap locations and feed links', () => {
    const xml = `<?xml version="1.0"?><rss><channel><link>http://localhost:4321/ru/council/</link>
      <atom:link href="http://localhost:4321/ru/council/rss.xml" rel="self"/>
      <item><link><![CDATA[http://localhost:4321/ru/council/a/]]></link></item></channel></rss>
      <urlset><url><loc>http://localhost:4321/kk/?a=1&amp;b=2</loc></url></urlset>`;
    expect(extractXmlRefs(xml).map((r) => r.value)).toEqual([
      'http://localhost:4321/ru/council/',
      'http://localhost:4321/ru/council/a/',
      'http://localhost:4321/kk/?a=1&b=2',
      'http://localhost:4321/ru/council/rss.xml',
    ]);
  });
});

describe('anchorsIn', () => {
  it('collects ids and <a name>, but not form control names', () => {
    const anchors = anchorsIn('<h2 id="objectives">x</h2><a name="legacy"></a><input name="q0"><div id="_top">');
    expect([...anchors].sort()).toEqual(['_top', 'legacy', 'objectives']);
  });
});

describe('classifyLink', () => {
  it('skips other hosts, mailto: and tel: as external', () => {
    expect(classifyLink('https://adilet.zan.kz/rus/docs/K950001000_', '/ru/', origin).kind).toBe('external');
    expect(classifyLink('//example.com/x', '/ru/', origin).kind).toBe('external');
    expect(classifyLink('mailto:someone@example.kz', '/ru/', origin).kind).toBe('external');
    expect(classifyLink('tel:102', '/ru/', origin).kind).toBe('external');
  });

  it('treats data: and javascript: as nothing to fetch', () => {
    expect(classifyLink('data:image/svg+xml,%3Csvg%3E', '/ru/', origin).kind).toBe('inline');
    expect(classifyLink('javascript:void(0)', '/ru/', origin).kind).toBe('inline');
  });

  it('resolves root-relative, page-relative and own-origin absolute links, dropping the query', () => {
    expect(classifyLink('/ru/about/?utm=x#team', '/kk/', origin)).toEqual({
      kind: 'internal',
      path: '/ru/about/',
      hash: 'team',
    });
    expect(classifyLink('../glossary/', '/ru/lessons/cyberbullying/', origin)).toEqual({
      kind: 'internal',
      path: '/ru/lessons/glossary/',
      hash: '',
    });
    expect(classifyLink('http://localhost:4321/en/', '/ru/', origin)).toEqual({
      kind: 'internal',
      path: '/en/',
      hash: '',
    });
    expect(classifyLink('#quiz', '/kk/lessons/x/', origin)).toEqual({
      kind: 'internal',
      path: '/kk/lessons/x/',
      hash: 'quiz',
    });
  });

  it('decodes percent-encoded paths and fragments', () => {
    expect(classifyLink('/ru/%D0%B0/#%D1%86%D0%B5%D0%BB%D0%B8', '/', origin)).toEqual({
      kind: 'internal',
      path: '/ru/а/',
      hash: 'цели',
    });
    expect(classifyLink('/ru/%E0%A4%A/', '/', origin).kind).toBe('invalid');
  });
});

describe('fileFor', () => {
  const files = new Set(['index.html', 'ru/about/index.html', 'ru/council/rss.xml', 'pagefind/pagefind.js']);

  it('serves a directory from its index.html, with or without the trailing slash', () => {
    expect(fileFor('/', files)).toBe('index.html');
    expect(fileFor('/ru/about/', files)).toBe('ru/about/index.html');
    expect(fileFor('/ru/about', files)).toBe('ru/about/index.html');
  });

  it('serves files as they are', () => {
    expect(fileFor('/ru/council/rss.xml', files)).toBe('ru/council/rss.xml');
    expect(fileFor('/pagefind/pagefind.js', files)).toBe('pagefind/pagefind.js');
  });

  it('finds nothing for a missing page or a file addressed as a directory', () => {
    expect(fileFor('/ru/missing/', files)).toBeUndefined();
    expect(fileFor('/ru/council/', files)).toBeUndefined();
    expect(fileFor('/ru/council/rss.xml/', files)).toBeUndefined();
  });
});

describe('urlOf', () => {
  it('maps a built file to the URL it is served at', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('ru/about/index.html')).toBe('/ru/about/');
    expect(urlOf('404.html')).toBe('/404.html');
    expect(urlOf('ru/council/rss.xml')).toBe('/ru/council/rss.xml');
  });
});

describe('checkLinks', () => {
  const site = (pages: Record<string, string>, assets: string[] = []): BuiltSite => ({
    files: new Set([...Object.keys(pages), ...assets]),
    contents: new Map(Object.entries(pages)),
  });

  it('passes a site whose links and anchors all resolve, counting external links', () => {
    const report = checkLinks(
      site(
        {
          'ru/index.html': `<a href="/ru/lessons/x/#quiz">q</a><a href="#_top">top</a><div id="_top"></div>
            <img src="/_astro/a.webp" alt=""><a href="https://adilet.zan.kz/">law</a><a href="tel:102">102</a>`,
          'ru/lessons/x/index.html': '<h2 id="quiz">Quiz</h2><a href="../../">up</a><a href="#top">top</a>',
          'sitemap-0.xml': '<urlset><url><loc>http://localhost:4321/ru/lessons/x/</loc></url></urlset>',
        },
        ['_astro/a.webp'],
      ),
      origin,
    );
    expect(report.broken).toEqual([]);
    expect(report.external).toBe(2);
    expect(report.internal).toBe(6);
  });

  it('reports a broken link and a missing anchor, naming the source page and the target', () => {
    const report = checkLinks(
      site({
        'kk/index.html': '<a href="/kk/lessons/missing/">x</a><a href="/kk/about/#contacts">y</a>',
        'kk/about/index.html': '<h2 id="team">Team</h2>',
      }),
      origin,
    );
    expect(report.broken.map(describeBroken)).toEqual([
      'kk/index.html → /kk/lessons/missing/ (no file in the build for /kk/lessons/missing/)',
      'kk/index.html → /kk/about/#contacts (no id or name "contacts" in kk/about/index.html)',
    ]);
  });

  it('checks same-page anchors and links in feeds and sitemaps', () => {
    const report = checkLinks(
      site({
        'en/index.html': '<a href="#nowhere">x</a>',
        'en/council/rss.xml':
          '<rss><channel><item><link>http://localhost:4321/en/council/gone/</link></item></channel></rss>',
      }),
      origin,
    );
    expect(report.broken.map((b) => `${b.source} → ${b.target}`)).toEqual([
      'en/index.html → #nowhere',
      'en/council/rss.xml → http://localhost:4321/en/council/gone/',
    ]);
  });

  it('does not count or check a link the caller skips', () => {
    const pages = { '404.html': '<link rel="canonical" href="/404/"><a href="/gone/">x</a>' };
    const report = checkLinks(site(pages), origin, (_source, ref) => ref.rel === 'canonical');
    expect(report.broken.map((b) => b.target)).toEqual(['/gone/']);
    expect(report.internal).toBe(1);
  });
});
