import { describe, expect, it } from 'vitest';
import { checkParity, checkReferences, validateFrontmatter, type RawPage } from '../src/lib/content-check.ts';
import { describeProblem } from '../src/lib/content-errors.ts';

const lesson = {
  title: 'Кибербуллинг',
  kind: 'lesson',
  lesson: 7,
  topic: 'online',
  grades: { from: 7, to: 11 },
  durationMinutes: 45,
  objectives: ['Понять, что такое травля'],
  keyTerms: ['cyberbullying'],
  reviewed: false,
  sources: [
    { title: 'Конституция', url: 'https://adilet.zan.kz/rus/docs/K950001000_' },
    { title: 'УК', url: 'https://adilet.zan.kz/rus/docs/K1400000226' },
  ],
  quiz: Array.from({ length: 4 }, (_, i) => ({
    question: `Вопрос ${i}`,
    options: ['да', 'нет'],
    correct: [0],
    explanation: 'Потому что.',
  })),
};

const page = (locale: string, slug: string, frontmatter: unknown): RawPage => ({
  file: `content/docs/${locale}/${slug}.mdx`,
  locale,
  slug,
  frontmatter,
});

const messages = (p: RawPage) => validateFrontmatter(p).map(describeProblem);

describe('frontmatter validation', () => {
  it('accepts a complete lesson', () => {
    expect(messages(page('ru', 'lessons/cyberbullying', lesson))).toEqual([]);
  });

  it('names the file and field of a wrong value', () => {
    const bad = page('kk', 'lessons/cyberbullying', { ...lesson, durationMinutes: 'forty' });
    const [first] = messages(bad);
    expect(first).toContain('content/docs/kk/lessons/cyberbullying.mdx');
    expect(first).toContain('"durationMinutes"');
  });

  it('names the question of a quiz without a correct answer', () => {
    const quiz = lesson.quiz.map((q, i) => (i === 2 ? { ...q, correct: [] } : q));
    const [first] = messages(page('ru', 'lessons/x', { ...lesson, quiz }));
    expect(first).toContain('"quiz.2.correct"');
  });

  it('rejects a correct index past the last option', () => {
    const quiz = lesson.quiz.map((q, i) => (i === 1 ? { ...q, correct: [5] } : q));
    expect(messages(page('ru', 'lessons/x', { ...lesson, quiz })).join()).toContain('"quiz.1.correct"');
  });

  it('rejects a source outside the official legal database', () => {
    const sources = [...lesson.sources, { title: 'Blog', url: 'https://example.com/law' }];
    expect(messages(page('ru', 'lessons/x', { ...lesson, sources })).join()).toContain('"sources.2.url"');
  });

  it('rejects an empty title and an unknown kind', () => {
    const problems = messages(page('kk', 'about', { title: '  ', kind: 'blog' }));
    expect(problems.join('\n')).toMatch(/"title"/);
    expect(problems.join('\n')).toMatch(/"kind"/);
  });

  it('requires the reviewed flag on lessons', () => {
    const { reviewed: _omit, ...unflagged } = lesson;
    expect(messages(page('en', 'lessons/x', unflagged)).join()).toContain('"reviewed"');
  });

  it('defaults unpublished initiative facts to pending', () => {
    const problems = messages(
      page('ru', 'initiatives/kiberpol', {
        title: 'Киберпол',
        kind: 'initiative',
        initiativeId: 'kiberpol',
        nativeName: 'Киберпол',
        status: 'presented',
        presentedBy: 'Прокуратура',
      }),
    );
    expect(problems).toEqual([]);
  });
});

describe('translation parity', () => {
  const plain = { title: 'T', kind: 'page' };

  it('passes when a page exists in every locale', () => {
    const pages = ['kk', 'ru', 'en'].map((l) => page(l, 'about', plain));
    expect(checkParity(pages)).toEqual([]);
  });

  it('reports a missing translation by its file', () => {
    const pages = ['ru', 'en'].map((l) => page(l, 'about', plain));
    const problems = checkParity(pages).map(describeProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/docs/kk/about.mdx');
  });

  it('allows a missing translation the source marks as awaiting', () => {
    const pages = [page('ru', 'about', { ...plain, awaitingTranslation: ['kk'] }), page('en', 'about', plain)];
    expect(checkParity(pages)).toEqual([]);
  });

  it('reports translations that disagree on kind', () => {
    const pages = [page('ru', 'x', plain), page('kk', 'x', { ...plain, kind: 'glossary' }), page('en', 'x', plain)];
    expect(checkParity(pages).map((p) => p.field)).toContain('kind');
  });
});

describe('references', () => {
  const initiative = page('ru', 'initiatives/kiberpol', { kind: 'initiative' });

  it('accepts known initiatives and glossary terms', () => {
    const session = page('ru', 'council/s', { kind: 'council-session', initiatives: ['kiberpol'] });
    const l = page('ru', 'lessons/x', lesson);
    expect(checkReferences([initiative, session, l], new Set(['cyberbullying']))).toEqual([]);
  });

  it('names the file and index of an unknown initiative or term', () => {
    const session = page('ru', 'council/s', { kind: 'council-session', initiatives: ['kiberpol', 'kiberpol-2'] });
    const l = page('ru', 'lessons/x', { ...lesson, keyTerms: ['cyberbullying', 'nonsense'] });
    const problems = checkReferences([initiative, session, l], new Set(['cyberbullying'])).map(describeProblem);
    expect(problems).toEqual([
      expect.stringMatching(/council\/s\.mdx: field "initiatives\.1": "kiberpol-2"/),
      expect.stringMatching(/lessons\/x\.mdx: field "keyTerms\.1": "nonsense"/),
    ]);
  });
});
