import { describe, expect, it } from 'vitest';
import { bestSections, highlightTerms, makeExcerpt, matchedWords } from '../../src/lib/search/excerpt.ts';
import { foldKazakh, stemKazakh } from '../../src/lib/search/kazakh.ts';
import { keepsCorrection, rankBySummedScore } from '../../src/lib/search/query.ts';
import { Corrector, maxTypoDistance } from '../../src/lib/search/typo.ts';
import { buildVocabulary, HINT_MARK, withoutHints } from '../../src/lib/search/vocabulary.ts';

const pages = [
  'Есірткі және заң. Есірткінің заңсыз айналымы үшін қылмыстық жауаптылық. Есірткі туралы.',
  'Жемқорлық пен пара. Жемқорлыққа қарсы күрес. Пара беру де, алу да қылмыс.',
  'Кибербуллинг: интернеттегі қорлау. Alayaqtar, мошенничество, corruption, cyberbullying, police, police.',
];
const vocabulary = buildVocabulary(pages);
const corrector = new Corrector(vocabulary, foldKazakh, stemKazakh);

describe('the vocabulary', () => {
  it('counts words by their folded form, keeps the pages’ spelling, most frequent first', () => {
    expect(vocabulary.words).toContain('есірткі');
    expect(vocabulary.words).not.toContain(foldKazakh('есірткі'));
    const i = vocabulary.words.indexOf('police');
    expect(vocabulary.counts[i]).toBe(2);
    expect([...vocabulary.counts]).toEqual([...vocabulary.counts].sort((a, b) => b - a));
  });
  it('leaves out the index-only hint words and short words', () => {
    const v = buildVocabulary([`Заң. ${HINT_MARK} есирткинин жане ${HINT_MARK} Сабақ`]);
    expect(v.words).toEqual(['сабақ']);
    expect(withoutHints(`а ${HINT_MARK} б ${HINT_MARK} в`)).toBe('а   в');
  });
});

describe('typo correction', () => {
  it('forgives one edit in words of 5–8 letters, two beyond, none under 5', () => {
    expect([4, 5, 8, 9, 14].map(maxTypoDistance)).toEqual([0, 1, 1, 2, 2]);
    expect(corrector.correct('есрткі')).toBe('есірткі'); // a dropped letter
    expect(corrector.correct('polise')).toBe('police'); // a wrong letter
    expect(corrector.correct('cyberbulying')).toBe('cyberbullying'); // a doubled consonant written once
    expect(corrector.correct('corrpution')).toBe('corruption'); // two edits in a long word
    expect(corrector.correct('polic')).toBeUndefined(); // a prefix of an indexed word matches as it is
    expect(corrector.correct('parra')).toBeUndefined(); // under five letters after folding? no: five, but too far
    expect(corrector.correct('заа')).toBeUndefined();
  });
  it('compares on the folded form: a word typed without Kazakh letters is not a typo', () => {
    expect(corrector.correct('есирткинин')).toBeUndefined();
    expect(corrector.correct('жемкорлык')).toBeUndefined();
    expect(corrector.correct('есирткк')).toBe('есірткі');
  });
  it('never corrects a word the index holds', () => {
    for (const word of vocabulary.words) expect(corrector.correct(word), word).toBeUndefined();
  });
  it('corrects a typo inside an inflected Kazakh word through its stem', () => {
    expect(corrector.correct('жемқрлыққа')).toMatch(/^жемқорлық/);
  });
  it('prefers the more frequent word on a tie', () => {
    const c = new Corrector({ words: ['police', 'polite'], counts: [5, 1] }, foldKazakh);
    expect(c.correct('polide')).toBe('police');
  });
});

describe('a correction of a query that found pages', () => {
  it('replaces one word that found pages for a fragment when it finds one page', () => {
    expect(keepsCorrection(1, 1)).toBe(true);
    expect(keepsCorrection(0, 1)).toBe(false);
  });

  it('does not replace a question that found pages with a single page', () => {
    // «көмек керек болса қай нөмірге қоңырау шалам» found 30 pages; «шалам» "corrected" to «аламын» found one.
    expect(keepsCorrection(1, 4)).toBe(false);
    expect(keepsCorrection(2, 4)).toBe(true);
  });
});

describe('pages matching some of the words', () => {
  it('ranks pages by the sum of what each word adds, so a strong match on some words beats weak matches on all', () => {
    const ranked = rankBySummedScore([
      [
        { id: 'a', score: 1 },
        { id: 'b', score: 5 },
      ],
      [{ id: 'a', score: 1 }],
      [
        { id: 'c', score: 12 },
        { id: 'a', score: 1 },
      ],
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  it('of two pages with the same sum, puts the one with more of the words first', () => {
    const ranked = rankBySummedScore([
      [
        { id: 'x', score: 3 },
        { id: 'y', score: 1.5 },
      ],
      [{ id: 'y', score: 1.5 }],
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['y', 'x']);
  });

  it('adds up the words a page has: of two pages equal on one word, the one with another word comes first', () => {
    const ranked = rankBySummedScore([
      [
        { id: 'a', score: 2 },
        { id: 'b', score: 2 },
      ],
      [{ id: 'b', score: 0.5 }],
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'a']);
  });
});

describe('excerpts in the page’s own letters', () => {
  const content = `Есірткі және заң. Сабақ туралы. Есірткінің заңсыз айналымы. ${HINT_MARK} есиртки есирткинин ${HINT_MARK} Соңы.`;
  it('marks words that match the folded query and leaves the hint words out', () => {
    const html = makeExcerpt(content, highlightTerms(['есиртки'], 'kk')) ?? '';
    expect(html).toContain('<mark>Есірткі</mark>');
    expect(html).toContain('<mark>Есірткінің</mark>');
    expect(html).not.toMatch(/есиртки|⁂/);
  });
  it('tells what Pagefind matched from what the page contains elsewhere', () => {
    // Pagefind answered «наркотки» with a page for the prefix «на»; the page has «наркотических» elsewhere.
    const page = 'Законы, на которые ссылаются уроки. О наркотических средствах.';
    const terms = highlightTerms(['наркотки'], 'ru');
    expect(makeExcerpt(page, terms, 1)).toBeDefined();
    expect(makeExcerpt(matchedWords(page, [1]), terms, 1)).toBeUndefined();
    expect(makeExcerpt(matchedWords(page, [6]), highlightTerms(['наркотических'], 'ru'), 1)).toBeDefined();
    // Without positions, the whole text stands in.
    expect(matchedWords(page, undefined)).toBe(page);
  });
  it('escapes the page text', () => {
    expect(makeExcerpt('a <b> police', ['polic'])).toBe('a &lt;b&gt; <mark>police</mark>');
  });
  it('shortens Russian and English words a little, since Pagefind stems them', () => {
    expect(highlightTerms(['мошенников'], 'ru')).toEqual(['мошенни']);
    expect(highlightTerms(['заңға'], 'kk')).toEqual(['занга']);
  });
  it('ranks a page’s sections by matches', () => {
    const text = 'Title intro. Alpha police police. Beta nothing here. Gamma police.';
    const anchors = [
      { element: 'h1', id: '_top', text: 'Title', location: 0 },
      { element: 'h2', id: 'alpha', text: 'Alpha', location: 2 },
      { element: 'h2', id: 'beta', text: 'Beta', location: 5 },
      { element: 'h2', id: 'gamma', text: 'Gamma', location: 8 },
    ];
    expect(bestSections(text, anchors, ['polic']).map((s) => s.id)).toEqual(['alpha', 'gamma']);
  });
});
