import { z } from 'astro/zod';
import { councilSessionSchema } from './council-session.ts';
import { initiativeSchema } from './initiative.ts';
import { lessonSchema } from './lesson.ts';
import { plainPageSchema } from './page.ts';

/** Every docs page declares its `kind`; the fields it needs follow from it. */
export const pageFrontmatterSchema = z.discriminatedUnion(
  'kind',
  [initiativeSchema, lessonSchema, councilSessionSchema, plainPageSchema],
  { error: 'expected kind: one of initiative, lesson, council-session, page, glossary' },
);

export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;
export type PageKind = PageFrontmatter['kind'];
