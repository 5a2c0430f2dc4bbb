import type { ContentProblem } from './content-errors.ts';
import { hrefOf, splitId } from './content-index.ts';
import { failOnProblems } from './content-rules.ts';

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
 * The redirects the pages' `redirectFrom` lists ask for, and the entries that cannot redirect: an earlier address
 * that is a page today, or that two pages claim, would send readers to the wrong place (a problem naming the file
 * and the field). The content check reports the problems; the build's redirect route fails on them.
 */
export function planMovedPages(pages: readonly PageLike[]): { moved: MovedPage[]; problems: ContentProblem[] } {
  const current = new Set(pages.map((p) => p.id.replace(/\/index$/, '')));
  const claimed = new Map<string, string>();
  const moved: MovedPage[] = [];
  const problems: ContentProblem[] = [];
  for (const page of pages) {
    const { locale } = splitId(page.id);
    const file = page.filePath ?? `content/docs/${page.id}`;
    (page.data.redirectFrom ?? []).forEach((from, i) => {
      const key = `${locale}/${from}`;
      const field = `redirectFrom.${i}`;
      if (current.has(key)) {
        problems.push({
          file,
          field,
          message: `"${from}" is the address of a page that exists; remove it from the list`,
        });
      } else if (claimed.has(key)) {
        problems.push({ file, field, message: `"${from}" is already claimed by ${claimed.get(key)}` });
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
  return { moved, problems };
}

/** The redirects to build; throws, naming each file and field, when an earlier address cannot redirect. */
export function movedPages(pages: readonly PageLike[]): MovedPage[] {
  const { moved, problems } = planMovedPages(pages);
  failOnProblems('Earlier addresses that cannot redirect', problems);
  return moved;
}
