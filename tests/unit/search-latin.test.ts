import { describe, expect, it } from 'vitest';
import { foldKazakh, stemKazakh, words } from '../../src/lib/search/kazakh.ts';
import { isLatinQuery, latinReadings, latinToCyrillic } from '../../src/lib/search/latin.ts';
import { queryVariants } from '../../src/lib/search/query.ts';

// Expected values are the real Cyrillic spellings, folded as the index folds them.
describe('Latin-letter queries read as Cyrillic', () => {
  it.each([
    ['Tazalyq saqshylary', 'Тазалық сақшылары'],
    ['Zan Uyirmesi', 'Заң Үйірмесі'],
    ['Baiqa', 'Байқа'],
    ['Kiber-Sherif', 'Кибер-Шериф'],
    ['esirtki', 'есірткі'],
    ['jemqorlyq', 'жемқорлық'],
    ['alayaqtar', 'алаяқтар'],
    ['dayyndyq', 'дайындық'],
    ['syilyq', 'сыйлық'],
    ['kiiz', 'киіз'],
    ['kiberbulling', 'кибербуллинг'],
    ['moshennichestvo', 'мошенничество'],
    ['politsiya', 'полиция'],
  ])('informal transliteration: %s → %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(foldKazakh(cyrillic));
  });

  it.each([
    ['zañ', 'заң'],
    ['ğylym', 'ғылым'],
    ['üi', 'үй'],
    ['Qazaqstan', 'Қазақстан'],
    ["g'ylym", 'ғылым'],
  ])('letters of the Kazakh Latin alphabets: %s → %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(foldKazakh(cyrillic));
  });

  it('leaves Cyrillic and mixed-script queries alone', () => {
    expect(isLatinQuery('Тазалық')).toBe(false);
    expect(isLatinQuery('BAIQA жүйесі')).toBe(false);
    expect(latinToCyrillic('заң')).toBeUndefined();
    expect(latinToCyrillic('112')).toBeUndefined();
  });
});

describe('query variants per index', () => {
  it('searches a Latin query on kk both as typed and as stemmed Cyrillic', () => {
    const variants = queryVariants('Tazalyq saqshylaryna', 'kk');
    expect(variants).toHaveLength(2);
    expect(variants[0]).toBe('tazalyq saqshylaryna');
    // The Cyrillic reading is stemmed like any Kazakh query: it prefixes the inflected forms on the page.
    expect(foldKazakh('Тазалық сақшылары').startsWith((variants[1] ?? '').split(' ')[0] ?? '')).toBe(true);
    expect(variants[1]).not.toBe(foldKazakh('тазалык сакшыларына'));
  });
  it('searches Kazakh typed with its letters both folded and as typed, each word cut at the same stem', () => {
    const [folded, typed, ...rest] = queryVariants('Үйлестіру кеңесінде', 'kk');
    expect(rest).toEqual([]);
    expect(folded).toBe(`${stemKazakh('үйлестіру')} ${stemKazakh('кеңесінде')}`);
    // The page's own words, letters kept: «Үйлестіру кеңесінің» in a title starts with these stems.
    const title = words('Үйлестіру кеңесінің отырысы');
    (typed ?? '').split(' ').forEach((stem, i) => expect(title[i]?.startsWith(stem), stem).toBe(true));
    expect(typed).not.toBe(folded);
    // Typed without Kazakh letters: one variant, nothing to keep.
    expect(queryVariants('уйлестиру кенеси', 'kk')).toHaveLength(1);
  });
  it('searches English as typed, and Cyrillic queries once', () => {
    expect(queryVariants('scams', 'en')).toEqual(['scams']);
    expect(queryVariants('мошенники', 'ru')).toHaveLength(1);
    expect(queryVariants('moshenniki', 'ru')).toEqual(['moshenniki', 'мошенники']);
    expect(queryVariants('   ', 'kk')).toEqual([]);
  });
});

// Words from the official alphabet tables (2017 decree no. 569, its 2018 amendment, the 2021 draft),
// each checked against the Cyrillic spelling folded as the index folds it.
describe('the official Kazakh Latin alphabets', () => {
  it.each([
    // 2017: apostrophes
    ["Qazaqstan Respy'blikasy", 'Қазақстан Республикасы'],
    ["a'ke", 'әке'],
    ["g'ylym", 'ғылым'],
    ["n'", 'ң'],
    ["o'mir", 'өмір'],
    ["u'i'", 'үй'],
    ["s'ag'yn", 'шағын'],
    ["c'ek", 'чек'],
    ["y'lt", 'ұлт'],
  ])('2017: %s → %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(foldKazakh(cyrillic));
  });

  it.each([
    // 2018: acute accents, ý = у, ı = и/й, sh ch digraphs
    ['Qazaqstan Respýblıkasy', 'Қазақстан Республикасы'],
    ['Áke', 'Әке'],
    ['Ǵylym', 'Ғылым'],
    ['ońtústik', 'оңтүстік'],
    ['ómir', 'өмір'],
    ['ýaqyt', 'уақыт'],
    ['úı', 'үй'],
    ['shekara', 'шекара'],
    ['chempıon', 'чемпион'],
  ])('2018: %s → %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(foldKazakh(cyrillic));
  });

  it.each([
    // 2021: ä ğ ı ñ ö ş ū ü (ı = і, i = и/й, y = ы)
    ['Qazaqstan Respublikasy', 'Қазақстан Республикасы'],
    ['Būryñğy', 'Бұрыңғы'],
    ['bır', 'бір'],
    ['kısı', 'кісі'],
    ['üiıne', 'үйіне'],
    ['söilesıp', 'сөйлесіп'],
    ['şaharynyñ', 'шаһарының'],
    ['qalaiyn', 'қалайын'],
    ['syi', 'сый'],
    ['esırtkı', 'есірткі'],
  ])('2021: %s → %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(foldKazakh(cyrillic));
  });

  it.each([
    ['zhol', 'жол'],
    ['jol', 'жол'],
    ['shymkent', 'шымкент'],
    ['chempion', 'чемпион'],
    ['qylmys', 'қылмыс'],
    ['bala quqygy', 'бала құқығы'],
    ['balanyn', 'баланың'],
  ])('informal: %s → %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(foldKazakh(cyrillic));
  });

  it('also reads a word-initial e as э, as Russian spells loanwords', () => {
    expect(latinReadings('ekstremizm')).toContain('экстремизм');
    expect(latinReadings('ekstremizm')).toContain('екстремизм');
    expect(latinReadings('zan')).toEqual(['зан']);
    expect(queryVariants('ekstremizm', 'ru')).toContain('экстремизм');
  });
});
