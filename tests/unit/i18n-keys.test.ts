import { describe, expect, it } from 'vitest';
import { i18nSchema } from '@astrojs/starlight/schema';
import { localeCodes } from '../../src/config/locales.ts';
import { dictionaries } from '../../src/lib/ui-strings.ts';

// Read from Starlight's own schema: an upgrade that adds a key fails here instead of leaking English into kk pages.
const starlightKeys = Object.keys(i18nSchema().shape);

describe('UI strings', () => {
  it('reads a plausible key set from Starlight', () => {
    expect(starlightKeys.length).toBeGreaterThanOrEqual(41);
    expect(starlightKeys).toContain('pagefind.zero_results');
    expect(starlightKeys).toContain('expressiveCode.copyButtonTooltip');
  });

  it.each(localeCodes)('%s translates every Starlight key with a non-empty string', (locale) => {
    const dict: Record<string, string | undefined> = dictionaries[locale];
    const missing = starlightKeys.filter((key) => !dict[key]?.trim());
    expect(missing).toEqual([]);
  });

  it('every project key exists in every locale', () => {
    const all = new Set(localeCodes.flatMap((l) => Object.keys(dictionaries[l])));
    for (const locale of localeCodes) {
      const dict: Record<string, string | undefined> = dictionaries[locale];
      expect(
        [...all].filter((key) => !dict[key]?.trim()),
        locale,
      ).toEqual([]);
    }
  });

  it('placeholders match across locales', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{?\w+\}?\}|\[[A-Z_]+\]/g)].map((m) => m[0]).sort();
    for (const [key, ru] of Object.entries(dictionaries.ru)) {
      for (const locale of localeCodes) {
        const dict: Record<string, string> = dictionaries[locale];
        expect(placeholders(dict[key] ?? ''), `${locale} ${key}`).toEqual(placeholders(ru));
      }
    }
  });

  it('Kazakh strings are Kazakh, not copies of Russian', () => {
    const sameAsRussian = Object.entries(dictionaries.kk).filter(
      // A single word may be a shared proper name (Шымкент); a phrase identical to the Russian is a copy.
      ([key, value]) =>
        /\s/.test(value.trim()) &&
        /[а-яё]{4,}/i.test(value) &&
        value === (dictionaries.ru as Record<string, string>)[key],
    );
    expect(sameAsRussian).toEqual([]);
  });
});
