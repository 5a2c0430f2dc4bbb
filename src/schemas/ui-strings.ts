import { z } from 'astro/zod';
import { i18nSchema } from '@astrojs/starlight/schema';
import en from '../../content/i18n/en.json' with { type: 'json' };

/** Keys Starlight's own i18n schema defines (optional there: Starlight ships built-in strings for them). */
type StarlightKey = keyof ReturnType<typeof i18nSchema<z.ZodObject<Record<never, z.ZodType>>>>['shape'];
const starlightKeys = new Set<string>(Object.keys(i18nSchema().shape));

/** The site's own UI keys: every key of content/i18n/en.json that Starlight's schema does not define. */
export type SiteStringKey = Exclude<keyof typeof en, StarlightKey>;

export const siteStringKeys = Object.keys(en).filter((key): key is SiteStringKey => !starlightKeys.has(key));

const siteString = (key: string) =>
  z
    .string({ error: `UI string "${key}" is missing: every content/i18n file needs every key en.json has` })
    .min(1, `UI string "${key}" is empty`);

/**
 * Extends Starlight's i18n collection schema: each site key is a required, non-empty string in every locale, so a
 * key missing from kk.json or ru.json fails the build, naming the file and the key. Derived from en.json, not listed.
 */
export const siteStringsSchema = z.object(
  Object.fromEntries(siteStringKeys.map((key) => [key, siteString(key)])) as Record<SiteStringKey, z.ZodString>,
);
