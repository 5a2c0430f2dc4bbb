// A page that moved keeps its old address: listed in the page's `redirectFrom`, the old path is built as a
// redirect in every language, so a teacher's link or a printed QR code to it still lands on the page.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copySite } from '../../helpers/site-copy.ts';
import { localeCodes } from '../../../src/config/locales.ts';

const locales = localeCodes;
const page = 'lessons/cyber-safety';
const earlier = 'lessons/online-safety';

describe('a page listing an earlier address in redirectFrom', () => {
  let copy = '';
  let build = { status: null as number | null, output: '' };

  beforeAll(() => {
    copy = copySite('moved-page-', false);
    for (const locale of locales) {
      const file = join(copy, 'content/docs', locale, `${page}.mdx`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^---\n/, `---\nredirectFrom: [${earlier}]\n`));
    }
    build = buildCopy(copy, 90_000);
  }, 120_000);

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('builds the earlier address in each language as a redirect to the page in that language', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    for (const locale of locales) {
      const file = join(copy, 'dist', locale, earlier, 'index.html');
      expect(existsSync(file), file).toBe(true);
      const html = readFileSync(file, 'utf8');
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/${locale}/${page}/">`);
      expect(html).toMatch(new RegExp(`<html lang="${locale}`));
      expect(html).toContain(`href="/${locale}/${page}/"`);
      expect(html).toContain('<meta name="robots" content="noindex">');
    }
    // The page itself is still built where it is.
    expect(existsSync(join(copy, 'dist/ru', page, 'index.html'))).toBe(true);
  });
});
