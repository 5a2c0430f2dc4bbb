import { globSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packTransfer } from '../../src/lib/offline/transfer.ts';

// The site's own lesson, initiative and council texts stand in for a pack's pages: real text of uneven length.
const texts = globSync('content/docs/**/*.mdx')
  .sort()
  .map((f) => readFileSync(f));
const pages = texts.map((body, i) => ({ path: `/p${i}/index.html`, size: body.length, body }));
const gzip = new Map(pages.map((p) => [p.path, gzipSync(p.body, { level: 6 }).length]));
const exact = pages.reduce((sum, p) => sum + (gzip.get(p.path) ?? 0), 0);

describe('packTransfer', () => {
  it('prices every page itself when a pack has no more pages than the sample', () => {
    const asked: string[] = [];
    const total = packTransfer(pages, (path) => (asked.push(path), gzip.get(path) ?? 0), pages.length);
    expect(total).toBe(exact);
    expect(asked).toHaveLength(pages.length);
  });

  it("prices a large pack's pages from a sample within 3 % of compressing each", () => {
    expect(pages.length).toBeGreaterThan(100);
    const asked: string[] = [];
    const total = packTransfer(pages, (path) => (asked.push(path), gzip.get(path) ?? 0), 20);
    expect(asked.length).toBeLessThanOrEqual(20);
    expect(Math.abs(total - exact) / exact).toBeLessThan(0.03);
  });

  it('prices files that are not pages one by one, whatever the sample', () => {
    const assets = [
      { path: '/_astro/a.js', size: 1000 },
      { path: '/pagefind/x.pf_fragment', size: 500 },
    ];
    const sizes: Record<string, number> = { '/_astro/a.js': 300, '/pagefind/x.pf_fragment': 500 };
    expect(packTransfer(assets, (path) => sizes[path] ?? NaN, 1)).toBe(800);
  });
});
