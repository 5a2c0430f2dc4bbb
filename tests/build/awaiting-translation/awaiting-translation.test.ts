// A page not yet translated: the source page lists the locale in `awaitingTranslation`, the content check
// accepts the gap, and the build serves the source text at the locale's address with Starlight's notice in
// that locale's words — so a teacher's link to /kk/… works before the translation exists.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import kk from '../../../content/i18n/kk.json' with { type: 'json' };
import { buildCopy, copySite } from '../../helpers/site-copy.ts';

describe('a page awaiting its Kazakh translation', () => {
  let copy = '';

  beforeAll(() => {
    copy = copySite('awaiting-translation-', false);
    rmSync(join(copy, 'content/docs/kk/about.mdx'));
    const source = join(copy, 'content/docs/ru/about.mdx');
    writeFileSync(source, readFileSync(source, 'utf8').replace(/^---\n/, '---\nawaitingTranslation: [kk]\n'));
  });

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('passes the content check', () => {
    const run = spawnSync(process.execPath, ['tools/check-content.ts'], { cwd: copy, encoding: 'utf8' });
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
  });

  it('builds, and /kk/about/ shows the Russian text with the notice in Kazakh', () => {
    const { status, output } = buildCopy(copy, 240_000);
    expect(status, output.slice(-3000)).toBe(0);
    const page = join(copy, 'dist/kk/about/index.html');
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain(kk['i18n.untranslatedContent']);
    expect(html).toContain('О сайте');
    expect(html).toMatch(/<html[^>]*lang="kk"/);
  }, 300_000);
});
