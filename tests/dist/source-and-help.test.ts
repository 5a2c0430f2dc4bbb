import { localePathPattern } from '../../src/config/locales.ts';
import { existsSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { builtPaths, isRedirect } from '../../tools/lib/dist-pages.ts';
import { docsPages, locales } from '../helpers/content.ts';

// What a member of the public needs on the pages about the initiatives and the council: the source shown
// whole, one wording for what it does not give, and where to get help. Expectations come from the content.
const read = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
/** The article body only, without the shared chrome (header, sidebar). */
const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const text = (html: string) =>
  decode(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' '),
  );
const ui = (locale: string) =>
  JSON.parse(readFileSync(`content/i18n/${locale}.json`, 'utf8')) as Record<string, string>;
const hrefs = (html: string) => [...html.matchAll(/href="([^"#?]*)/g)].map((m) => m[1] ?? '');
const served = (href: string) => existsSync(`dist${href}index.html`);

const pages = docsPages();
const ofKinds = (...kinds: string[]) => pages.filter((p) => kinds.includes(String(p.data.kind)));
const initiatives = ofKinds('initiative');
const councilPages = ofKinds('council-session');
const sectionIndexes = pages.filter((p) => /^(initiatives|council)\/index$/.test(p.slug));
const sourcePath = (locale: string) => `/${locale}/source-document/`;
const helpPath = (locale: string) => `/${locale}/help/`;

describe('the source document is shown, never only referred to', () => {
  it('has pages to check', () => {
    expect(initiatives.length).toBeGreaterThan(0);
    expect(councilPages.length).toBeGreaterThan(0);
  });

  it.each([...initiatives, ...councilPages, ...sectionIndexes].map((p) => p.path))(
    '%s links the source document page, which is served',
    (path) => {
      const locale = path.split('/')[1] ?? '';
      expect(hrefs(main(read(path)))).toContain(sourcePath(locale));
      expect(served(sourcePath(locale))).toBe(true);
    },
  );

  // The original is one file; every language quotes it whole, paragraph by paragraph.
  const original = readFileSync('content/data/source-document.ru.txt', 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

  it.each(locales)('%s quotes the Russian original in full, marked as Russian', (locale) => {
    const body = main(read(sourcePath(locale)));
    const quote = /<blockquote lang="ru" data-source-original[^>]*>([\s\S]*?)<\/blockquote>/.exec(body)?.[1] ?? '';
    const quoted = [...quote.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => text(m[1] ?? '').trim());
    expect(quoted).toEqual(original);
  });

  it.each(locales.filter((l) => l !== 'ru'))('%s gives a whole translation beside the original', (locale) => {
    const body = main(read(sourcePath(locale)));
    const translations = [...body.matchAll(/<blockquote>([\s\S]*?)<\/blockquote>/g)];
    expect(translations, 'one translated quote').toHaveLength(1);
    const paragraphs = translations[0]?.[1]?.match(/<p>/g)?.length ?? 0;
    expect(paragraphs, 'a paragraph for every paragraph of the original').toBe(original.length);
  });
});

// One wording per language for what the source does not give: the UI's pending marker. These phrases are
// the ones the pages used before (walkthrough 2026-12-04, §3.3): "not yet published", and promises that
// details "will appear on this page". None may come back in page text, in any language.
const forbidden: Record<string, string[]> = {
  en: ['not yet published', 'not been published', 'will appear', 'we will add', 'check back later'],
  ru: ['пока не опубликован', 'появятся на этой странице', 'мы добавим', 'вернуться сюда позже', 'заглядывать'],
  kk: ['әлі жарияланған жоқ', 'жарияланған соң', 'осында қосамыз', 'осында қосылады', 'осы бетке қосамыз', 'кейінірек'],
};

describe('one wording for what the source does not give', () => {
  const checked = [...initiatives, ...councilPages, ...sectionIndexes, ...pages.filter((p) => p.slug === 'about')];

  it.each(checked.map((p) => p.path))('%s has none of the old phrases', (path) => {
    const locale = path.split('/')[1] ?? '';
    const words = text(main(read(path))).toLowerCase();
    for (const phrase of forbidden[locale] ?? []) expect(words, phrase).not.toContain(phrase.toLowerCase());
  });

  it.each(checked.map((p) => p.path))('%s quotes a marker only in the words the key facts use', (path) => {
    const locale = path.split('/')[1] ?? '';
    const marker = ui(locale)['pending.value'] ?? '';
    const words = text(main(read(path)));
    // A quoted phrase that says something is missing («…», "…") must be the marker itself.
    const quotedMarkers = [...words.matchAll(/[«"“]([^»"”]*)[»"”]/g)]
      .map((m) => m[1] ?? '')
      .filter((q) => /not given|not yet|не указ|не опубликован|көрсетілмеген|жарияланған жоқ/i.test(q));
    for (const quoted of quotedMarkers) expect(quoted).toBe(marker);
  });

  it.each(initiatives.map((p) => p.path))('%s shows the marker in its key facts', (path) => {
    const locale = path.split('/')[1] ?? '';
    expect(text(main(read(path)))).toContain(ui(locale)['pending.value']);
  });
});

describe('where to get help', () => {
  const contacts = yaml.load(readFileSync('content/data/help-contacts.yaml', 'utf8')) as { number: string }[];
  const linking = [
    ...initiatives,
    ...pages.filter((p) => p.slug === 'lessons/index' || p.slug === '404'),
    ...pages.filter((p) => p.slug === 'about'),
  ];

  it.each(linking.map((p) => p.path.replace(/\/$/, '') + '/'))('%s links the help page, which is served', (path) => {
    // 404 pages are built as /<locale>/404/index.html.
    const locale = path.split('/')[1] ?? '';
    expect(hrefs(main(read(path)))).toContain(helpPath(locale));
    expect(served(helpPath(locale))).toBe(true);
  });

  it.each(locales)('%s help page lists every national help line as a phone link', (locale) => {
    const body = main(read(helpPath(locale)));
    for (const { number } of contacts) expect(body, number).toContain(`href="tel:${number}"`);
  });
});

describe('pages for editors are out of readers’ navigation', () => {
  const built = builtPaths().filter((p) => localePathPattern.test(p) && !isRedirect(p));
  const docs = pages.map((p) => p.path).filter((p) => built.includes(p));

  it.each(docs)('%s links the editors’ pages from its footer only', (path) => {
    const locale = path.split('/')[1] ?? '';
    const html = read(path);
    const contribute = `/${locale}/contribute/`;
    expect(html).toMatch(new RegExp(`<a href="${contribute}" data-editors-link`));
    // Header and sidebar come before <main>: neither may link the editors' pages.
    const chrome = html.slice(0, html.indexOf('<main'));
    expect(chrome, 'no link to the editors’ pages in the header or sidebar').not.toContain(`href="${contribute}`);
  });

  it.each(pages.filter((p) => p.slug.startsWith('contribute/')).map((p) => p.path))('%s is still served', (path) => {
    expect(served(path)).toBe(true);
  });
});
