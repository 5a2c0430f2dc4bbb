// The site model (src/config/): what is derived from the table of languages and the registry of page kinds.
import { describe, expect, it } from 'vitest';
import {
  completeLocales,
  defaultLocale,
  fallbackChain,
  localeCodes,
  localePathPattern,
  localized,
  locales,
  starlightLocales,
} from '../../src/config/locales.ts';
import { pageKindNames, pageKinds, sectionKinds } from '../../src/config/page-kinds.ts';
import { pageFrontmatterSchema } from '../../src/schemas/frontmatter.ts';
import { glossaryTermSchema } from '../../src/schemas/glossary.ts';
import { scaffoldKinds, sectionOf } from '../../tools/lib/scaffold.ts';
import en from '../../content/i18n/en.json' with { type: 'json' };

describe('languages', () => {
  it('Starlight gets every language of the table, with its lang and direction', () => {
    expect(Object.keys(starlightLocales)).toEqual(localeCodes);
    for (const l of localeCodes)
      expect(starlightLocales[l]).toEqual({ label: locales[l].label, lang: locales[l].lang, dir: locales[l].dir });
  });

  it('a path is in a language exactly when it starts with one of the codes', () => {
    for (const l of localeCodes) expect(localePathPattern.exec(`/${l}/lessons/`)?.[1]).toBe(l);
    expect(localePathPattern.test('/l/3/')).toBe(false);
    expect(localePathPattern.test('/pagefind/x')).toBe(false);
  });

  it('per-language data: a missing entry comes from the fallback chain, ending in the default locale', () => {
    for (const l of localeCodes) {
      expect(fallbackChain(l)[0]).toBe(l);
      expect(fallbackChain(l).at(-1)).toBe(defaultLocale);
    }
    const first = localeCodes.find((l) => l !== defaultLocale) ?? defaultLocale;
    expect(localized({ [defaultLocale]: 'R' }, first)).toBe('R');
    expect(() => localized({}, first)).toThrow(/no entry/);
  });

  it('every language without a fallback must carry every per-language entry', () => {
    const entry = Object.fromEntries(localeCodes.map((l) => [l, { term: `t ${l}`, definition: `d ${l}` }]));
    expect(glossaryTermSchema.safeParse(entry).success).toBe(true);
    for (const l of completeLocales) {
      const { [l]: _left, ...rest } = entry;
      const result = glossaryTermSchema.safeParse(rest);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(l);
    }
  });
});

describe('page kinds', () => {
  it('the frontmatter schema accepts exactly the registered kinds', () => {
    const declared = pageFrontmatterSchema.options.flatMap((option) => {
      const kind = option.shape.kind;
      return 'options' in kind ? kind.options : [...kind.values];
    });
    expect([...declared].sort()).toEqual([...pageKindNames].sort());
  });

  it('every kind has a label in the UI strings, and the scaffold makes every kind that has a section template', () => {
    for (const kind of pageKindNames) expect(Object.keys(en)).toContain(pageKinds[kind].label);
    expect(scaffoldKinds).toEqual(sectionKinds.map((k) => k.scaffold));
    for (const k of sectionKinds) expect(sectionOf[k.scaffold as keyof typeof sectionOf]).toBe(k.section);
  });
});
