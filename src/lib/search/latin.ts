/**
 * Kazakh and Russian typed in Latin letters («Tazalyq saqshylary», «Zan Uyirmesi», «moshennichestvo»),
 * read back as folded Cyrillic so it can search the kk and ru indexes. It reads the informal keyboard
 * habits (sh, zh and j for ж, ch, kh, gh, q, y/i) and the three official Kazakh Latin alphabets:
 *   2017 (apostrophes): a' g' n' o' u' = ә ғ ң ө ү, y' = у, i' = и/й, s' = ш, c' = ч, y = ы, u = ұ;
 *   2018 (acute accents): á ǵ ń ó ú = ә ғ ң ө ү, ý = у, ı = и/й, y = ы, u = ұ, sh ch;
 *   2021 (diacritics): ä ğ ñ ö ū ü ş ç = ә ғ ң ө ұ ү ш ч, ı = і, i = и/й, y = ы, u = у.
 * Where alphabets disagree the letters fold to the same Cyrillic letter (ұ/ү/у → у, і/и → и), because the
 * output is folded (қ → к, і → и, …) to match the folded twins of the index; see ./README.md.
 */

/** Letter pairs, longest first; an apostrophe pair is the 2017 alphabet. */
const MULTI: [string, string][] = [
  ['shch', 'щ'],
  ["s'", 'ш'],
  ['s’', 'ш'],
  ["c'", 'ч'],
  ['c’', 'ч'],
  ["y'", 'у'],
  ['y’', 'у'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['gh', 'г'],
  ['ts', 'ц'],
  ['ya', 'я'],
  ['yu', 'ю'],
  ['yo', 'е'],
];

const SINGLE: Record<string, string> = {
  a: 'а',
  ä: 'а',
  á: 'а',
  b: 'б',
  c: 'к',
  ç: 'ч',
  d: 'д',
  e: 'е',
  é: 'е',
  f: 'ф',
  g: 'г',
  ğ: 'г',
  ǵ: 'г',
  h: 'х',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  ñ: 'н',
  ń: 'н',
  ŋ: 'н',
  o: 'о',
  ö: 'о',
  ó: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  ş: 'ш',
  t: 'т',
  u: 'у',
  ū: 'у',
  ü: 'у',
  ú: 'у',
  ý: 'у',
  v: 'в',
  w: 'у',
  x: 'кс',
  z: 'з',
};

/** Letters read as и or, beside a vowel, as й: i (all alphabets), ı (2018 и/й, 2021 і), í. */
const I_LIKE = 'iıí';
/** Vowels after which an i-like letter is still й: not the i-like letters themselves (üiıne → үйіне). */
const FULL_VOWELS = 'aäáeéoöóuūüúý';
const CYRILLIC_VOWELS = 'аеиоуыэюя';
const LATIN_LETTER = /[a-zäáçéğǵıíñńŋöóşūüúý]/;

/** True when the text has Latin letters and no Cyrillic ones: worth reading as transliteration. */
export function isLatinQuery(text: string): boolean {
  return LATIN_LETTER.test(text.toLowerCase()) && !/[\u0400-\u04ff]/.test(text);
}

/**
 * One Latin word as folded Cyrillic. `y` and `i` beside a vowel are the consonant й (Uyirmesi →
 * уйирмеси, Baiqa → байка, söilesıp → сөйлесіп); elsewhere `y` is ы (Tazalyq → тазалык) and `i` is и/і
 * (both fold to и).
 */
function word(latin: string): string {
  let out = '';
  for (let i = 0; i < latin.length;) {
    const rest = latin.slice(i);
    const multi = MULTI.find(([from]) => rest.startsWith(from));
    if (multi) {
      out += multi[1];
      i += multi[0].length;
      continue;
    }
    const ch = latin[i] ?? '';
    const prev = latin[i - 1] ?? '';
    // 2017 apostrophes (i') are skipped when looking at the next letter.
    const next = latin.slice(i + 1).replace(/^['’]/, '')[0] ?? '';
    // Judged on what was written so far, so `y` read as ы counts as a vowel (syilyq → сыйлык) and `y`
    // read as й does not (Uyirmesi → уйирмеси). '' is in every string, so word ends are tested apart.
    const last = out.at(-1) ?? '';
    const afterVowel = last !== '' && CYRILLIC_VOWELS.includes(last);
    const beforeVowel = next !== '' && FULL_VOWELS.includes(next);
    const single = SINGLE[ch];
    if (ch === 'y') out += afterVowel ? 'й' : 'ы';
    else if (I_LIKE.includes(ch)) out += afterVowel && !I_LIKE.includes(prev) && !beforeVowel ? 'й' : 'и';
    else if (single !== undefined) out += single;
    else if (ch !== "'" && ch !== '’') out += ch; // digits, hyphens; 2017 apostrophes (a', g') drop
    i++;
  }
  return out;
}

/** A Latin-letter query as folded Cyrillic, or undefined when it is not a Latin-letter query. */
export function latinToCyrillic(query: string): string | undefined {
  if (!isLatinQuery(query)) return undefined;
  return query
    .toLowerCase()
    .split(/(\s+)/)
    .map((part) => (/\s/.test(part) ? part : word(part)))
    .join('');
}

/**
 * Every Cyrillic reading of a Latin query worth searching: the reading above and, when a word starts with
 * `e`, the same with э, the way Russian spells many loanwords (ekstremizm → экстремизм, ekzamen → экзамен).
 */
export function latinReadings(query: string): string[] {
  const main = latinToCyrillic(query);
  if (main === undefined) return [];
  const withE = main.replace(/(^|\s)е/g, '$1э');
  return withE === main ? [main] : [main, withE];
}
