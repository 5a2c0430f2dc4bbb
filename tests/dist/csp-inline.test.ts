// Every inline script a built page runs must hash to a value in that page's own CSP <meta>: a script whose hash
// is missing is silently blocked in the reader's browser (the theme switch or a component stops working). And the
// policy allows no other inline code than the page's own.
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pages = globSync('**/index.html', { cwd: 'dist' }).filter((p) => !p.startsWith('_astro/'));

/** Inline scripts the browser executes (JSON-LD and other data blocks are not run, so need no hash). */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs = '']) => !/\bsrc=/.test(attrs))
    .filter(([, attrs = '']) => {
      const type = /\btype="([^"]*)"/.exec(attrs)?.[1];
      return type === undefined || type === 'module' || type === 'text/javascript';
    })
    .map(([, , body = '']) => body);
}

/** Inline <style> elements: a component's styles inlined without a hash are blocked just the same. */
function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, body = '']) => body);
}

describe('inline scripts and styles are allowed by their page CSP', () => {
  it('finds built pages', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)('%s', (page) => {
    const html = readFileSync(`dist/${page}`, 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    const scriptSrc = /script-src([^;]*)/.exec(policy)?.[1] ?? '';
    if (/'unsafe-inline'/.test(scriptSrc)) throw new Error(`${page}: script-src allows 'unsafe-inline'`);
    const missing = inlineScripts(html)
      .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`)
      .filter((hash) => !scriptSrc.includes(hash));
    expect(missing, `${page}: inline scripts whose hash is not in script-src`).toEqual([]);
    const styleSrc = /style-src([^;]*)/.exec(policy)?.[1] ?? '';
    const unstyled = inlineStyles(html)
      .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`)
      .filter((hash) => !styleSrc.includes(hash));
    expect(unstyled, `${page}: inline <style> whose hash is not in style-src`).toEqual([]);
    // And nothing more: a page's policy allows only the inline code that page has.
    const allowed = (sources: string) => new Set(sources.match(/'sha256-[^']+'/g) ?? []);
    const own = (bodies: string[]) =>
      new Set(bodies.map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`));
    expect(allowed(scriptSrc), `${page}: script-src hashes`).toEqual(own(inlineScripts(html)));
    expect(allowed(styleSrc), `${page}: style-src hashes`).toEqual(own(inlineStyles(html)));
  });
});
