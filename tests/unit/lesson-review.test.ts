import { describe, expect, it } from 'vitest';
import { lessonLegalText, mentionedArticles, reviewRows, reviewState } from '../../src/lib/lesson-review.ts';
import { fingerprintOf } from '../../src/server/lesson-fingerprint.ts';

const quiz = [{ question: 'From what age?', options: ['14', '16'], correct: [1], explanation: 'Article 15 says 16.' }];
const sources = [
  { act: 'criminal-code', articles: ['15', '194'] },
  { act: 'constitution-2026', articles: 'pending' },
];
const body = `import { Case, Quiz } from '~/components/lesson.ts';

## From what age?

Under **Article 15** of the Criminal Code, the general age is <KeyTerm id="age">16</KeyTerm>.

- murder;
- robbery under articles 194 and 999.

<Case title='A bomb "joke"'>
Timur is 14.

**What does the law say?** It is a crime.
</Case>

<Quiz />
`;

describe('the content fingerprint', () => {
  const lesson = { body, quiz, sources };

  it('is 12 hex digits and ignores only whitespace and schema defaults', () => {
    const print = fingerprintOf(lesson);
    expect(print).toMatch(/^[0-9a-f]{12}$/);
    expect(fingerprintOf({ ...lesson, body: body.replace(/\n/g, '\r\n  ') })).toBe(print);
    const withDefaults = sources.map((s) => ({ ...s, historical: false }));
    expect(fingerprintOf({ ...lesson, sources: withDefaults })).toBe(print);
  });

  it('changes with one word of the body, of a quiz explanation, or of a cited article', () => {
    const print = fingerprintOf(lesson);
    expect(fingerprintOf({ ...lesson, body: body.replace('general age', 'usual age') })).not.toBe(print);
    expect(fingerprintOf({ ...lesson, quiz: [{ ...quiz[0], explanation: 'Article 15 says 14.' }] })).not.toBe(print);
    expect(fingerprintOf({ ...lesson, sources: [{ act: 'criminal-code', articles: ['15'] }] })).not.toBe(print);
    expect(lessonLegalText(lesson)).toContain('Article 15');
  });
});

describe('the review state of a lesson page', () => {
  const on = new Date('2026-12-01');
  it('is current only while the recorded fingerprint is the lesson’s, and changed otherwise', () => {
    expect(reviewState(undefined, 'abc')).toEqual({ kind: 'none' });
    expect(reviewState({ on, fingerprint: '0123456789ab' }, '0123456789ab')).toEqual({ kind: 'current', on });
    expect(reviewState({ on, fingerprint: '0123456789ab' }, '0123456789ac')).toEqual({ kind: 'changed', on });
  });
});

describe('the review sheet rows', () => {
  it('finds article numbers in every language', () => {
    expect(mentionedArticles('Articles 108-1 and 109-1 of the Code')).toEqual(['108-1', '109-1']);
    expect(mentionedArticles('по статье 15 УК и ст. 194')).toEqual(['15', '194']);
    expect(mentionedArticles('Қылмыстық кодекстің 15-бабына сәйкес')).toEqual(['15']);
    expect(mentionedArticles('he is 15 years old')).toEqual([]);
  });

  it('has one row per paragraph, list item and quiz explanation, with the cited articles it names', () => {
    const rows = reviewRows({ body, quiz, sources }, 'Quiz');
    expect(rows.map((r) => r.text)).toEqual([
      'Under Article 15 of the Criminal Code, the general age is 16.',
      'murder;',
      'robbery under articles 194 and 999.',
      'Timur is 14.',
      'What does the law say? It is a crime.',
      'Article 15 says 16.',
    ]);
    expect(rows[0]?.cites).toEqual([{ act: 'criminal-code', article: '15' }]);
    // 999 is not an article the lesson cites: only the cited one is named.
    expect(rows[2]?.cites).toEqual([{ act: 'criminal-code', article: '194' }]);
    expect(rows[3]).toMatchObject({ section: 'From what age? — A bomb "joke"', cites: [] });
    expect(rows[5]).toMatchObject({ section: 'Quiz', from: 'quiz' });
  });
});
