import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPageFiles } from '../../src/server/translation-sources.ts';
import {
  cellsIn,
  countStates,
  isoDay,
  translationStatus,
  type PageFile,
  type TranslationState,
} from '../../src/lib/translation-status.ts';

const file = (
  locale: string,
  slug: string,
  lastCommit: number | null,
  awaitingTranslation: string[] = [],
): PageFile => ({
  locale,
  slug,
  file: `content/docs/${locale}/${slug}.mdx`,
  awaitingTranslation,
  lastCommit,
});

const states = (files: PageFile[]) =>
  Object.fromEntries(
    translationStatus(files).map((r) => [
      r.slug,
      Object.fromEntries(Object.entries(r.cells).map(([l, c]) => [l, c.state])),
    ]),
  ) as Record<string, Record<string, TranslationState>>;

describe('translationStatus (pure)', () => {
  it('measures translations against the Russian source', () => {
    const result = states([file('ru', 'about', 200), file('kk', 'about', 100), file('en', 'about', 300)]);
    expect(result.about).toEqual({ ru: 'source', kk: 'outdated', en: 'up-to-date' });
  });

  it('counts a translation committed with the source as up to date', () => {
    expect(states([file('ru', 'a', 100), file('kk', 'a', 100), file('en', 'a', 100)]).a).toEqual({
      kk: 'up-to-date',
      ru: 'source',
      en: 'up-to-date',
    });
  });

  it('tells awaiting from missing by the awaitingTranslation flag of any variant', () => {
    const result = states([file('ru', 'a', 100, ['kk']), file('en', 'b', 100, ['ru'])]);
    expect(result.a).toEqual({ kk: 'awaiting', ru: 'source', en: 'missing' });
    expect(result.b).toEqual({ kk: 'missing', ru: 'awaiting', en: 'unknown' });
  });

  it('counts a draft translation of a published page as awaiting, and a draft source as a draft row', () => {
    const rows = translationStatus([
      file('ru', 'a', 100),
      { ...file('kk', 'a', 200), draft: true },
      file('en', 'a', 200),
      { ...file('ru', 'b', 100), draft: true },
      { ...file('kk', 'b', 100), draft: true },
      { ...file('en', 'b', 100), draft: true },
    ]);
    expect(rows.map((r) => [r.slug, r.draft, r.cells.kk.state])).toEqual([
      ['a', false, 'awaiting'],
      ['b', true, 'up-to-date'],
    ]);
    expect(cellsIn(rows, 'missing')).toEqual([]);
  });

  it('never guesses without dates', () => {
    expect(states([file('ru', 'a', null), file('kk', 'a', 100), file('en', 'a', null)]).a).toEqual({
      kk: 'unknown',
      ru: 'source',
      en: 'unknown',
    });
  });

  it('names where a missing translation belongs', () => {
    const [row] = translationStatus([{ ...file('ru', 'lessons', 1), file: 'content/docs/ru/lessons/index.mdx' }]);
    expect(row?.cells.kk.file).toBe('content/docs/kk/lessons/index.mdx');
  });

  it('counts and lists cells by state', () => {
    const rows = translationStatus([
      file('ru', 'a', 2),
      file('kk', 'a', 1),
      file('ru', 'b', 1, ['en']),
      file('kk', 'b', 1),
    ]);
    expect(countStates(rows)).toMatchObject({ source: 2, outdated: 1, 'up-to-date': 1, awaiting: 1, missing: 1 });
    expect(cellsIn(rows, 'missing')).toEqual([{ slug: 'a', locale: 'en' }]);
  });

  it('formats commit days in Kazakhstan time', () => {
    // 2025-03-13 20:00 UTC is already 14 March in Shymkent (UTC+5).
    expect(isoDay(Date.UTC(2025, 2, 13, 20) / 1000)).toBe('2025-03-14');
    expect(isoDay(null)).toBeNull();
  });
});

describe('translation report over a git repository', () => {
  let repo = '';
  const day = (d: number) => `2025-03-${String(d).padStart(2, '0')}T12:00:00+05:00`;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
  };
  const page = (title: string, extra = '') => `---\ntitle: ${title}\nkind: page\n${extra}---\n\nText.\n`;
  const commit = (date: string, ...paths: string[]) => {
    const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, stdio: 'pipe' });
    git('add', ...paths);
    git(
      '-c',
      'user.name=Editor',
      '-c',
      'user.email=editor@example.org',
      '-c',
      'commit.gpgsign=false',
      'commit',
      '-qm',
      date,
    );
  };

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'i18n-status-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    // about: complete on day 1, but the English translation was never written and is not flagged.
    write('content/docs/ru/about.mdx', page('О сайте'));
    write('content/docs/kk/about.mdx', page('Сайт туралы'));
    // lessons/x: all three on day 1; Russian edited on day 5; English re-translated on day 7.
    for (const l of ['ru', 'kk', 'en']) write(`content/docs/${l}/lessons/x.mdx`, page(`X ${l}`));
    // glossary: Kazakh is on its way, as the Russian page says.
    write('content/docs/ru/glossary/index.mdx', page('Словарь', 'awaitingTranslation: [kk]\n'));
    write('content/docs/en/glossary/index.mdx', page('Glossary'));
    commit(day(1), '.');
    write('content/docs/ru/lessons/x.mdx', page('X ru, corrected'));
    commit(day(5), 'content/docs/ru/lessons/x.mdx');
    write('content/docs/en/lessons/x.mdx', page('X en, updated'));
    commit(day(7), 'content/docs/en/lessons/x.mdx');
  });

  afterAll(() => {
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  it('reads git dates of each file', () => {
    const files = readPageFiles('content/docs', repo);
    const date = (f: string) => isoDay(files.find((x) => x.file === f)?.lastCommit ?? null);
    expect(date('content/docs/ru/lessons/x.mdx')).toBe('2025-03-05');
    expect(date('content/docs/kk/lessons/x.mdx')).toBe('2025-03-01');
    expect(date('content/docs/en/lessons/x.mdx')).toBe('2025-03-07');
  });

  it('finds the missing and the outdated translation, and nothing else wrong', () => {
    const rows = translationStatus(readPageFiles('content/docs', repo));
    expect(cellsIn(rows, 'missing')).toEqual([{ slug: 'about', locale: 'en' }]);
    expect(cellsIn(rows, 'outdated')).toEqual([{ slug: 'lessons/x', locale: 'kk' }]);
    expect(cellsIn(rows, 'awaiting')).toEqual([{ slug: 'glossary', locale: 'kk' }]);
    expect(cellsIn(rows, 'unknown')).toEqual([]);
    expect(rows.find((r) => r.slug === 'lessons/x')?.cells.en.state).toBe('up-to-date');
  });

  it('npm run i18n:status fails on the missing page and warns about the outdated one', () => {
    const result = spawnSync(process.execPath, [resolve('tools/i18n-status.ts')], { cwd: repo, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/✗ content\/docs\/en\/about\.mdx: missing/);
    expect(result.stderr).toMatch(/! content\/docs\/kk\/lessons\/x\.mdx: outdated .*2025-03-05.*2025-03-01/);
    expect(result.stdout).toMatch(/lessons\/x\s+outdated 2025-03-01\s+source 2025-03-05\s+up-to-date 2025-03-07/);
  });

  it('exits 0 once the missing page is flagged as awaiting, even with an outdated translation', () => {
    const copy = mkdtempSync(join(tmpdir(), 'i18n-status-flagged-'));
    try {
      execFileSync('git', ['clone', '-q', repo, copy]);
      writeFileSync(join(copy, 'content/docs/ru/about.mdx'), page('О сайте', 'awaitingTranslation: [en]\n'));
      const result = spawnSync(process.execPath, [resolve('tools/i18n-status.ts')], { cwd: copy, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toMatch(/outdated/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('shows unknown dates, not failures, in a shallow clone or without git', () => {
    const shallow = mkdtempSync(join(tmpdir(), 'i18n-status-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
      const rows = translationStatus(readPageFiles('content/docs', shallow));
      expect(cellsIn(rows, 'outdated')).toEqual([]);
      expect(rows.find((r) => r.slug === 'lessons/x')?.cells.kk).toMatchObject({ state: 'unknown', lastCommit: null });
      rmSync(join(shallow, '.git'), { recursive: true, force: true });
      const noGit = translationStatus(readPageFiles('content/docs', shallow));
      expect(cellsIn(noGit, 'missing')).toEqual([{ slug: 'about', locale: 'en' }]);
      expect(cellsIn(noGit, 'unknown')).toHaveLength(4);
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });
});
