import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readQuery, synonymQueries, type Lexicon } from '../../src/lib/search/lexicon.ts';
import { checkSearchLexicon } from '../../tools/lib/content-check.ts';
import { describeProblem } from '../../src/lib/content-errors.ts';
import { localeCodes } from '../../src/config/locales.ts';

const lexiconFile = (locale: string) => `content/search/${locale}.json`;
const lexicon = (locale: string) => JSON.parse(readFileSync(lexiconFile(locale), 'utf8')) as Lexicon;

// A lexicon of our own, so the rules are tested apart from what the content's lists happen to hold.
const test: Lexicon = {
  fillers: ['что делать если', 'что', 'делать', 'не істеу керек', 'мені', 'жатыр', 'what should i do', 'i'],
  synonyms: {
    травят: ['травля', 'кибербуллинг'],
    'закладк*': ['наркотики'],
    түрме: ['бас бостандығынан айыру'],
    'picked on': ['bullying'],
    'making fun': ['bullying'],
  },
};

describe('fillers', () => {
  it('are dropped when other words remain, the longest phrase first', () => {
    expect(readQuery('Что делать, если травят в чате', test, 'ru').words).toEqual(['травят', 'в', 'чате']);
    expect(readQuery('what should I do bullying', test, 'en').words).toEqual(['bullying']);
  });

  it('are none without a lexicon: every word is searched, a question from three words', () => {
    expect(readQuery('что делать если травят', undefined, 'ru')).toEqual({
      words: ['что', 'делать', 'если', 'травят'],
      question: true,
      synonyms: [[], [], [], []],
    });
    expect(readQuery('law club', undefined, 'en').question).toBe(false);
  });

  it('are kept when nothing else was typed', () => {
    expect(readQuery('что делать', test, 'ru').words).toEqual(['что', 'делать']);
  });

  it('match Kazakh typed without Kazakh letters and in Latin letters', () => {
    expect(readQuery('алаяқтар не истеу керек', test, 'kk').words).toEqual(['алаяқтар']);
    expect(readQuery('meni internette qorlap jatyr', test, 'kk').words).toEqual(['internette', 'qorlap']);
  });

  it('do not take a word that only contains one («чтобы» is not «что»)', () => {
    expect(readQuery('чтобы травят', test, 'ru').words).toEqual(['чтобы', 'травят']);
  });
});

describe('synonyms', () => {
  it('give each word the words the pages use, by whole word or by a beginning ending in *', () => {
    const read = readQuery('что делать если травят закладками', test, 'ru');
    expect(read.words).toEqual(['травят', 'закладками']);
    expect(read.synonyms).toEqual([['травля', 'кибербуллинг'], ['наркотики']]);
  });

  it('match an inflected Kazakh word by its stem', () => {
    expect(readQuery('түрмеге', test, 'kk').synonyms).toEqual([['бас бостандығынан айыру']]);
    expect(readQuery('түрмеде', test, 'kk').synonyms).toEqual([['бас бостандығынан айыру']]);
  });

  it('match an idiom of several words only as those words in a row, fillers included', () => {
    // "on" is a filler, gone from the words searched, yet "picked on" is the idiom; "picked up" is not.
    const read = readQuery(
      'my friend is picked on in chat',
      { ...test, fillers: [...test.fillers, 'my', 'is', 'on', 'in'] },
      'en',
    );
    expect(read.words).toEqual(['friend', 'picked', 'chat']);
    expect(read.synonyms).toEqual([[], ['bullying'], []]);
    expect(readQuery('people making fun of me', test, 'en').synonyms).toEqual([[], ['bullying'], ['bullying'], [], []]);
    expect(readQuery('picked up litter', test, 'en').synonyms).toEqual([[], [], []]);
    expect(readQuery('fun making', test, 'en').synonyms).toEqual([[], []]);
  });

  it('leave other words alone', () => {
    expect(readQuery('травма', test, 'ru').synonyms).toEqual([[]]);
  });

  it('become whole queries with one word replaced at a time', () => {
    const read = readQuery('травят в чате', test, 'ru');
    expect(synonymQueries(read)).toEqual(['травля в чате', 'кибербуллинг в чате']);
    expect(synonymQueries(readQuery('в чате', test, 'ru'))).toEqual([]);
  });
});

describe('the content lexicons', () => {
  it.each(localeCodes)('%s is valid', (locale) => {
    expect(checkSearchLexicon(lexicon(locale), lexiconFile(locale))).toEqual([]);
  });

  it('read the questions of the issue as their content words', () => {
    // From issue #23: the question words go, the situation stays and reaches the pages' words.
    const kk = readQuery('мені интернетте сыныптастарым қорлап жатыр не істеуім керек', lexicon('kk'), 'kk');
    expect(kk.words).toEqual(['интернетте', 'сыныптастарым', 'қорлап']);
    expect(kk.synonyms[2]).toContain('кибербуллинг');
    const ru = readQuery('меня травят что делать', lexicon('ru'), 'ru');
    expect(ru.words).toEqual(['травят']);
    expect(ru.synonyms[0]).toContain('травля');
    expect(readQuery('what should I do if I got scammed', lexicon('en'), 'en').words).toEqual(['scammed']);
  });

  it("drop prepositions, auxiliaries and question words, and read the everyday word as the pages' one", () => {
    expect(readQuery('кружок для школьников про закон', lexicon('ru'), 'ru').words).toEqual([
      'кружок',
      'школьников',
      'закон',
    ]);
    expect(readQuery('what types of punishment are there', lexicon('en'), 'en').words).toEqual(['types', 'punishment']);
    const en = readQuery('they keep picking on him', lexicon('en'), 'en');
    expect(en.words).toEqual(['they', 'keep', 'picking', 'him']);
    expect(en.synonyms[2]).toContain('bullying');
    // The Kazakh pages say жауаптылық (content/docs/kk/lessons/legal-responsibility.mdx); readers also write жауапкершілік.
    const kk = readQuery('неше жастан қылмыстық жауапкершілікке тартады', lexicon('kk'), 'kk');
    expect(kk.words).toEqual(['жастан', 'қылмыстық', 'жауапкершілікке', 'тартады']);
    expect(kk.synonyms[2]).toContain('жауаптылық');
  });

  it('report a bad entry naming the file and the field', () => {
    const bad = { fillers: ['Что Делать'], synonyms: { 'two  spaces': ['травля'], травят: [] } };
    const problems = checkSearchLexicon(bad, 'content/search/ru.json').map(describeProblem);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^content\/search\/ru\.json: field "fillers\.0": must be lowercase words/),
        expect.stringMatching(/^content\/search\/ru\.json: field "synonyms\.травят": must list at least one/),
      ]),
    );
    expect(problems.some((p) => p.includes('two  spaces'))).toBe(true);
  });
});
