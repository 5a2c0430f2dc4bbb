import { hrefOf, splitId } from './content-index.ts';

/** A page's earlier address and where it lives now, in one language. */
export interface MovedPage {
  locale: string;
  /** The earlier path without the language, as written in `redirectFrom`. */
  from: string;
  /** The page's address now. */
  to: string;
  title: string;
}

interface PageLike {
  id: string;
  filePath?: string | undefined;
  data: { title: string; redirectFrom?: readonly string[] | undefined };
}

/**
 * The redirects the pages' `redirectFrom` lists ask for. An earlier address that is a page today, or that two
 * pages claim, would send readers to the wrong place: an error naming the file and the field.
 */
export function movedPages(pages: readonly PageLike[]): MovedPage[] {
  const current = new Set(pages.map((p) => p.id.replace(/\/index$/, '')));
  const claimed = new Map<string, string>();
  const moved: MovedPage[] = [];
  const problems: string[] = [];
  for (const page of pages) {
    const { locale } = splitId(page.id);
    const file = page.filePath ?? `content/docs/${page.id}`;
    (page.data.redirectFrom ?? []).forEach((from, i) => {
      const key = `${locale}/${from}`;
      const field = `redirectFrom.${i}`;
      if (current.has(key)) {
        problems.push(`${file}: ${field}: "${from}" is the address of a page that exists; remove it from the list`);
      } else if (claimed.has(key)) {
        problems.push(`${file}: ${field}: "${from}" is already claimed by ${claimed.get(key)}`);
      } else {
        claimed.set(key, file);
        moved.push({
          locale,
          from,
          to: hrefOf(page.id),
          title: page.data.title,
        });
      }
    });
  }
  if (problems.length) throw new Error(`Earlier addresses that cannot redirect:\n  ${problems.join('\n  ')}`);
  return moved;
}
