import type { StarlightSidebarTopicsUserConfig } from 'starlight-sidebar-topics';
// Plain lookups: Starlight config is read before any page exists, so there is no Astro.locals.t here.
import { allLocales } from '../lib/ui-strings.ts';

/**
 * One topic per section: a page's sidebar lists only its own section, so page HTML does not grow
 * with the whole site (a lesson does not carry every council session).
 */
export const topics = [
  {
    id: 'initiatives',
    label: allLocales('nav.initiatives'),
    link: '/initiatives/',
    icon: 'star',
    items: [{ autogenerate: { directory: 'initiatives' } }],
  },
  {
    id: 'lessons',
    label: allLocales('nav.lessons'),
    link: '/lessons/',
    icon: 'open-book',
    items: [
      { autogenerate: { directory: 'lessons' } },
      // The course booklet is a route of its own (src/routes/booklet.astro), not a page of the lessons
      // directory, so autogenerate cannot list it. Starlight puts the locale in front of the link.
      { label: allLocales('booklet.title').ru, translations: allLocales('booklet.title'), link: '/lessons/booklet/' },
    ],
  },
  {
    id: 'council',
    label: allLocales('nav.council'),
    link: '/council/',
    icon: 'list-format',
    items: [{ autogenerate: { directory: 'council' } }],
  },
  {
    id: 'glossary',
    label: allLocales('nav.glossary'),
    link: '/glossary/',
    icon: 'document',
    items: [{ slug: 'glossary' }],
  },
  {
    id: 'about',
    label: allLocales('nav.about'),
    link: '/about/',
    icon: 'information',
    items: [
      { slug: 'about' },
      { slug: 'source-document' },
      { slug: 'help' },
      { slug: 'sources' },
      { slug: 'changes-to-watch' },
      { slug: 'offline-packs' },
    ],
  },
] satisfies StarlightSidebarTopicsUserConfig;

// Pages that belong to a topic other than their own name. The pages for editors (contribute/) are not a
// topic of readers' navigation: the footer links them ("For editors"), and they show the About sidebar.
const alsoIn: Record<string, string[]> = {
  about: ['source-document', 'help', 'sources', 'changes-to-watch', 'offline-packs', 'contribute'],
};

/** Pages belong to the topic named by their section directory, in every locale. */
export const topicPatterns = Object.fromEntries(
  topics.map((t) => [t.id, [t.id, ...(alsoIn[t.id] ?? [])].flatMap((dir) => [`/*/${dir}/**`, `/*/${dir}`])]),
);
