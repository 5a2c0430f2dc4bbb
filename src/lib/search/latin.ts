/**
 * Kazakh and Russian typed in Latin letters («Tazalyq saqshylary», «Zan Uyirmesi», «moshennichestvo»),
 * read back as folded Cyrillic so it can search the kk and ru indexes. It covers the informal
 * transliteration people type on Latin keyboards and the letters of the 2021 Kazakh Latin alphabet
 * (ä ğ ı ñ ö ş ū ü). The output is folded (қ → к, і → и, …) because queries are matched against the
 * folded twins of the index; see ./README.md.
 */

const MULTI: [string, string][] = [
  ['shch', 'щ'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['ya', 'я'],
  ['yu', 'ю'],
  ['yo', 'е'],
];

const SINGLE: Record<string, string> = {
  a: 'а',
  ä: 'а',
  b: 'б',
  c: 'к',
  ç: 'ч',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  ğ: 'г',
  h: 'х',
  i: 'и',
  ı: 'ы',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  ñ: 'н',
  o: 'о',
  ö: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  ş: 'ш',
  t: 'т',
  u: 'у',
  ū: 'у',
  ü: 'у',
  v: 'в',
  w: 'у',
  x: 'кс',
  z: 'з',
};

// `y` is left out: it is itself read as ы or й from its neighbours.
const LATIN_VOWELS = 'aäeiıoöuūü';
const CYRILLIC_VOWELS = 'аеиоуыэюя';
const LATIN_LETTER = /[a-zäçğıñöşūü]/;

/** True when the text has Latin letters and no Cyrillic ones: worth reading as transliteration. */
export function isLatinQuery(text: string): boolean {
  return LATIN_LETTER.test(text.toLowerCase()) && !/[\u0400-\u04ff]/.test(text);
}

/**
 * One Latin word as folded Cyrillic. `y` and `i` beside a vowel are the consonant й (Uyirmesi →
 * уйирмеси, Baiqa → байка); elsewhere `y` is ы (Tazalyq → тазалык) and `i` is и/і (both fold to и).
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
    const next = latin[i + 1] ?? '';
    // Judged on what was written so far, so `y` read as ы counts as a vowel (syilyq → сыйлык) and `y`
    // read as й does not (Uyirmesi → уйирмеси). '' is in every string, so word ends are tested apart.
    const last = out.at(-1) ?? '';
    const afterVowel = last !== '' && CYRILLIC_VOWELS.includes(last);
    const beforeVowel = next !== '' && LATIN_VOWELS.includes(next);
    const single = SINGLE[ch];
    if (ch === 'y') out += afterVowel ? 'й' : 'ы';
    else if (ch === 'i' && afterVowel && prev !== 'i' && !beforeVowel) out += 'й';
    else if (single !== undefined) out += single;
    else if (ch !== "'" && ch !== '’') out += ch; // digits, hyphens; 2017-style apostrophes (a', g') drop
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
