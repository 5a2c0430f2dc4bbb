// Bad input never passes silently: each fixture under tests/fixtures/bad-content/<case>/ is a small content
// tree with one mistake an editor makes, and the project's own checks must fail on it, naming the file and
// the problem. The link case also runs the real link validator in a build: tests/build/broken-link/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/config/locales.ts';

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
  {
    // Both options are the same: no set of ticks can match, so the question could never be answered right.
    name: 'quiz-repeated-key',
    file: 'ru/lessons/age-of-responsibility.mdx',
    problem: /field "quiz\.2\.correct": lists the same option twice/,
  },
  {
    name: 'quiz-type-disagrees',
    file: 'ru/lessons/age-of-responsibility.mdx',
    problem: /field "quiz\.2\.correct": is type: single but lists 2 right options/,
  },
  {
    name: 'duplicate-lesson-number',
    file: 'ru/lessons/age-of-responsibility.mdx',
    problem: /field "lesson": is 1, the number of \S*age-of-responsibility-2\.mdx too; .*\/ru\/l\/1\//,
  },
  {
    // Found before the build (which names the file too, from the page's route), not only when the page renders.
    name: 'unknown-help-contact',
    file: 'ru/lessons/age-of-responsibility.mdx',
    problem:
      /line \d+: "polise" in <HelpContacts only> is not a help line id in content\/data\/help-contacts\.yaml \(did you mean "police"\?\)/,
  },
  {
    name: 'unknown-key-term',
    file: 'ru/lessons/age-of-responsibility.mdx',
    problem:
      /line \d+: <KeyTerm id="minorr"> is not a term id in content\/glossary\/terms\.yaml \(did you mean "minor"\?\)/,
  },
  { name: 'empty-kk-title', file: 'kk/about.mdx', problem: /field "title": .*empty/ },
  {
    name: 'redirect-shadows-page',
    file: 'ru/about.mdx',
    problem: /field "redirectFrom\.1": "about" is the address of a page that exists/,
  },
  {
    // The fixture's registry marks the Criminal Code repealed; the lesson citing it must fail, naming what replaced it.
    name: 'repealed-act',
    file: 'ru/lessons/age-of-responsibility.mdx',
    problem: /field "sources\.0\.act": cites "criminal-code" .*repealed; it was replaced by "criminal-code-new"/,
  },
];
const buildCase = { name: 'broken-link', file: 'ru/about.mdx', link: '/ru/lessons/missing-page/' };
const staleCase = 'stale-act-check';

/** Runs `node tools/check-content.ts <docsDir> <glossary> <legalActs>`, the fast check `npm run build` starts with. */
function checkContent(docs: string, glossary: string, acts = 'content/data/legal-acts.yaml') {
  const run = spawnSync(process.execPath, ['tools/check-content.ts', docs, glossary, acts], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** A fixture's own registry of legal acts where it has one, else the project's. */
function actsOf(name: string): string {
  const own = join(fixtures, name, 'content/data/legal-acts.yaml');
  return existsSync(own) ? own : 'content/data/legal-acts.yaml';
}

/** A fixture's own glossary where it has one (lessons cite terms), else the project's. */
function glossaryOf(name: string): string {
  const own = join(fixtures, name, 'content/glossary/terms.yaml');
  return existsSync(own) ? own : 'content/glossary/terms.yaml';
}

describe('bad content fixtures', () => {
  it('every fixture directory is exercised by a case', () => {
    const covered = [...checkCases.map((c) => c.name), buildCase.name, staleCase].sort();
    expect(readdirSync(fixtures).sort()).toEqual(covered);
  });

  it.each([...checkCases.map((c) => c.name), buildCase.name, staleCase])('%s has a trilingual content tree', (name) => {
    for (const locale of localeCodes) expect(existsSync(join(fixtures, name, 'content/docs', locale))).toBe(true);
  });
});

describe('check-content fails on bad content, naming the file and the problem', () => {
  it.each(checkCases)('$name', ({ name, file, problem }) => {
    const { status, output } = checkContent(join(fixtures, name, 'content/docs'), glossaryOf(name), actsOf(name));
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
});

describe('an old check of a legal act warns without failing', () => {
  it('passes, and names the registry entry to check again', () => {
    const name = staleCase;
    const { status, output } = checkContent(join(fixtures, name, 'content/docs'), glossaryOf(name), actsOf(name));
    expect(status, output).toBe(0);
    const warnings = output.split('\n').filter((line) => line.includes('⚠'));
    expect(warnings, output).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /stale-act-check\/content\/data\/legal-acts\.yaml: field "criminal-code\.checkedOn": was last checked \d+ days ago \(2020-01-15\)/,
    );
  });
});
