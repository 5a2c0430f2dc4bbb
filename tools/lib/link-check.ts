/**
 * Internal-link checking for the built site, as pure functions over file paths and contents:
 * which URLs a page points to, which file the static server would answer each with, and whether
 * the `#anchor` exists there. tests/dist/links.test.ts feeds it dist/.
 */

/** A URL found in a built file, with the attribute (or XML element) it came from. */
export interface LinkRef {
  attr: string;
  value: string;
  /** The `rel` of the element, when it has one (`canonical`, `alternate`, `stylesheet`...). */
  rel?: string;
}

export type LinkKind =
  /** Another host, or mailto:/tel:: not checked, only counted. */
  | { kind: 'external' }
  /** data:, javascript:, blob: and the like: nothing to fetch from the site. */
  | { kind: 'inline' }
  | { kind: 'invalid'; reason: string }
  /** A path on this site (decoded, query dropped) and the decoded fragment, '' when there is none. */
  | { kind: 'internal'; path: string; hash: string };

export interface BrokenLink {
  /** The dist-relative file the link is in. */
  source: string;
  /** The link as written. */
  target: string;
  reason: string;
}

export interface LinkReport {
  /** Internal links checked (each distinct link once per page). */
  internal: number;
  /** External links skipped. */
  external: number;
  broken: BrokenLink[];
}

export interface BuiltSite {
  /** Every file in the build, dist-relative with `/` separators: `ru/about/index.html`, `pagefind/pagefind.js`. */
  files: ReadonlySet<string>;
  /** Contents of the files to crawl and to look anchors up in: `.html` pages, `.xml` feeds and sitemaps. */
  contents: ReadonlyMap<string, string>;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references that appear in attribute values and XML text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return entities[ref.toLowerCase()] ?? whole;
  });
}

const tagPattern = /<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const attrPattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Start tags with their (lower-cased, decoded) attributes; script and style bodies and comments are skipped. */
function tags(html: string): { name: string; attrs: Map<string, string> }[] {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi, '$1$3');
  return [...markup.matchAll(tagPattern)].map((tag) => {
    const attrs = new Map<string, string>();
    for (const a of (tag[2] ?? '').matchAll(attrPattern)) {
      const name = (a[1] ?? '').toLowerCase();
      if (!attrs.has(name)) attrs.set(name, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    return { name: (tag[1] ?? '').toLowerCase(), attrs };
  });
}

/**
 * The URLs of a `srcset` (HTML standard's parsing, simplified): a URL is a run of non-space characters, so a
 * comma inside it (a data: URL) stays; a trailing comma ends the candidate; descriptors run to the next comma.
 */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let rest = srcset;
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '');
    const url = /^\S+/.exec(rest)?.[0];
    if (!url) return urls;
    rest = rest.slice(url.length);
    if (url.endsWith(',')) urls.push(url.replace(/,+$/, ''));
    else {
      urls.push(url);
      rest = rest.replace(/^[^,]*/, '');
    }
  }
}

/** Every URL a page refers to: `href`, `src`, each `srcset` candidate and a `<meta http-equiv="refresh">` target. */
export function extractRefs(html: string): LinkRef[] {
  const refs: LinkRef[] = [];
  for (const { name, attrs } of tags(html)) {
    for (const attr of ['href', 'xlink:href', 'src']) {
      const value = attrs.get(attr);
      const rel = attrs.get('rel');
      if (value !== undefined) refs.push({ attr, value: value.trim(), ...(rel === undefined ? {} : { rel }) });
    }
    const srcset = attrs.get('srcset');
    if (srcset !== undefined) refs.push(...srcsetUrls(srcset).map((value) => ({ attr: 'srcset', value })));
    if (name === 'meta' && attrs.get('http-equiv')?.toLowerCase() === 'refresh') {
      const url = /url\s*=\s*['"]?([^'"\s]+)/i.exec(attrs.get('content') ?? '')?.[1];
      if (url) refs.push({ attr: 'http-equiv=refresh', value: url });
    }
  }
  return refs;
}

/** The URLs in a sitemap or RSS feed: `<loc>`, `<link>` text and `href` attributes (atom:link). */
export function extractXmlRefs(xml: string): LinkRef[] {
  const refs: LinkRef[] = [];
  for (const m of xml.matchAll(/<(loc|link)>\s*(?:<!\[CDATA\[)?([^<\]]*?)(?:\]\]>)?\s*<\/\1>/g)) {
    refs.push({ attr: m[1] ?? '', value: decodeEntities(m[2] ?? '').trim() });
  }
  for (const { attrs } of tags(xml)) {
    const href = attrs.get('href');
    if (href !== undefined) refs.push({ attr: 'href', value: href.trim() });
  }
  return refs;
}

/** What a `#fragment` can point to: any element's `id`, and an `<a name>`. */
export function anchorsIn(html: string): Set<string> {
  const anchors = new Set<string>();
  for (const { name, attrs } of tags(html)) {
    const id = attrs.get('id');
    if (id) anchors.add(id);
    const aName = attrs.get('name');
    if (name === 'a' && aName) anchors.add(aName);
  }
  return anchors;
}

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/**
 * Resolves a link as a browser would, relative to the page at `pageUrl` (a path such as `/ru/about/`) on
 * `origin` (`http://localhost:4321`). Absolute URLs on the site's own origin (canonical, hreflang, RSS) are internal.
 */
export function classifyLink(ref: string, pageUrl: string, origin: string): LinkKind {
  let url: URL;
  try {
    url = new URL(ref, new URL(pageUrl, origin));
  } catch {
    return { kind: 'invalid', reason: 'not a valid URL' };
  }
  if (url.protocol === 'mailto:' || url.protocol === 'tel:') return { kind: 'external' };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { kind: 'inline' };
  if (url.origin !== new URL(origin).origin) return { kind: 'external' };
  const path = decode(url.pathname);
  const hash = decode(url.hash.slice(1).replace(/:~:.*$/, ''));
  if (path === undefined || hash === undefined) return { kind: 'invalid', reason: 'malformed percent-encoding' };
  return { kind: 'internal', path, hash };
}

/**
 * The file the static server answers a path with (deploy/nginx.conf: `try_files $uri $uri/`): the file
 * itself, or a directory's index.html, with or without the trailing slash. Undefined when there is none.
 */
export function fileFor(path: string, files: ReadonlySet<string>): string | undefined {
  const rel = path.replace(/^\/+/, '');
  if (rel === '' || rel.endsWith('/')) return files.has(`${rel}index.html`) ? `${rel}index.html` : undefined;
  if (files.has(rel)) return rel;
  return files.has(`${rel}/index.html`) ? `${rel}/index.html` : undefined;
}

/** The URL path a built file is served at: `ru/about/index.html` → `/ru/about/`, `404.html` → `/404.html`. */
export function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Checks every internal link of every `.html` and `.xml` file in `site.contents`. `skip` exempts links
 * the caller knows are not followed by readers; a skipped link is not counted.
 */
export function checkLinks(
  site: BuiltSite,
  origin: string,
  skip: (source: string, ref: LinkRef) => boolean = () => false,
): LinkReport {
  const report: LinkReport = { internal: 0, external: 0, broken: [] };
  const anchorCache = new Map<string, Set<string>>();
  const anchorsOf = (file: string) => {
    let anchors = anchorCache.get(file);
    if (!anchors) anchorCache.set(file, (anchors = anchorsIn(site.contents.get(file) ?? '')));
    return anchors;
  };

  for (const [source, content] of site.contents) {
    const refs = source.endsWith('.html')
      ? extractRefs(content)
      : source.endsWith('.xml')
        ? extractXmlRefs(content)
        : [];
    const seen = new Set<string>();
    for (const ref of refs) {
      const { value } = ref;
      if (seen.has(value) || skip(source, ref)) continue;
      seen.add(value);
      const link = classifyLink(value, urlOf(source), origin);
      if (link.kind === 'inline') continue;
      if (link.kind === 'external') {
        report.external++;
        continue;
      }
      report.internal++;
      const broken = (reason: string) => report.broken.push({ source, target: value, reason });
      if (link.kind === 'invalid') {
        broken(link.reason);
        continue;
      }
      const target = fileFor(link.path, site.files);
      if (target === undefined) {
        broken(`no file in the build for ${link.path}`);
        continue;
      }
      // `#top` scrolls to the top without an element (HTML standard); fragments of non-HTML files are not ids.
      if (link.hash === '' || link.hash.toLowerCase() === 'top' || !target.endsWith('.html')) continue;
      if (!anchorsOf(target).has(link.hash)) broken(`no id or name "${link.hash}" in ${target}`);
    }
  }
  return report;
}

export function describeBroken(link: BrokenLink): string {
  return `${link.source} → ${link.target} (${link.reason})`;
}
