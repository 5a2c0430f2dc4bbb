/**
 * Kazakh search normalisation: letter folding and a small suffix stemmer.
 * Pagefind has no Kazakh stemmer, but it matches word prefixes; since Kazakh adds suffixes to an
 * unchanged root, a stem used as a prefix finds every inflected form. See ./README.md.
 */

const FOLD: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  і: 'и',
  һ: 'х',
  ё: 'е',
};

const KAZAKH_LETTERS = /[әғқңөұүһі]/i;

/** Maps Kazakh-specific letters to the Russian letters people type instead (one letter for one). */
export function foldKazakh(text: string): string {
  return text.toLowerCase().replace(/[әғқңөұүһіё]/g, (ch) => FOLD[ch] ?? ch);
}

export function hasKazakhLetters(text: string): boolean {
  return KAZAKH_LETTERS.test(text);
}

type Harmony = 'back' | 'front' | 'neutral';

const BACK_VOWELS = 'аоұы';
const FRONT_VOWELS = 'әөүіе';
const VOWELS = 'аәеиоөуұүыіэюяё';

/** Vowel class of the last vowel of a stem; loanword vowels (и, у, я…) or folded input are neutral. */
function harmonyOf(stem: string): Harmony {
  for (let i = stem.length - 1; i >= 0; i--) {
    const ch = stem[i] ?? '';
    if (BACK_VOWELS.includes(ch)) return 'back';
    if (FRONT_VOWELS.includes(ch)) return 'front';
    if (VOWELS.includes(ch)) return 'neutral';
  }
  return 'neutral';
}

function suffixHarmony(suffix: string): Harmony {
  return harmonyOf(suffix);
}

interface Suffix {
  /** The suffix folded, so typed-without-Kazakh-letters words match too. */
  folded: string;
  harmony: Harmony;
  /** Vowel-initial suffixes can voice the root's last consonant (құқық → құқығы). */
  vowelInitial: boolean;
  /** Cut only after a consonant. */
  afterConsonant?: boolean;
}

function suffixes(list: string, harmony?: Harmony): Suffix[] {
  return list
    .split(/\s+/)
    .filter(Boolean)
    .map((s) => ({
      folded: foldKazakh(s),
      harmony: harmony ?? suffixHarmony(s),
      vowelInitial: VOWELS.includes(s[0] ?? ''),
    }))
    .sort((a, b) => b.folded.length - a.folded.length);
}

/** Outermost layer: case endings, and the verb endings that take their place. */
const CASE = [
  ...suffixes(`
    ның нің дың дің тың тің
    ға ге қа ке на не
    ны ні ды ді ты ті
    да де та те нда нде
    дан ден тан тен нан нен
    ған ген қан кен атын етін йтын йтін ады еді йды йді ып іп уға уге уы уі
  `),
  // The instrumental ending does not follow vowel harmony (заңмен, үймен).
  ...suffixes('мен бен пен менен бенен пенен', 'neutral'),
  // The first person of the present tense, the form a reader's question takes (хабарлаймын «I report»,
  // көмектесемін «I help»): the verb's stem is what the pages inflect.
  ...suffixes('ймын ймін амын емін'),
  // Conditional verb endings (тоқтатса «if he stops», көмектессең «if you help»).
  ...suffixes('са се сам сем саң сең сақ сек саңыз сеңіз'),
  // The verbal noun (тоқтату, көмектесу: the form questions use) after a consonant; after a vowel the у is
  // left, since nouns such as тергеу end that way.
  ...suffixes('у', 'neutral').map((suffix) => ({ ...suffix, afterConsonant: true })),
].sort((a, b) => b.folded.length - a.folded.length);
const POSSESSIVE = suffixes('ымыз іміз мыз міз ыңыз іңіз ңыз ңіз сы сі ым ім ың ің ы і');
const PLURAL = suffixes('лар лер дар дер тар тер');
const DERIVATIONAL = suffixes('шылық шілік лық лік дық дік тық тік');

/** Shortest stem we leave: shorter prefixes match unrelated words. */
const MIN_STEM = 3;
/**
 * Shortest stem the inner layers (possessive, plural, derivational) leave. A three-letter prefix matches too much:
 * сенім «trust» cut to сен finds сенің «your», жастарға «to the young» cut to жас finds жасау «to make» and
 * жасырын «anonymous». A case ending alone still leaves a three-letter root (заңға → заң).
 */
const MIN_INNER_STEM = 4;
/** Single-letter suffixes (ы, і) are stripped only from longer words, so `бала` or `ана` stay whole. */
const MIN_STEM_AFTER_ONE_LETTER = 4;

function hasVowel(s: string): boolean {
  return [...s].some((ch) => VOWELS.includes(ch));
}

function stripOne(
  original: string,
  folded: string,
  layer: Suffix[],
  minStem = MIN_STEM,
): { original: string; folded: string; suffix?: Suffix } {
  for (const suffix of layer) {
    if (!folded.endsWith(suffix.folded)) continue;
    const cut = folded.length - suffix.folded.length;
    const rest = original.slice(0, cut);
    const min = suffix.folded.length === 1 ? Math.max(MIN_STEM_AFTER_ONE_LETTER, minStem) : minStem;
    if (rest.length < min || !hasVowel(foldKazakh(rest))) continue;
    if (suffix.afterConsonant && VOWELS.includes(foldKazakh(rest).at(-1) ?? '')) continue;
    // Kazakh suffixes follow the root's vowel harmony; a mismatch means the ending is part of the root.
    const stemHarmony = harmonyOf(rest);
    if (stemHarmony !== 'neutral' && suffix.harmony !== 'neutral' && stemHarmony !== suffix.harmony) continue;
    return { original: rest, folded: folded.slice(0, cut), suffix };
  }
  return { original, folded };
}

/**
 * The search form of one word: lower-cased, folded, with inflectional suffixes removed.
 * Works on words typed with or without Kazakh letters (harmony is read from the letters given).
 */
export function stemKazakh(word: string): string {
  let original = word.toLowerCase();
  let folded = foldKazakh(original);
  if (folded.length <= MIN_STEM) return folded;
  let lastVowelInitial = false;
  for (const layer of [CASE, POSSESSIVE, PLURAL, DERIVATIONAL]) {
    const next = stripOne(original, folded, layer, layer === CASE ? MIN_STEM : MIN_INNER_STEM);
    if (next.suffix) {
      lastVowelInitial = next.suffix.vowelInitial;
      original = next.original;
      folded = next.folded;
    }
  }
  // A vowel-initial suffix may have voiced the final consonant (қ→ғ, к→г, п→б); drop it so the prefix
  // covers both forms: құқығы → құқы matches құқық and құқығы.
  if (lastVowelInitial && /[гб]$/.test(folded) && folded.length - 1 >= MIN_STEM) {
    folded = folded.slice(0, -1);
  }
  return folded;
}

/** Words of a text, lower-cased; hyphenated names stay whole (кибер-шериф). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * A Kazakh query as Pagefind should search it: every word folded and stemmed (it then matches the folded
 * twins SearchIndexHints adds to every page). With `keepLetters`, the stems keep the letters as typed, so
 * they also match the page's own words, with the weight of the title or heading they stand in; folding maps
 * one letter to one, so the stem's length marks the same cut.
 */
export function kazakhQuery(query: string, keepLetters = false): string {
  return words(query)
    .map((w) => (keepLetters ? w.slice(0, stemKazakh(w).length) : stemKazakh(w)))
    .join(' ');
}

/**
 * The folded forms of a page's words that contain Kazakh letters, emitted into the page for indexing,
 * so a query typed without Kazakh letters finds the same page.
 */
export function foldedIndexTerms(text: string): string[] {
  const out = new Set<string>();
  for (const w of words(text)) if (hasKazakhLetters(w)) out.add(foldKazakh(w));
  return [...out];
}
