// The components a kind of page is framed with, by the names src/config/page-kinds.ts gives them; each takes
// the page's entry. A name in the registry with no component here fails `astro check`.
import type { CollectionEntry } from 'astro:content';
import type { KindComponent } from '../config/page-kinds.ts';
import InitiativeFacts from './InitiativeFacts.astro';
import LessonMeta from './LessonMeta.astro';
import LessonPrintCard from './LessonPrintCard.astro';
import LessonSources from './LessonSources.astro';
import SessionMeta from './SessionMeta.astro';

export const kindComponents = {
  InitiativeFacts,
  LessonMeta,
  LessonPrintCard,
  LessonSources,
  SessionMeta,
} as const satisfies Record<KindComponent, (props: { entry: CollectionEntry<'docs'> }) => unknown>;
