// Components that list a section's pages from the content itself (never by hand).
export { default as CouncilIndex } from './CouncilIndex.astro';
export { default as InitiativeIndex } from './InitiativeIndex.astro';
export { default as SessionMeta } from './SessionMeta.astro';
export { default as Glossary } from './Glossary.astro';
export { default as LessonIndex } from './LessonIndex.astro';
export { default as LegalActs } from './LegalActs.astro';
export { default as ChangesToWatch } from './ChangesToWatch.astro';
