import { z } from 'astro/zod';
import { pageKindNames, pageKinds, type PageKindName } from '../config/page-kinds.ts';

/**
 * Every docs page declares its `kind`; the fields it needs follow from it. The kinds and their schemas are
 * registered in src/config/page-kinds.ts (glossary and page share the plain page's schema).
 */
export const pageFrontmatterSchema = z.discriminatedUnion(
  'kind',
  [pageKinds.initiative.schema, pageKinds.lesson.schema, pageKinds['council-session'].schema, pageKinds.page.schema],
  { error: `expected kind: one of ${pageKindNames.join(', ')}` },
);

export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;
export type PageKind = PageFrontmatter['kind'];

// The registry and the union name the same kinds: a kind in one and not the other fails `astro check`.
const sameKinds: [PageKind, PageKindName] extends [PageKindName, PageKind] ? true : never = true;
void sameKinds;
