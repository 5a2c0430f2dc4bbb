/**
 * Index-only markup (SearchIndexHints: folded twins of Kazakh words for readers who type without Kazakh
 * letters) is read by Pagefind at build time and never by a reader. Once the index is written it is taken out
 * of the served HTML: on a lesson it was 2.6 KiB of the page's 23.6 KiB gzip.
 */
const HINT_ATTRIBUTES = / data-pagefind-index-attrs="data-hints"| data-hints="[^"]*"/g;
/** A hint carrier whose only other attribute was its ranking weight is left empty: it goes too. */
const EMPTY_WEIGHTED_SPAN = /<span data-pagefind-weight="\d+"><\/span>/g;

export function withoutIndexOnlyMarkup(html: string): string {
  return html.replace(HINT_ATTRIBUTES, '').replace(EMPTY_WEIGHTED_SPAN, '');
}
