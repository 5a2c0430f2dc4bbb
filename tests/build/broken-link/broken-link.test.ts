// A link to a missing page fails the real build (starlight-links-validator), naming the file and the link.
// The fixture is tests/fixtures/bad-content/broken-link/ (its content check case is in tests/unit/bad-content.test.ts).
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copySite } from '../../helpers/site-copy.ts';

const fixtures = 'tests/fixtures/bad-content';
const buildCase = { name: 'broken-link', file: 'ru/about.mdx', link: '/ru/lessons/missing-page/' };

describe('astro build fails on a link to a missing page', () => {
  let copy = '';

  beforeAll(() => {
    copy = copySite('bad-content-', true);
    cpSync(join(fixtures, buildCase.name, 'content'), join(copy, 'content'), { recursive: true });
  });

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it('exits non-zero and names the file and the missing link', () => {
    const { status, output } = buildCopy(copy, 90_000);
    expect(status, output.slice(-3000)).not.toBe(0);
    expect(output, output.slice(-3000)).toMatch(/starlight-links-validator\] Links validation failed/);
    // The validator's report: the file, then the link as written, marked invalid.
    const [file, link] = [buildCase.file, buildCase.link].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    expect(output).toMatch(new RegExp(`${file}\\s[\\s\\S]{0,200}${link}[\\s\\S]{0,200}invalid link`));
  }, 120_000);
});
