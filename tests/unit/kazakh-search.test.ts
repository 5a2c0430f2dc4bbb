import { describe, expect, it } from 'vitest';
import { foldedIndexTerms, foldKazakh, kazakhQuery, stemKazakh } from '../../src/lib/search/kazakh.ts';

/** Pagefind matches word prefixes: a query word finds an indexed word when it is a prefix of it. */
const finds = (query: string, indexed: string) => foldKazakh(indexed).startsWith(stemKazakh(query));

describe('folding', () => {
  it.each([
    ['Тазалық сақшылары', 'тазалык сакшылары'],
    ['Заң Үйірмесі', 'зан уйирмеси'],
    ['әке', 'аке'],
    ['ғылым', 'гылым'],
    ['өмір', 'омир'],
    ['ұл', 'ул'],
    ['һижра', 'хижра'],
    ['ёлка', 'елка'],
    ['Киберпол', 'киберпол'],
  ])('%s → %s', (input, expected) => {
    expect(foldKazakh(input)).toBe(expected);
  });

  it('keeps the length, so positions in folded and original text agree', () => {
    const s = 'Әділет құқығы үшін';
    expect(foldKazakh(s)).toHaveLength(s.length);
  });

  it('lists folded index terms only for words with Kazakh letters', () => {
    expect(foldedIndexTerms('Тазалық сақшылары және Киберпол')).toEqual(['тазалык', 'сакшылары', 'жане']);
  });
});

// Inflected forms (nouns and verbs, back and front vowels) must reach a prefix of their dictionary form.
describe('inflected forms find their root', () => {
  it.each([
    // back-vowel nouns: case, possessive, plural
    ['заңға', 'заң'],
    ['заңның', 'заң'],
    ['заңды', 'заң'],
    ['заңда', 'заң'],
    ['заңнан', 'заң'],
    ['заңмен', 'заң'],
    ['балалар', 'бала'],
    ['баланың', 'бала'],
    ['балаларға', 'бала'],
    ['балаларының', 'бала'],
    ['құқығы', 'құқық'],
    ['құқықтары', 'құқық'],
    ['құқықтарын', 'құқықтары'],
    ['адамдар', 'адам'],
    ['адамдардан', 'адам'],
    ['алаяқтар', 'алаяқ'],
    ['алаяқтықтан', 'алаяқтық'],
    ['алаяқтық', 'алаяқтар'],
    ['тазалыққа', 'тазалық'],
    ['сақшылары', 'сақшы'],
    ['сақшыларына', 'сақшы'],
    ['полицияға', 'полиция'],
    ['полициядан', 'полиция'],
    ['қылмыстық', 'қылмыс'],
    ['қылмыстар', 'қылмыс'],
    ['жемқорлық', 'жемқор'],
    ['жемқорлыққа', 'жемқорлық'],
    ['пара', 'пара'],
    ['параны', 'пара'],
    // front-vowel nouns
    ['есірткінің', 'есірткі'],
    ['есірткіні', 'есірткі'],
    ['есірткіден', 'есірткі'],
    ['мектепте', 'мектеп'],
    ['мектебі', 'мектеп'],
    ['үйірмесі', 'үйірме'],
    ['үйірмеге', 'үйірме'],
    ['үйірмелер', 'үйірме'],
    ['кибербуллингке', 'кибербуллинг'],
    ['кибербуллингтің', 'кибербуллинг'],
    ['жәбірленушінің', 'жәбірленуші'],
    ['зорлық-зомбылықтан', 'зорлық-зомбылық'],
    ['кеңесінде', 'кеңес'],
    ['кеңестер', 'кеңес'],
    ['әкімдікке', 'әкімдік'],
    ['ережелерін', 'ереже'],
    ['жауапкершілігі', 'жауапкершілік'],
    // verbs: past, present, participle, converb
    ['қорғады', 'қорға'],
    ['қорғаған', 'қорға'],
    ['хабарлайтын', 'хабарла'],
    ['хабарлады', 'хабарла'],
    ['көмектесіп', 'көмектес'],
    ['тексерген', 'тексер'],
    ['тексереді', 'тексер'],
    ['қатысқан', 'қатыс'],
    ['сөйлесуге', 'сөйлесу'],
    // conditional and verbal noun, the forms questions take
    ['тоқтатса', 'тоқтатуы'],
    ['тоқтатса', 'тоқтатты'],
    ['көмектессең', 'көмектеседі'],
    ['көмектесу', 'көмектесетін'],
    ['тоқтату', 'тоқтатуға'],
    // the first person of the present tense, as a reader asks
    ['хабарлаймын', 'хабарлау'],
    ['хабарлаймын', 'хабарлама'],
    ['көмектесемін', 'көмектесу'],
    ['сұраймын', 'сұрады'],
    // a three-letter root under a plural keeps the plural (see below), and still finds its other cases
    ['жастарға', 'жастар'],
    ['жастарға', 'жастардың'],
    ['сенімге', 'сенім'],
    ['сенімді', 'сенім'],
    // typed without Kazakh letters
    ['Тазалык', 'тазалық'],
    ['сакшылары', 'сақшылары'],
    ['Уйирмеси', 'үйірмесі'],
    ['Зан', 'заң'],
    ['есирткинин', 'есірткі'],
    ['кукыгы', 'құқық'],
  ])('%s finds %s', (query, indexed) => {
    expect(finds(query, indexed), `${stemKazakh(query)} ⊄ ${foldKazakh(indexed)}`).toBe(true);
  });
});

describe('no over-stemming', () => {
  // A bare root is left whole: its stem is the word itself (folded), so it does not widen to other roots.
  it.each([
    'бала',
    'ана',
    'заң',
    'қала',
    'кітап',
    'адам',
    'сот',
    'есім',
    'куә',
    'тергеу',
    'сақтау',
    'жасау',
    'қылмыс',
    'полиция',
    'прокуратура',
  ])('%s is left whole', (word) => {
    expect(stemKazakh(word)).toBe(foldKazakh(word));
  });

  it('respects vowel harmony: a front suffix is not cut from a back-vowel root', () => {
    // мұғалім ends in -ім (front), but the root's last vowel а is back: it is the root, not a suffix.
    expect(stemKazakh('мұғалім')).toBe(foldKazakh('мұғалім'));
    expect(finds('мұғалімдер', 'мұғалім')).toBe(true);
    // the same ending on a front-vowel word is a suffix: кеңесім finds кеңес and кеңестер
    expect(finds('кеңесім', 'кеңес')).toBe(true);
    expect(finds('кеңесім', 'кеңестер')).toBe(true);
  });

  it('does not join unrelated roots: бала does not find балық', () => {
    expect(finds('балалар', 'балық')).toBe(false);
  });

  it('does not cut an inner suffix down to a three-letter prefix that finds unrelated words', () => {
    // сенім «trust» is not сен «you» + -ім: cut, it found every page saying сенің «your».
    expect(finds('сенім', 'сенің')).toBe(false);
    expect(finds('сенім', 'сенбі')).toBe(false);
    // жастарға «to the young»: cut to жас, it found жасау «to make», жасырын «anonymous», жасөспірім.
    expect(finds('жастарға', 'жасау')).toBe(false);
    expect(finds('жастарға', 'жасырын')).toBe(false);
    expect(finds('жастарға', 'жасөспірім')).toBe(false);
  });

  it('never returns a stem shorter than three letters', () => {
    for (const w of ['ата', 'өзі', 'оны', 'ілді', 'ала']) expect(stemKazakh(w).length).toBeGreaterThanOrEqual(3);
  });
});

describe('queries', () => {
  it('stems every word of a query', () => {
    expect(kazakhQuery('Заң Уйирмеси')).toBe('зан уйирме');
    expect(kazakhQuery('бала құқығы')).toBe('бала кукы');
  });
});
