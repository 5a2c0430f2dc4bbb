import { foldKazakh } from './kazakh.ts';
import { HINT_MARK as HINT, withoutHints } from './vocabulary.ts';

/**
 * Result excerpts made from the page's own text: the index-only hint words (folded Kazakh) are cut out
 * and the words that match the query are marked, so a Kazakh excerpt reads in Kazakh letters.
 */

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The prefixes a page word must start with (folded) to count as a match: Kazakh stems as they are; other
 * words shortened a little, since Pagefind stems Russian and English (мошенников ~ мошенничество).
 */
export function highlightTerms(searchedForms: readonly string[], language: string): string[] {
  const out = new Set<string>();
  for (const form of searchedForms) {
    for (const w of foldKazakh(form).match(/[\p{L}\p{N}]+/gu) ?? []) {
      out.add(language === 'kk' || w.length <= 4 ? w : w.slice(0, Math.max(4, w.length - 3)));
    }
  }
  return [...out];
}

interface Prepared {
  /** The page's words (whitespace-separated, as Pagefind counts positions), up to the hint words. */
  tokens: string[];
  /** Each word folded, leading punctuation dropped: what a search form must prefix. */
  folded: string[];
}
const prepared = new Map<string, Prepared>();

/** Words of a content string, folded once and kept for the few pages on screen. */
function prepare(content: string): Prepared {
  let p = prepared.get(content);
  if (!p) {
    const cut = content.indexOf(HINT);
    const tokens = (cut === -1 ? content : content.slice(0, cut)).split(/\s+/).filter(Boolean);
    p = { tokens, folded: tokens.map((t) => foldKazakh(t.replace(/^[^\p{L}\p{N}]+/u, ''))) };
    if (prepared.size > 40) prepared.clear();
    prepared.set(content, p);
  }
  return p;
}

const matcher = (terms: readonly string[]) => (word: string) => terms.some((t) => t && word.startsWith(t));

/** An HTML excerpt of about `size` words around the densest run of matches, or undefined if none match. */
export function makeExcerpt(content: string, terms: readonly string[], size = 30): string | undefined {
  const { tokens, folded } = prepare(content);
  const isMatch = folded.map(matcher(terms));
  let best = -1;
  let bestCount = 0;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (isMatch[i]) count++;
    if (i >= size && isMatch[i - size]) count--;
    if (count > bestCount) {
      bestCount = count;
      best = i;
    }
  }
  if (best === -1) return undefined;
  // Start a few words before the densest window's first match, for context.
  let start = Math.max(0, best - size + 1);
  while (start < best && !isMatch[start]) start++;
  start = Math.max(0, start - 6);
  const end = Math.min(tokens.length, start + size);
  const html = tokens
    .slice(start, end)
    .map((t, i) => (isMatch[start + i] ? `<mark>${escape(t)}</mark>` : escape(t)))
    .join(' ');
  return `${start > 0 ? '… ' : ''}${html}${end < tokens.length ? ' …' : ''}`;
}

/**
 * The words Pagefind matched on a page (its `locations` index the page's text split at whitespace), or the
 * whole text when it gives none. A word the index lacks is answered with pages for a short prefix of it
 * (наркотки → «на»): what matched, not what the page contains somewhere, tells a typo from a find.
 */
export function matchedWords(content: string, locations: readonly number[] | undefined): string {
  if (!locations) return content;
  const words = content.split(/\s+/);
  return locations.map((i) => words[i] ?? '').join(' ');
}

/** The first `size` words of the page's own text, for a result with no marked match. */
export function leadExcerpt(content: string, size = 30): string {
  const tokens = withoutHints(content).split(/\s+/).filter(Boolean);
  return escape(tokens.slice(0, size).join(' ')) + (tokens.length > size ? ' …' : '');
}

export interface Anchor {
  id?: string;
  text?: string;
  element?: string;
  location: number;
}

/**
 * The page's sections (Pagefind anchors: headings with an id) that hold the most matching words, best first.
 * Word positions follow Pagefind's (whitespace-separated words of the content); the hint words are not counted.
 */
export function bestSections(
  content: string,
  anchors: readonly Anchor[],
  terms: readonly string[],
  max = 3,
): { id: string; text: string; matches: number }[] {
  const { tokens, folded } = prepare(content);
  const matches = matcher(terms);
  const headings = anchors
    .filter((a) => a.id && a.element !== 'h1' && /^h[2-6]$/.test(a.element ?? 'h2'))
    .sort((a, b) => a.location - b.location);
  return headings
    .map((a, i) => {
      const end = Math.min(tokens.length, headings[i + 1]?.location ?? tokens.length);
      let count = 0;
      for (let w = a.location; w < end; w++) if (matches(folded[w] ?? '')) count++;
      return { id: a.id ?? '', text: a.text ?? '', matches: count };
    })
    .filter((s) => s.matches > 0)
    .sort((a, b) => b.matches - a.matches)
    .slice(0, max);
}
