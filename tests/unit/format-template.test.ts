import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/config/locales.ts';
import { format, splitTemplate } from '../../src/lib/format-template.ts';
import { dictionaries, vars } from '../../src/lib/ui-strings.ts';

describe('format', () => {
  it('fills {{name}} placeholders, numbers and repeats included', () => {
    expect(format('{{score}} of {{total}}, {{score}} again', { score: 3, total: 5 })).toBe('3 of 5, 3 again');
    expect(format('{{ n }}', { n: 0 })).toBe('0');
  });

  it('leaves unknown placeholders visible, and does not read them from Object.prototype', () => {
    expect(format('{{score}} / {{missing}}', { score: 1 })).toBe('1 / {{missing}}');
    expect(format('{{constructor}} {{toString}}', {})).toBe('{{constructor}} {{toString}}');
  });

  it('does not fill the old single-brace syntax', () => {
    expect(format('{score} of {{total}}', { score: 3, total: 5 })).toBe('{score} of 5');
  });

  it('does not HTML-escape values (the renderer does)', () => {
    expect(format('«{{title}}»', { title: 'A & B / <c>' })).toBe('«A & B / <c>»');
  });
});

describe('splitTemplate', () => {
  it('splits around {{name}}', () => {
    expect(splitTemplate('Law as of {{date}}.', 'date')).toEqual(['Law as of ', '.']);
    expect(splitTemplate('{{date}} — заң', 'date')).toEqual(['', ' — заң']);
  });

  it('returns the whole template when the placeholder is absent or in the old syntax', () => {
    expect(splitTemplate('No date here', 'date')).toEqual(['No date here', '']);
    expect(splitTemplate('Law as of {date}.', 'date')).toEqual(['Law as of {date}.', '']);
  });
});

// Components fill UI strings with Starlight's i18next `t`, browser code and plain lookups with `format`: same output.
describe('format and i18next agree on every UI string', () => {
  const instance = i18next.createInstance();
  const ready = instance.init({
    resources: Object.fromEntries(localeCodes.map((l) => [l, { starlight: dictionaries[l] }])),
    fallbackLng: 'ru',
  });
  const sample = (template: string) =>
    Object.fromEntries([...template.matchAll(/\{\{(\w+)\}\}/g)].map((m, i) => [m[1], `A&B/"${i}"<${m[1]}>`]));

  it.each(localeCodes)('%s', async (locale) => {
    await ready;
    // Keys come from the JSON at run time here; the typed keys are checked in components by astro check.
    const t = instance.getFixedT(locale, 'starlight') as (key: string, options: object) => string;
    const withPlaceholders = Object.entries(dictionaries[locale]).filter(([, v]) => v.includes('{{'));
    expect(withPlaceholders.length).toBeGreaterThan(10);
    for (const [key, template] of withPlaceholders) {
      const values = sample(template);
      expect(t(key, vars(values)), `${locale} ${key}`).toBe(format(template, values));
    }
  });

  it('vars() is what keeps i18next from escaping values that Astro escapes again', async () => {
    await ready;
    const t = instance.getFixedT('en', 'starlight');
    expect(t('shortLink.go', { title: 'A & B' })).toContain('A &amp; B');
    expect(t('shortLink.go', vars({ title: 'A & B' }))).toContain('A & B');
  });
});
