import { foldKazakh } from './kazakh.ts';
import { withoutHints } from './vocabulary.ts';

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

/** An HTML excerpt of about `size` words around the densest run of matches, or undefined if none match. */
export function makeExcerpt(content: string, terms: readonly string[], size = 30): string | undefined {
  const tokens = withoutHints(content).split(/\s+/).filter(Boolean);
  const isMatch = tokens.map((t) => {
    const w = foldKazakh(t.replace(/^[^\p{L}\p{N}]+/u, ''));
    return terms.some((term) => term && w.startsWith(term));
  });
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
