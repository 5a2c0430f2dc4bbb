import { createHash } from 'node:crypto';

/**
 * Astro writes one policy for the whole site into every page: the hashes of every inline script and style any
 * page has (a lesson carried 19 script and 9 style hashes and used 10 and 1). Each page's policy is narrowed to
 * the hashes of its own inline code: a page allows nothing it does not run, and the lesson's HTML is 0.6 KiB
 * (gzip) lighter. Hashes are only ever removed, never added: a script whose hash Astro left out stays blocked
 * and tests/dist/csp-inline.test.ts names it.
 */
const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;

const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

/** Inline scripts the browser runs (a JSON-LD or other data block is not run and needs no hash). */
export function executedInlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs = '']) => !/\bsrc=/.test(attrs))
    .filter(([, attrs = '']) => {
      const type = /\btype="([^"]*)"/.exec(attrs)?.[1];
      return type === undefined || type === 'module' || type === 'text/javascript';
    })
    .map(([, , body = '']) => body);
}

export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map(([, body = '']) => body);
}

/** The directive's sources with only the hashes in `used` left among its hashes. */
function narrow(directive: string, used: ReadonlySet<string>): string {
  const [name, ...sources] = directive.trim().split(/\s+/);
  const kept = sources.filter((s) => !s.startsWith("'sha256-") || used.has(s));
  return [name, ...kept].join(' ');
}

export function withPageOwnHashes(html: string): string {
  const match = META.exec(html);
  if (!match) return html;
  const scripts = new Set(executedInlineScripts(html).map(hash));
  const styles = new Set(inlineStyles(html).map(hash));
  const policy = (match[2] ?? '')
    .split(';')
    .map((directive) => {
      const name = directive.trim().split(/\s+/)[0];
      if (name === 'script-src') return narrow(directive, scripts);
      if (name === 'style-src') return narrow(directive, styles);
      return directive.trim();
    })
    .join(';');
  return html.replace(META, (_, open: string, __: string, close: string) => `${open}${policy}${close}`);
}
