import { describe, expect, it } from 'vitest';
import {
  adiletUrl,
  changesToWatch,
  checkLessonSources,
  lawStatus,
  readLegalActs,
  staleActs,
} from '../../src/lib/legal-acts.ts';
import { checkLessonParity, type RawPage } from '../../tools/lib/content-check.ts';

const file = 'content/data/legal-acts.yaml';
const act = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: { kk: `${id} kk`, ru: `${id} ru`, en: `${id} en` },
  adilet: 'K1400000226',
  status: 'in-force',
  inForceSince: '2015-01-01',
  checkedOn: '2026-11-30',
  ...extra,
});

describe('the registry of legal acts', () => {
  it('reads valid entries and builds links per language from the adilet id', () => {
    const { acts, problems } = readLegalActs([act('criminal-code')], file);
    expect(problems).toEqual([]);
    const code = acts.get('criminal-code');
    expect(code && adiletUrl(code, 'kk')).toBe('https://adilet.zan.kz/kaz/docs/K1400000226');
    expect(code && adiletUrl(code, 'en')).toBe('https://adilet.zan.kz/eng/docs/K1400000226');
    const pending = readLegalActs([act('x', { adilet: 'pending' })], file).acts.get('x');
    expect(pending && adiletUrl(pending, 'ru')).toBeUndefined();
  });

  it('names the entry and field of a bad value, a duplicate id and an unknown replacement', () => {
    const { problems } = readLegalActs(
      [act('a', { status: 'gone' }), act('b'), act('b'), act('c', { status: 'repealed', replacedBy: 'nope' })],
      file,
    );
    const fields = problems.map((p) => p.field);
    expect(fields).toContain('a.status');
    expect(fields).toContain('b.id');
    expect(fields).toContain('c.replacedBy');
    expect(problems.every((p) => p.file === file)).toBe(true);
  });

  it('refuses replacedBy on an act in force', () => {
    const { problems } = readLegalActs([act('a', { replacedBy: 'b' }), act('b')], file);
    expect(problems.map((p) => p.field)).toContain('a.replacedBy');
  });

  it('records how a status is confirmed: a level needs the page that confirms it, and a page needs its level', () => {
    const url = 'https://www.inform.kz/ru/example';
    const { acts, problems } = readLegalActs(
      [
        act('ok', { confirmedBy: 'official-news', confirmationUrl: url }),
        act('unread'),
        act('no-url', { confirmedBy: 'official-text' }),
        act('no-level', { confirmationUrl: url }),
        act('bad-level', { confirmedBy: 'rumour', confirmationUrl: url }),
      ],
      file,
    );
    expect(acts.get('ok')?.confirmedBy).toBe('official-news');
    expect(acts.get('unread')?.confirmedBy).toBe('pending');
    expect(problems.map((p) => p.field).sort()).toEqual([
      'bad-level.confirmedBy',
      'no-level.confirmedBy',
      'no-url.confirmationUrl',
    ]);
  });
});

describe('lesson sources against the registry', () => {
  const { acts } = readLegalActs(
    [act('old', { status: 'repealed', replacedBy: 'new' }), act('new', { checkedOn: '2026-10-01' }), act('code')],
    file,
  );
  const lesson = (sources: unknown[]) => ({ file: 'content/docs/ru/lessons/x.mdx', frontmatter: { sources } });

  it('fails a repealed act, naming the file, the source and what replaced it', () => {
    const [problem, ...rest] = checkLessonSources(lesson([{ act: 'code' }, { act: 'old' }]), acts, file);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/docs/ru/lessons/x.mdx', field: 'sources.1.act' });
    expect(problem?.message).toMatch(/"old" .*repealed; it was replaced by "new"/);
  });

  it('accepts a repealed act marked historical, and reports an unknown act with a hint', () => {
    expect(checkLessonSources(lesson([{ act: 'old', historical: true }]), acts, file)).toEqual([]);
    const [unknown] = checkLessonSources(lesson([{ act: 'cod' }]), acts, file);
    expect(unknown?.message).toMatch(/"cod" is not an act in .*did you mean "code"/);
  });

  it('dates the law by the oldest check among the cited acts when every act and article is verified', () => {
    const status = lawStatus([{ act: 'code', articles: ['15'] }, { act: 'new' }], acts);
    expect(status).toEqual({ kind: 'dated', date: new Date('2026-10-01') });
    expect(lawStatus([{ act: 'missing' }], acts)).toBeUndefined();
  });

  it('gives no date while an act is unchecked, and names the act and what remains', () => {
    const registry = readLegalActs([act('p', { checkedOn: 'pending' }), act('code')], file).acts;
    expect(lawStatus([{ act: 'code' }, { act: 'p' }], registry)).toEqual({
      kind: 'pending',
      pending: [{ act: 'p', checks: ['checked-on'] }],
    });
  });

  // The earlier rule dated these lessons: the act was checked, but its official id or the articles were not.
  it('gives no date while a checked act has no official id, or a cited article is pending', () => {
    const registry = readLegalActs(
      [
        act('no-id', { adilet: 'pending' }),
        act('code'),
        act('constitution', { adilet: 'pending', checkedOn: 'pending' }),
      ],
      file,
    ).acts;
    expect(
      lawStatus(
        [
          { act: 'code', articles: ['15'] },
          { act: 'no-id', articles: ['1'] },
        ],
        registry,
      ),
    ).toEqual({
      kind: 'pending',
      pending: [{ act: 'no-id', checks: ['official-text'] }],
    });
    expect(
      lawStatus(
        [
          { act: 'code', articles: 'pending' },
          { act: 'code', articles: ['15'] },
        ],
        registry,
      ),
    ).toEqual({
      kind: 'pending',
      pending: [{ act: 'code', checks: ['articles'] }],
    });
    expect(lawStatus([{ act: 'constitution', articles: 'pending' }], registry)).toEqual({
      kind: 'pending',
      pending: [{ act: 'constitution', checks: ['official-text', 'articles', 'checked-on'] }],
    });
  });

  it('warns about checks older than a year, and only those', () => {
    const today = new Date('2026-11-30');
    const old = readLegalActs(
      [act('a', { checkedOn: '2025-11-29' }), act('b', { checkedOn: '2025-12-01' })],
      file,
    ).acts;
    expect(staleActs(old, today, file).map((p) => p.field)).toEqual(['a.checkedOn']);
  });
});

describe('a lesson in three languages teaches the same law', () => {
  const raw = (locale: string, fm: Record<string, unknown>): RawPage => ({
    file: `content/docs/${locale}/lessons/x.mdx`,
    locale,
    slug: 'lessons/x',
    frontmatter: { kind: 'lesson', lesson: 1, ...fm },
  });
  const quiz = [{ options: ['a', 'b'], correct: [0] }];

  it('reports a translation citing other articles or with other options', () => {
    const ru = raw('ru', { sources: [{ act: 'code', articles: ['15'] }], quiz });
    const kk = raw('kk', { sources: [{ act: 'code', articles: ['16'] }], quiz: [{ options: ['a'], correct: [0] }] });
    const en = raw('en', { sources: [{ act: 'code', articles: ['15'] }], quiz });
    const problems = checkLessonParity([ru, kk, en]);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/docs/kk/lessons/x.mdx sources',
      'content/docs/kk/lessons/x.mdx quiz.0.options',
    ]);
  });
});

describe('changes to watch', () => {
  const { acts } = readLegalActs(
    [
      act('old', { status: 'repealed', replacedBy: 'new', checkedOn: '2026-01-10' }),
      act('new', { inForceSince: '2026-03-02', checkedOn: 'pending', adilet: 'pending' }),
      act('code', { inForceSince: '2015-01-01' }),
      act('late', { inForceSince: '2026-12-01', checkedOn: '2026-11-30' }),
      act('unused', { checkedOn: 'pending' }),
    ],
    file,
  );
  const lessons = [
    { id: 'ru/lessons/a', sources: [{ act: 'old' }, { act: 'code', articles: ['15'] as string[] }] },
    { id: 'ru/lessons/b', sources: [{ act: 'new', articles: 'pending' as const }, { act: 'late' }] },
  ];

  it('lists cited acts that were repealed, checked before a change, or wait for a check, with who cites them', () => {
    const items = changesToWatch(acts, lessons);
    expect(items.map((i) => i.act)).toEqual(['old', 'new', 'late']);
    expect(items[0]).toEqual({
      act: 'old',
      citedBy: ['ru/lessons/a'],
      reasons: [
        { kind: 'repealed', replacedBy: 'new' },
        { kind: 'checked-before-change', checkedOn: new Date('2026-01-10'), changedOn: new Date('2026-03-02') },
      ],
    });
    expect(items[1]?.reasons).toEqual([{ kind: 'pending', checks: ['official-text', 'articles', 'checked-on'] }]);
    expect(items[2]?.reasons).toEqual([
      { kind: 'checked-before-change', checkedOn: new Date('2026-11-30'), changedOn: new Date('2026-12-01') },
    ]);
  });
});
