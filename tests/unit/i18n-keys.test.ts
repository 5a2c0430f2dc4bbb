import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { i18nSchema } from '@astrojs/starlight/schema';
import { localeCodes } from '../../src/config/locales.ts';
import { dictionaries } from '../../src/lib/ui-strings.ts';
import { siteStringKeys, siteStringsSchema } from '../../src/schemas/ui-strings.ts';

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

  it.each(localeCodes)('%s names each key once (JSON keeps the last of two, silently)', (locale) => {
    const text = readFileSync(`content/i18n/${locale}.json`, 'utf8');
    const keys = [...text.matchAll(/^\s*"([^"]+)"\s*:/gm)].map((m) => m[1]);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
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

  // i18next placeholders `{{name}}` (Astro.locals.t, and format() in the browser) and Pagefind's `[NAME]`.
  const placeholders = (s: string) => [...s.matchAll(/\{\{\w+\}\}|\[[A-Z_]+\]/g)].map((m) => m[0]).sort();

  it('placeholders match across locales', () => {
    expect(placeholders('{{a}} [B] {c}')).toEqual(['[B]', '{{a}}']);
    for (const [key, ru] of Object.entries(dictionaries.ru)) {
      for (const locale of localeCodes) {
        const dict: Record<string, string> = dictionaries[locale];
        expect(placeholders(dict[key] ?? ''), `${locale} ${key}`).toEqual(placeholders(ru));
      }
    }
  });

  it('uses only the {{name}} placeholder syntax (a single-brace {name} would be shown as is)', () => {
    const stray = localeCodes.flatMap((locale) =>
      Object.entries(dictionaries[locale])
        .filter(([, value]) => /\{\w+\}/.test(value.replace(/\{\{\w+\}\}/g, '')))
        .map(([key]) => `${locale} ${key}`),
    );
    expect(stray).toEqual([]);
  });

  it('no placeholder is named like an i18next option (t(key, { count }) would pluralise, not fill)', () => {
    const options = ['count', 'context', 'lng', 'lngs', 'ns', 'defaultValue', 'replace', 'ordinal', 'interpolation'];
    const names = new Set(
      localeCodes.flatMap((l) => Object.values(dictionaries[l]).flatMap((v) => [...v.matchAll(/\{\{(\w+)\}\}/g)])),
    );
    expect(names.size).toBeGreaterThan(10);
    expect([...names].map((m) => m[1]).filter((name) => options.includes(name ?? ''))).toEqual([]);
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

describe('i18n collection schema (content.config.ts)', () => {
  it('is derived from en.json: every key Starlight does not define, and none it does', () => {
    expect(siteStringKeys).toEqual(Object.keys(dictionaries.en).filter((key) => !starlightKeys.includes(key)));
    expect(siteStringKeys.length).toBeGreaterThan(100);
  });

  it.each(localeCodes)('accepts content/i18n/%s.json', (locale) => {
    expect(siteStringsSchema.safeParse(dictionaries[locale]).error?.issues).toBeUndefined();
  });

  it('rejects a file missing a key or with an empty one, naming the key', () => {
    const [dropped = '', emptied = ''] = siteStringKeys;
    const broken = {
      ...Object.fromEntries(Object.entries(dictionaries.kk).filter(([key]) => key !== dropped)),
      [emptied]: '',
    };
    const issues = siteStringsSchema.safeParse(broken).error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.')).sort()).toEqual([dropped, emptied].sort());
    expect(issues.map((i) => i.message).join('\n')).toContain(`"${dropped}" is missing`);
  });
});

// i18next HTML-escapes placeholder values and Astro escapes the result again: values must go through vars().
describe('components pass placeholder values through vars()', () => {
  const files = globSync('src/{components,routes}/**/*.astro');

  it('finds the components', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('has no t(key, {…}) call without vars()', () => {
    const unwrapped = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*[^,()]+,(?!\s*vars\()\s*[^)\s]/g)].map(
        (m) => `${file}: ${m[0]}`,
      ),
    );
    expect(unwrapped).toEqual([]);
  });
});
