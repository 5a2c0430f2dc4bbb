import { describe, expect, it } from 'vitest';
import {
  didYouMean,
  checkGlossary,
  checkKeyTermTags,
  checkLessonParity,
  checkParity,
  checkQuestionsParity,
  checkReferences,
  checkReviewRecord,
  checkUnfinished,
  validateFrontmatter,
  type RawPage,
} from '../../tools/lib/content-check.ts';
import { describeProblem } from '../../src/lib/content-errors.ts';
import { localeCodes } from '../../src/config/locales.ts';

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
    { act: 'constitution-2026', articles: 'pending' },
    { act: 'criminal-code', articles: ['15'] },
  ],
  quiz: Array.from({ length: 4 }, (_, i) => ({
    question: `Вопрос ${i}`,
    options: ['да', 'нет'],
    type: 'single',
    correct: [0],
    explanation: 'Потому что.',
  })),
  misconceptions: [
    { claim: 'Это просто шутка.', response: 'Спросите, смешно ли тому, над кем шутят.' },
    { claim: 'В интернете можно всё.', response: 'Покажите, что закон действует и в сети.' },
  ],
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

  it('rejects a source given as a free link instead of a registry id', () => {
    const sources = [...lesson.sources, { title: 'Blog', url: 'https://example.com/law' }];
    const problems = messages(page('ru', 'lessons/x', { ...lesson, sources })).join('\n');
    expect(problems).toMatch(/"sources\.2": cites an act by its registry id only.*remove title, url/);
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
    const pages = localeCodes.map((l) => page(l, 'about', plain));
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

  it('reports a published page pointing to an initiative that is still a draft', () => {
    const draft = page('ru', 'initiatives/new-one', { kind: 'initiative', draft: true });
    const session = page('ru', 'council/s', { kind: 'council-session', initiatives: ['kiberpol', 'new-one'] });
    const draftSession = page('ru', 'council/d', { kind: 'council-session', draft: true, initiatives: ['new-one'] });
    const problems = checkReferences([initiative, draft, session, draftSession], new Set()).map(describeProblem);
    expect(problems).toEqual([
      expect.stringMatching(/council\/s\.mdx: field "initiatives\.1": "new-one" is still a draft/),
    ]);
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

describe('plain-words schema messages', () => {
  it('says what grades should look like', () => {
    expect(messages(page('ru', 'lessons/x', { ...lesson, grades: '7-11' }))).toEqual([
      'content/docs/ru/lessons/x.mdx: field "grades": expected { from: 7, to: 11 }',
    ]);
  });

  it('says a missing field is missing and what to write', () => {
    const { reviewed: _omit, ...unflagged } = lesson;
    const [problem] = messages(page('ru', 'lessons/x', unflagged));
    expect(problem).toMatch(/"reviewed": is missing; expected true or false/);
  });

  it('names the allowed values of a closed list', () => {
    expect(messages(page('ru', 'lessons/x', { ...lesson, topic: 'cyber' })).join()).toContain(
      'expected one of rights, responsibility, online, safety, society',
    );
  });

  it('explains the date format of a council session', () => {
    const session = { title: 'S', kind: 'council-session', chair: 'C', date: 'вчера' };
    expect(messages(page('ru', 'council/s', session)).join()).toMatch(/"date": expected .*YYYY-MM-DD.*or null/);
  });

  it('reports a source without an act id, saying what to write', () => {
    const sources = [lesson.sources[0], { articles: ['15'] }];
    const problems = messages(page('ru', 'lessons/x', { ...lesson, sources }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/"sources\.1\.act": is missing; expected .*legal-acts\.yaml/);
  });

  it('accepts a review record and requires its fields', () => {
    const review = { by: 'A. Lawyer', role: 'advocate', on: '2026-12-01', fingerprint: '0123456789ab' };
    expect(messages(page('ru', 'lessons/x', { ...lesson, reviewed: true, review }))).toEqual([]);
    expect(messages(page('ru', 'lessons/x', { ...lesson, reviewed: true, review: { by: 'A' } })).join()).toMatch(
      /"review\.role"/,
    );
  });

  it('rejects a draft flag that is not true or false', () => {
    expect(messages(page('ru', 'about', { title: 'T', kind: 'page', draft: 'yes' })).join()).toMatch(
      /"draft": expected true/,
    );
  });
});

describe('problem lines', () => {
  it('say which question or source a zero-based field path means', () => {
    expect(describeProblem({ file: 'f.mdx', field: 'quiz.1.options.2', message: 'm' })).toBe(
      'f.mdx: field "quiz.1.options.2": m (in question 2, option 3)',
    );
    expect(describeProblem({ file: 'f.mdx', field: 'sources.0.url', message: 'm' })).toBe(
      'f.mdx: field "sources.0.url": m (in source 1)',
    );
    expect(describeProblem({ file: 'f.mdx', field: 'grades.from', message: 'm' })).toBe(
      'f.mdx: field "grades.from": m',
    );
  });

  it('tell how many options a question has when a correct index is too big', () => {
    const quiz = lesson.quiz.map((q, i) => (i === 3 ? { ...q, correct: [2] } : q));
    expect(messages(page('ru', 'lessons/x', { ...lesson, quiz }))).toEqual([
      expect.stringMatching(/"quiz\.3\.correct": .*with 2 options use 0 to 1 \(in question 4\)$/),
    ]);
  });
});

describe('unfinished pages', () => {
  const source = (draft: boolean) =>
    `---\n${draft ? 'draft: true\n' : ''}title: 'FILL-IN: title'\nkind: page\n---\n\nReady text.\n\nFILL-IN: more text\n`;
  const fm = (draft: boolean) => ({ title: 'FILL-IN: title', kind: 'page', ...(draft ? { draft: true } : {}) });

  it('allows fill-in markers in a draft', () => {
    expect(checkUnfinished(page('ru', 'about', fm(true)), source(true))).toEqual([]);
  });

  it('reports a published page that still has markers, with their lines', () => {
    const problems = checkUnfinished(page('ru', 'about', fm(false)), source(false)).map(describeProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/docs/ru/about.mdx');
    expect(problems[0]).toMatch(/2 "FILL-IN" placeholders \(lines 2, 8\)/);
    expect(problems[0]).toContain('draft: true');
  });

  it('quotes the lines left, and says a template note is to be deleted', () => {
    const text = "---\n# Draft: replace everything marked FILL-IN.\ntitle: 'FILL-IN: title'\n---\n";
    const [problem] = checkUnfinished(page('en', 'about', fm(false)), text).map(describeProblem);
    expect(problem).toContain("\n      line 3: title: 'FILL-IN: title'");
    expect(problem).toMatch(
      /line 2: # Draft: replace everything marked FILL-IN\. +← a note from the template: delete this line/,
    );
  });

  it('treats draft: false as published', () => {
    const text = source(false).replace('kind: page', 'kind: page\ndraft: false');
    expect(checkUnfinished(page('ru', 'about', { ...fm(false), draft: false }), text)).toHaveLength(1);
  });

  it('does not count the marker written as code, as documentation mentions it', () => {
    const text = '---\ntitle: T\n---\nReplace every `FILL-IN` before you publish.\n';
    expect(checkUnfinished(page('ru', 'contribute', { title: 'T', kind: 'page' }), text)).toEqual([]);
  });

  it('passes a finished page', () => {
    expect(checkUnfinished(page('ru', 'about', { title: 'T', kind: 'page' }), '---\ntitle: T\n---\nDone.\n')).toEqual(
      [],
    );
  });
});

describe('KeyTerm tags in the body', () => {
  const ids = new Set(['victim', 'constitution']);

  it('reports an unknown term id with its line', () => {
    const body = '---\ntitle: T\n---\n\n<KeyTerm id="victim">жертва</KeyTerm> и <KeyTerm id="victm">x</KeyTerm>\n';
    const problems = checkKeyTermTags(page('kk', 'lessons/x', {}), body, ids).map(describeProblem);
    expect(problems).toEqual([
      'content/docs/kk/lessons/x.mdx: line 5: <KeyTerm id="victm"> is not a term id in content/glossary/terms.yaml (did you mean "victim"?)',
    ]);
  });

  it('ignores examples inside MDX comments', () => {
    const body = '{/* <KeyTerm id="example-only">x</KeyTerm> */}\n<KeyTerm id="constitution">К</KeyTerm>\n';
    expect(checkKeyTermTags(page('kk', 'lessons/x', {}), body, ids)).toEqual([]);
  });
});

describe('did you mean', () => {
  const ids = ['offence', 'administrative-liability', 'victim', 'police'];

  it('suggests the id a typo was meant to be', () => {
    expect(didYouMean('offense', ids)).toBe(' (did you mean "offence"?)');
    expect(didYouMean('administrative-liabilty', ids)).toBe(' (did you mean "administrative-liability"?)');
  });

  it('suggests nothing for an unrelated word', () => {
    expect(didYouMean('road-safety', ids)).toBe('');
  });
});

describe('glossary entries', () => {
  const entry = (id: string) => ({
    id,
    kk: { term: 'Жәбірленуші', definition: 'Зиян келтірілген адам.' },
    ru: { term: 'Потерпевший', definition: 'Человек, которому причинён вред.' },
    en: { term: 'Victim', definition: 'A person who was harmed.' },
  });

  it('accepts complete entries', () => {
    expect(checkGlossary([entry('victim'), entry('witness')], 'terms.yaml')).toEqual([]);
  });

  it('names the term id and locale of a missing definition', () => {
    const broken = { ...entry('victim'), kk: { term: 'Жәбірленуші' } };
    expect(checkGlossary([entry('witness'), broken], 'terms.yaml').map(describeProblem)).toEqual([
      expect.stringMatching(/^terms\.yaml: field "victim\.kk\.definition": is missing/),
    ]);
  });

  it('reports duplicate and malformed ids', () => {
    const problems = checkGlossary([entry('victim'), entry('victim'), entry('Key Term')], 'terms.yaml');
    expect(problems.map((p) => p.field)).toEqual(['victim.id', 'Key Term.id']);
  });
});

describe('lesson translations', () => {
  const ru = page('ru', 'lessons/x', lesson);

  it('accept the same number and answers in every language', () => {
    expect(checkLessonParity([ru, page('kk', 'lessons/x', lesson), page('en', 'lessons/x', lesson)])).toEqual([]);
  });

  it('report a different lesson number, question count or correct answer on the translation', () => {
    const reordered = lesson.quiz.map((q, i) => (i === 1 ? { ...q, correct: [1] } : q));
    const problems = checkLessonParity([
      ru,
      page('kk', 'lessons/x', { ...lesson, lesson: 8, quiz: reordered }),
      page('en', 'lessons/x', { ...lesson, quiz: lesson.quiz.slice(0, 3) }),
    ]).map(describeProblem);
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/docs\/kk\/lessons\/x\.mdx: field "lesson": is 8, but content\/docs\/ru\/lessons\/x\.mdx says 7/,
      ),
      expect.stringMatching(
        /^content\/docs\/kk\/lessons\/x\.mdx: field "quiz\.1\.correct": is \[1\], but .* says \[0\].*\(in question 2\)$/,
      ),
      expect.stringMatching(/^content\/docs\/en\/lessons\/x\.mdx: field "quiz": has 3 questions, but .* has 4/),
    ]);
  });
});

describe('everyday questions a page answers', () => {
  const questions = ['меня травят в чате', 'что делать, если пишут гадости', 'как помочь другу'];

  it('are in every translation or in none', () => {
    const withQ = { ...lesson, questionsAnswered: questions };
    expect(checkQuestionsParity([page('ru', 'lessons/x', lesson), page('kk', 'lessons/x', lesson)])).toEqual([]);
    expect(
      checkQuestionsParity([
        page('ru', 'lessons/x', withQ),
        page('kk', 'lessons/x', withQ),
        page('en', 'lessons/x', withQ),
      ]),
    ).toEqual([]);
    const problems = checkQuestionsParity([
      page('ru', 'lessons/x', withQ),
      page('kk', 'lessons/x', lesson),
      page('en', 'lessons/x', withQ),
    ]).map(describeProblem);
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/docs\/kk\/lessons\/x\.mdx: field "questionsAnswered": is missing, but content\/docs\/ru\/lessons\/x\.mdx has it/,
      ),
    ]);
  });

  it('are 3 to 8 lines of text, each error naming the file and the field', () => {
    expect(validateFrontmatter(page('ru', 'lessons/x', { ...lesson, questionsAnswered: questions }))).toEqual([]);
    const tooFew = validateFrontmatter(
      page('ru', 'lessons/x', { ...lesson, questionsAnswered: questions.slice(0, 2) }),
    );
    expect(tooFew.map(describeProblem)).toEqual([
      expect.stringMatching(/^content\/docs\/ru\/lessons\/x\.mdx: field "questionsAnswered": needs 3 to 8/),
    ]);
    const empty = validateFrontmatter(page('ru', 'lessons/x', { ...lesson, questionsAnswered: [...questions, ' '] }));
    expect(empty.map((p) => p.field)).toEqual(['questionsAnswered.3']);
  });
});

describe('review record', () => {
  it('a reviewed lesson names its reviewer, and a review record means reviewed', () => {
    const review = { by: 'A. Lawyer', role: 'advocate', on: '2026-12-01', fingerprint: '0123456789ab' };
    expect(checkReviewRecord(page('ru', 'lessons/x', { ...lesson, reviewed: true })).map((p) => p.field)).toEqual([
      'review',
    ]);
    expect(
      checkReviewRecord(page('ru', 'lessons/x', { ...lesson, reviewed: false, review })).map((p) => p.field),
    ).toEqual(['reviewed']);
    expect(checkReviewRecord(page('ru', 'lessons/x', { ...lesson, reviewed: true, review }))).toEqual([]);
  });

  it('a review record names the fingerprint of the signed sheet, naming the file and the field', () => {
    const review = { by: 'A. Lawyer', role: 'advocate', on: '2026-12-01' };
    const without = messages(page('ru', 'lessons/x', { ...lesson, reviewed: true, review }));
    expect(without.join('\n')).toMatch(/lessons\/x\.mdx.*"review\.fingerprint"/);
    const short = messages(
      page('ru', 'lessons/x', { ...lesson, reviewed: true, review: { ...review, fingerprint: 'abc' } }),
    );
    expect(short.join('\n')).toMatch(/"review\.fingerprint": must be the 12-character content fingerprint/);
    const counted = { ...review, fingerprint: '0123456789ab', agreed: -1 };
    expect(messages(page('ru', 'lessons/x', { ...lesson, reviewed: true, review: counted })).join()).toContain(
      '"review.agreed"',
    );
    expect(messages(page('ru', 'lessons/x', { ...lesson, reviewed: true, review: { ...counted, agreed: 3 } }))).toEqual(
      [],
    );
  });
});
