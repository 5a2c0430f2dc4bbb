import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/config/locales.ts';
import { parseBenchArgs } from '../../tools/bench/lib/args.ts';
import { renderPageFile, toBarePage, type BareData, type SourcePage } from '../../tools/bench/lib/bare-page.ts';
import { checkBudget, exitCode } from '../../tools/bench/lib/budget.ts';
import { buildPhases } from '../../tools/bench/lib/build-log.ts';
import { parseChildren, parseGnuTime, parseProcStatusPeak } from '../../tools/bench/lib/process-stats.ts';
import { formatKiB, formatKiBDelta, median, percentile, ratio } from '../../tools/bench/lib/stats.ts';
import { seededRandom, syntheticPages } from '../../tools/bench/lib/synthetic.ts';
import { renderTable } from '../../tools/bench/lib/table.ts';
import { checkParity, validateFrontmatter, type RawPage } from '../../tools/lib/content-check.ts';

describe('bench statistics', () => {
  it('divides by a positive baseline and refuses a zero one', () => {
    expect(ratio(390, 300)).toBeCloseTo(1.3);
    expect(() => ratio(1, 0)).toThrow(/baseline must be a positive number/);
    expect(() => ratio(1, Number.NaN)).toThrow(/baseline/);
  });

  it('interpolates percentiles between ranks, whatever the input order', () => {
    expect(percentile([4, 1, 3, 2], 50)).toBe(2.5);
    expect(percentile([4, 1, 3, 2], 25)).toBe(1.75);
    expect(percentile([4, 1, 3, 2], 0)).toBe(1);
    expect(percentile([4, 1, 3, 2], 100)).toBe(4);
    expect(percentile([10, 20, 30, 40, 50], 90)).toBe(46);
    expect(median([9, 1, 5])).toBe(5);
    expect(() => percentile([], 50)).toThrow(/no values/);
    expect(() => percentile([1], 101)).toThrow(/between 0 and 100/);
  });

  it('formats sizes in KiB with a sign for differences', () => {
    expect(formatKiB(61_440)).toBe('60.0 KiB');
    expect(formatKiBDelta(-512)).toBe('-0.5 KiB');
    expect(formatKiBDelta(1536)).toBe('+1.5 KiB');
  });
});

describe('budgets', () => {
  const kib = (v: number) => `${v / 1024} KiB`;

  it('passes at the limit and reports by how much a figure is over it', () => {
    expect(checkBudget({ name: 'at limit', actual: 1.3, limit: 1.3, format: String }).pass).toBe(true);
    const over = checkBudget({ name: 'lesson', actual: 70 * 1024, limit: 60 * 1024, format: kib });
    expect(over).toEqual({
      name: 'lesson',
      pass: false,
      actual: '70 KiB',
      limit: '≤ 60 KiB',
      over: '10 KiB',
      timed: false,
    });
  });

  it('refuses a measurement that is not a number', () => {
    expect(() => checkBudget({ name: 'build', actual: Number.NaN, limit: 1, format: String })).toThrow(/build/);
  });

  it('fails the exit code only in strict mode and only when a budget fails', () => {
    const pass = checkBudget({ name: 'a', actual: 1, limit: 2, format: String });
    const fail = checkBudget({ name: 'b', actual: 3, limit: 2, format: String });
    expect(exitCode([pass, fail], 'none')).toBe(0);
    expect(exitCode([pass, fail], 'all')).toBe(1);
    expect(exitCode([pass], 'all')).toBe(0);
  });

  it('in size-only strictness, a failed time budget is reported but a failed size budget fails', () => {
    const slow = checkBudget({ name: 'build', actual: 1.5, limit: 1.3, format: String, timed: true });
    const heavy = checkBudget({ name: 'lesson', actual: 70, limit: 60, format: String });
    expect(slow.timed).toBe(true);
    expect(exitCode([slow], 'sizes')).toBe(0);
    expect(exitCode([slow, heavy], 'sizes')).toBe(1);
    expect(exitCode([slow], 'all')).toBe(1);
  });
});

describe('bench command line', () => {
  it('runs every measure on 1,000 pages, measuring growth from 100, by default', () => {
    expect(parseBenchArgs([])).toEqual({
      measures: ['build', 'bytes', 'edit'],
      pages: 1000,
      smallPages: 100,
      repeat: 1,
      strict: 'none',
      keep: false,
      projectDist: undefined,
    });
  });

  it('reuses a finished build for the bytes measure when given one', () => {
    expect(parseBenchArgs(['--project-dist', 'dist']).projectDist).toBe('dist');
    expect(() => parseBenchArgs(['--project-dist'])).toThrow(/--project-dist needs a directory/);
  });

  it('scales the small site with --pages and takes one measure by name', () => {
    const opts = parseBenchArgs(['build', '--pages', '200', '--strict']);
    expect(opts).toMatchObject({ measures: ['build'], pages: 200, smallPages: 20, strict: 'all' });
    expect(parseBenchArgs(['--strict-sizes']).strict).toBe('sizes');
    expect(parseBenchArgs(['--strict-sizes', '--strict']).strict).toBe('all');
    expect(parseBenchArgs(['--pages=50', '--small-pages=5', '--repeat', '3'])).toMatchObject({
      pages: 50,
      smallPages: 5,
      repeat: 3,
    });
    // 0: growth measured from the real pages alone; a negative count is still refused.
    expect(parseBenchArgs(['--small-pages', '0']).smallPages).toBe(0);
    expect(() => parseBenchArgs(['--small-pages', '-1'])).toThrow(/--small-pages needs a positive whole number/);
  });

  it('adds up named measures (CI runs the first loads and the HTML growth, not the time ratio)', () => {
    expect(parseBenchArgs(['bytes', 'growth']).measures).toEqual(['bytes', 'growth']);
    expect(parseBenchArgs(['growth', 'growth']).measures).toEqual(['growth']);
    expect(parseBenchArgs(['growth']).measures).toEqual(['growth']);
    expect(parseBenchArgs(['growth', 'all']).measures).toEqual(['build', 'bytes', 'edit']);
    expect(parseBenchArgs(['bytes', 'edit']).measures).toEqual(['bytes', 'edit']);
  });

  it('names the flag of a bad value and rejects unknown arguments', () => {
    expect(() => parseBenchArgs(['--pages', 'many'])).toThrow(/--pages needs a positive whole number \(got "many"\)/);
    expect(() => parseBenchArgs(['--pages'])).toThrow(/--pages .*got nothing/);
    expect(() => parseBenchArgs(['--pages', '10', '--small-pages', '10'])).toThrow(/must be fewer than --pages/);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown argument "--fast"/);
  });
});

describe('process statistics', () => {
  it('reads peak memory and CPU time from GNU time -v', () => {
    const report = [
      '\tCommand being timed: "node astro.mjs build"',
      '\tUser time (seconds): 140.25',
      '\tSystem time (seconds): 5.75',
      '\tMaximum resident set size (kbytes): 2048000',
    ].join('\n');
    expect(parseGnuTime(report)).toEqual({ maxRss: 2048000 * 1024, cpuMs: 146_000 });
    expect(() => parseGnuTime(report.replace(/.*System time.*\n/, ''))).toThrow(/"System time \(seconds\)" line/);
  });

  it('reads VmHWM and child pids from /proc', () => {
    expect(parseProcStatusPeak('Name:\tnode\nVmPeak:\t 900 kB\nVmHWM:\t  512 kB\nVmRSS:\t 400 kB\n')).toBe(512 * 1024);
    expect(parseProcStatusPeak('Name:\tnode\nState:\tZ (zombie)\n')).toBeUndefined();
    expect(parseChildren('123 456 ')).toEqual([123, 456]);
    expect(parseChildren('')).toEqual([]);
    expect(() => parseChildren('12 x')).toThrow(/not a pid/);
  });
});

describe('build log phases', () => {
  const log = [
    'Content check: 3090 pages valid in every locale.',
    '23:59:50 [content] Syncing content',
    '\u001b[2m23:59:58\u001b[22m [content] Synced content',
    '00:00:20 [vite] ✓ built in 21s',
    '00:00:21 [vite] ✓ built in 300ms',
    ' generating static routes ',
    '00:00:22   ├─ /kk/index.html (+10ms)',
    '00:01:40 ✓ Completed in 1m 18s.',
    '00:01:41 [build] ✓ Completed in 1m 20s.',
    '00:02:10 [starlight:pagefind] Finished building search index in 29s.',
    '00:02:40 [build] 3131 page(s) built in 2m 50s',
  ].join('\n');

  it('splits the build at its own log lines, across midnight', () => {
    expect(buildPhases(log)).toEqual([
      { name: 'config, content sync, types', seconds: 8 },
      { name: 'bundle (Vite)', seconds: 23 },
      { name: 'render pages', seconds: 79 },
      { name: 'Pagefind index', seconds: 30 },
      { name: 'after build (integrations)', seconds: 30 },
    ]);
  });

  it('folds a phase whose marker is missing into the next one', () => {
    const noPagefind = log
      .split('\n')
      .filter((l) => !l.includes('pagefind'))
      .join('\n');
    expect(buildPhases(noPagefind).map((p) => [p.name, p.seconds])).toEqual([
      ['config, content sync, types', 8],
      ['bundle (Vite)', 23],
      ['render pages', 79],
      ['after build (integrations)', 60],
    ]);
    expect(() => buildPhases('no timestamps here')).toThrow(/no timestamped lines/);
  });
});

describe('tables', () => {
  it('left-aligns the first column and right-aligns the figures', () => {
    expect(
      renderTable(
        ['page', 'KiB'],
        [
          ['/kk/', '5.0'],
          ['/kk/lessons/x/', '12.5'],
        ],
      ),
    ).toBe(['page             KiB', '--------------  ----', '/kk/             5.0', '/kk/lessons/x/  12.5'].join('\n'));
    expect(() => renderTable(['a', 'b'], [['only one']])).toThrow(/row 0 has 1 cells/);
  });
});

describe('synthetic pages', () => {
  const sections = ['council', 'lessons'];
  const pages = syntheticPages({ perLocale: 40, locales: localeCodes, sections });
  const raw = (p: (typeof pages)[number]): RawPage => ({
    file: `content/docs/${p.locale}/${p.slug}.mdx`,
    locale: p.locale,
    slug: p.slug,
    frontmatter: yaml.load(renderPageFile(p.frontmatter, p.body).split('---')[1] ?? ''),
  });

  it('makes the same slugs in every locale, spread evenly over the sections', () => {
    expect(pages).toHaveLength(40 * localeCodes.length);
    const slugs = (locale: string) => pages.filter((p) => p.locale === locale).map((p) => p.slug);
    for (const locale of localeCodes) expect(slugs(locale)).toEqual(slugs('ru'));
    expect(new Set(slugs('ru')).size).toBe(40);
    expect(slugs('ru').filter((s) => s.startsWith('council/bench/'))).toHaveLength(20);
    expect(slugs('ru').filter((s) => s.startsWith('lessons/bench/'))).toHaveLength(20);
  });

  it("passes this site's frontmatter schema and translation parity", () => {
    expect(pages.map(raw).flatMap(validateFrontmatter)).toEqual([]);
    expect(checkParity(pages.map(raw))).toEqual([]);
  });

  it('links only to its section start or to another synthetic page of its own locale', () => {
    const exists = new Set(pages.map((p) => `/${p.locale}/${p.slug}/`));
    for (const p of pages) {
      const targets = [...p.body.matchAll(/\]\((\/[^)]+)\)/g)].map((m) => m[1] ?? '');
      expect(targets.length, p.slug).toBeGreaterThan(0);
      for (const t of targets) {
        const sectionStart = sections.some((s) => t === `/${p.locale}/${s}/`);
        expect(sectionStart || exists.has(t), `${p.slug} → ${t}`).toBe(true);
      }
    }
  });

  it('is deterministic for a seed, different across seeds, and safe as MDX', () => {
    const again = syntheticPages({ perLocale: 40, locales: localeCodes, sections });
    expect(again).toEqual(pages);
    const other = syntheticPages({ perLocale: 40, locales: localeCodes, sections, seed: 2 });
    expect(other.map((p) => p.body)).not.toEqual(pages.map((p) => p.body));
    expect(pages.some((p) => /[{}<>]/.test(p.body))).toBe(false);
    const ru = pages.find((p) => p.locale === 'ru');
    expect(ru?.body).toMatch(/[а-я]/);
    expect(ru?.frontmatter.title).toBe('Тестовая страница 1');
  });

  it('rejects a locale it has no words for and a negative count', () => {
    expect(() => syntheticPages({ perLocale: 1, locales: ['de'], sections })).toThrow(/locale "de"/);
    expect(() => syntheticPages({ perLocale: -1, locales: ['ru'], sections })).toThrow(/perLocale/);
  });

  it('draws reproducible numbers in [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const draws = Array.from({ length: 100 }, () => a());
    expect(draws).toEqual(Array.from({ length: 100 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(draws).size).toBe(100);
  });
});

describe('bare Starlight copy of a page', () => {
  const data: BareData = {
    glossary: [{ id: 'victim', ru: { term: 'Потерпевший', definition: 'Тот, кому причинён вред.' } }],
    helpContacts: [
      { id: 'police', number: '102', ru: { name: 'Полиция', note: 'Если правонарушение происходит.' } },
      { id: 'youth-helpline', number: '150', ru: { name: 'Телефон доверия', note: 'Для детей.' } },
    ],
    legalActs: [{ id: 'criminal-code', adilet: 'K1400000226', title: { ru: 'Уголовный кодекс' } }],
  };
  const lesson: SourcePage = {
    file: 'content/docs/ru/lessons/x.mdx',
    locale: 'ru',
    frontmatter: {
      title: 'Кибербуллинг',
      description: 'Что делать.',
      kind: 'lesson',
      lesson: 7,
      grades: { from: 5, to: 11 },
      durationMinutes: 45,
      objectives: ['Отличать травлю от ссоры'],
      keyTerms: ['victim'],
      reviewed: false,
      sources: [{ act: 'criminal-code', articles: ['15'] }],
      quiz: [
        { question: 'Что такое травля?', options: ['Ссора', 'Преследование'], explanation: 'Травля повторяется.' },
      ],
    },
    body: [
      "import { Case, HelpContacts, KeyTerm, Quiz } from '~/components/lesson.ts';",
      '',
      '<KeyTerm id="victim">Потерпевший</KeyTerm> может попросить помощи.',
      '',
      '<Case title="Фейковая страница">',
      '',
      'Текст случая.',
      '',
      '</Case>',
      '',
      '<Quiz />',
      '',
      "<HelpContacts only={['youth-helpline']} />",
    ].join('\n'),
  };

  it('writes the site components of a lesson as plain Markdown with the same text', () => {
    const bare = toBarePage(lesson, data);
    expect(bare.ext).toBe('md');
    expect(bare.frontmatter).toEqual({ title: 'Кибербуллинг', description: 'Что делать.' });
    expect(bare.body).not.toMatch(/import|<[A-Z]/);
    expect(bare.body).toContain('Потерпевший может попросить помощи.');
    expect(bare.body).toContain('**Фейковая страница**');
    expect(bare.body).toContain('1. Что такое травля?\n   - Ссора\n   - Преследование');
    expect(bare.body).toContain('Травля повторяется.');
    expect(bare.body).toContain('[150](tel:150) **Телефон доверия**');
    expect(bare.body).not.toContain('102');
    expect(bare.body).toContain('- Отличать травлю от ссоры');
    expect(bare.body).toContain('[Уголовный кодекс](https://adilet.zan.kz/rus/docs/K1400000226)');
  });

  it("keeps Starlight's own components, so such a page stays MDX", () => {
    const home = toBarePage(
      {
        file: 'content/docs/ru/index.mdx',
        locale: 'ru',
        frontmatter: { title: 'Главная', kind: 'page', template: 'splash', hero: { tagline: 'Привет' } },
        body: 'import { Card, CardGrid } from \'@astrojs/starlight/components\';\n\n<CardGrid>\n  <Card title="Ученикам">Уроки</Card>\n</CardGrid>',
      },
      data,
    );
    expect(home.ext).toBe('mdx');
    expect(home.frontmatter).toEqual({ title: 'Главная', template: 'splash', hero: { tagline: 'Привет' } });
    expect(home.body).toContain("import { Card, CardGrid } from '@astrojs/starlight/components';");
    expect(home.body).toContain('<Card title="Ученикам">Уроки</Card>');
  });

  it('names the file of a page it cannot convert', () => {
    expect(() => toBarePage({ ...lesson, frontmatter: { kind: 'page' }, body: 'text' }, data)).toThrow(
      /content\/docs\/ru\/lessons\/x\.mdx: title/,
    );
    expect(() => toBarePage({ ...lesson, body: "<HelpContacts only={['nope']} />" }, data)).toThrow(
      /x\.mdx: <HelpContacts> names "nope"/,
    );
  });

  it('renders frontmatter that reads back as the same data', () => {
    const text = renderPageFile({ title: 'Заголовок: с двоеточием', hero: { tagline: 'a' } }, 'Body\n');
    expect(yaml.load(text.split('---')[1] ?? '')).toEqual({ title: 'Заголовок: с двоеточием', hero: { tagline: 'a' } });
    expect(text.endsWith('---\n\nBody\n')).toBe(true);
  });
});
