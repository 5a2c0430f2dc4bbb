// The components lesson MDX files import: `import { Case, Quiz, ... } from '~/components/lesson.ts';`
export { default as Case } from './Case.astro';
export { default as HelpContacts } from './HelpContacts.astro';
export { default as KeyTerm } from './KeyTerm.astro';
export { default as Quiz } from './Quiz.astro';
export { default as TeacherNotes } from './TeacherNotes.astro';
