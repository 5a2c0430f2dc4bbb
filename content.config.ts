import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { pageFrontmatterSchema } from './src/schemas/frontmatter.ts';
import { glossaryTermSchema } from './src/schemas/glossary.ts';
import { helpContactSchema } from './src/schemas/help-contact.ts';
import { legalActSchema } from './src/schemas/legal-act.ts';
import { siteStringsSchema } from './src/schemas/ui-strings.ts';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: pageFrontmatterSchema }) }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: siteStringsSchema }) }),
  glossary: defineCollection({ loader: file('content/glossary/terms.yaml'), schema: glossaryTermSchema }),
  helpContacts: defineCollection({ loader: file('content/data/help-contacts.yaml'), schema: helpContactSchema }),
  legalActs: defineCollection({ loader: file('content/data/legal-acts.yaml'), schema: legalActSchema }),
};
