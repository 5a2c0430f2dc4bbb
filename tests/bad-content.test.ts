// Bad input never passes silently: each fixture under tests/fixtures/bad-content/<case>/ is a small content
// tree with one mistake an editor makes, and the project's own checks must fail on it, naming the file and
// the problem. The link case needs the real link validator, so it builds a copy of the site with Astro.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copySite } from './helpers/site-copy.ts';

const fixtures = 'tests/fixtures/bad-content';

interface ContentCase {
  /** Fixture directory name. */
  name: string;
  /** The file the message must name, relative to content/docs. */
  file: string;
  /** What the message must say about it. */
  problem: RegExp;
}

const checkCases: ContentCase[] = [
  { name: 'broken-frontmatter', file: 'kk/about.mdx', problem: /frontmatter is not valid YAML/ },
  {
    name: 'unknown-initiative',
    file: 'ru/council/expanded-session.mdx',
    problem: /field "initiatives\.0": "kiberpoll" is not an initiative page/,
  },
  {
    name: 'quiz-without-correct-answer',
    file: 'ru/lessons/age-of-responsibility.mdx',
    problem: /field "quiz\.2\.correct": .*correct answer/,
  },
  {
    name: 'missing-translation',
    file: 'kk/about.mdx',
    problem: /missing translation of \S*content\/docs\/ru\/about\.mdx.*awaitingTranslation/,
  },
  { name: 'empty-kk-title', file: 'kk/about.mdx', problem: /field "title": .*empty/ },
];
const buildCase = { name: 'broken-link', file: 'ru/about.mdx', link: '/ru/lessons/missing-page/' };

/** Runs `node scripts/check-content.ts <docsDir> <glossaryFile>`, the fast check `npm run build` starts with. */
function checkContent(docs: string, glossary: string) {
  const run = spawnSync(process.execPath, ['scripts/check-content.ts', docs, glossary], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** A fixture's own glossary where it has one (lessons cite terms), else the project's. */
function glossaryOf(name: string): string {
  const own = join(fixtures, name, 'content/glossary/terms.yaml');
  return existsSync(own) ? own : 'content/glossary/terms.yaml';
}

describe('bad content fixtures', () => {
  it('every fixture directory is exercised by a case', () => {
    const covered = [...checkCases.map((c) => c.name), buildCase.name].sort();
    expect(readdirSync(fixtures).sort()).toEqual(covered);
  });

  it.each([...checkCases.map((c) => c.name), buildCase.name])('%s has a trilingual content tree', (name) => {
    for (const locale of ['kk', 'ru', 'en'])
      expect(existsSync(join(fixtures, name, 'content/docs', locale))).toBe(true);
  });
});

describe('check-content fails on bad content, naming the file and the problem', () => {
  it.each(checkCases)('$name', ({ name, file, problem }) => {
    const { status, output } = checkContent(join(fixtures, name, 'content/docs'), glossaryOf(name));
    expect(status, output).toBe(1);
    const lines = output.split('\n').filter((line) => line.includes('✗'));
    const named = lines.filter((line) => line.includes(`content/docs/${file}`) && problem.test(line));
    expect(named, `no line names content/docs/${file} with ${problem}:\n${output}`).toHaveLength(1);
  });

  it('passes the real content (positive control)', () => {
    const { status, output } = checkContent('content/docs', 'content/glossary/terms.yaml');
    expect(status, output).toBe(0);
    expect(output).toMatch(/Content check: \d+ pages valid/);
  });

  it('reports the broken-link fixture before the build, naming the file and the missing page', () => {
    const { status, output } = checkContent(join(fixtures, buildCase.name, 'content/docs'), glossaryOf(buildCase.name));
    expect(status, output).toBe(1);
    expect(output).toMatch(/ru\/about\.mdx/);
    expect(output).toContain('/ru/lessons/missing-page/');
  });
});

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
