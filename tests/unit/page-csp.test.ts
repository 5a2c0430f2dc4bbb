import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withPageOwnHashes } from '../../src/server/page-csp.ts';

const sha = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
const used = 'console.log(1)';
const unused = 'console.log(2)';
const style = '.a{color:red}';
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('withPageOwnHashes', () => {
  const policy = `default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${sha(used)} ${sha(unused)}; style-src 'self' ${sha(style)} ${sha('.b{}')}; style-src-attr 'unsafe-inline';`;

  it("keeps the hashes of the page's own inline scripts and styles, and every other source", () => {
    const out = policyOf(withPageOwnHashes(page(policy, `<script>${used}</script><style>${style}</style>`)));
    expect(out).toContain(sha(used));
    expect(out).not.toContain(sha(unused));
    expect(out).toContain(sha(style));
    expect(out).not.toContain(sha('.b{}'));
    expect(out).toContain("'wasm-unsafe-eval'");
    expect(out).toContain("default-src 'self'");
    expect(out).toContain("style-src-attr 'unsafe-inline'");
  });

  it('never adds a hash the site policy did not have, and does not count data blocks or external scripts', () => {
    const body = `<script>${'missing()'}</script><script type="application/ld+json">${unused}</script><script src="/a.js">${used}</script>`;
    const out = policyOf(withPageOwnHashes(page(policy, body)));
    expect(out).not.toMatch(/'sha256-/);
  });

  it('leaves a page without a policy as it is', () => {
    expect(withPageOwnHashes('<p>x</p>')).toBe('<p>x</p>');
  });
});
