import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packUpdateCost, shellUpdateCost } from '../../tools/bench/lib/update-cost.ts';

/** A minimal build: pages with their text, a kk pack list with one revision per file, and a worker with a shell. */
function build(pages: Record<string, string>, shell: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'update-cost-'));
  const revision = (text: string) => String(text.length) + text.slice(0, 8);
  // Pages are listed by their address, as the real pack lists do.
  const files = Object.entries({ ...pages }).map(([url, text]) => {
    mkdirSync(join(dist, url), { recursive: true });
    writeFileSync(join(dist, url, 'index.html'), text);
    return { url, revision: revision(text), size: text.length };
  });
  mkdirSync(join(dist, 'offline'), { recursive: true });
  writeFileSync(join(dist, 'offline/pack-kk.json'), JSON.stringify({ locale: 'kk', version: 'v', files }));
  const manifest = Object.entries(shell).map(([url, text]) => {
    writeFileSync(join(dist, url), text);
    return { revision: revision(text), url };
  });
  writeFileSync(join(dist, 'sw.js'), `self.x=${JSON.stringify(manifest)};`);
  return dist;
}

const lesson = (sentence: string) => `<p>${'Сабақ мәтіні. '.repeat(400)}${sentence}</p>`;

describe('what a returning reader downloads after a deploy', () => {
  const pages = { '/kk/a/': lesson('Бір.'), '/kk/b/': lesson('Екі.'), '/kk/c/': 'c' };
  const shell = { '/app.js': 'console.log(1)' };

  it('a one-sentence edit costs the edited page only, gzip-sized', () => {
    const before = build(pages, shell);
    const after = build({ ...pages, '/kk/b/': lesson('Екі, өзгертілді.') }, shell);
    const pack = packUpdateCost(before, after, 'kk');
    expect(pack.files).toEqual(['/kk/b/']);
    expect(pack.total).toBe(3);
    // Repeated text compresses: the gzip transfer is far below the file's size.
    expect(pack.bytes).toBeGreaterThan(0);
    expect(pack.bytes).toBeLessThan(lesson('Екі, өзгертілді.').length / 10);
    expect(shellUpdateCost(before, after).files).toEqual([]);
  });

  it('an unchanged deploy costs nothing; a changed shell file costs it and the worker', () => {
    const before = build(pages, shell);
    expect(packUpdateCost(before, build(pages, shell), 'kk')).toMatchObject({ files: [], bytes: 0 });
    const after = build(pages, { '/app.js': 'console.log(2, 3)' });
    expect(shellUpdateCost(before, after).files).toEqual(['/sw.js', '/app.js']);
  });

  it('a directory that is no build is named in the error', () => {
    const empty = mkdtempSync(join(tmpdir(), 'update-cost-'));
    expect(() => packUpdateCost(empty, empty, 'kk')).toThrow(/pack-kk\.json: no pack list/);
  });
});
