import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const locales = ['kk', 'ru', 'en'] as const;
const lessons = [
  'rights-of-the-child',
  'constitution-basics',
  'legal-responsibility',
  'criminal-liability-of-minors',
  'administrative-offences',
  'cyber-safety',
  'cyberbullying',
  'drugs-and-the-law',
  'family-violence',
  'anti-corruption',
  'police-encounters',
  'reporting-offences',
  'public-order',
];
const initiatives = [
  'zan-uyirmesi',
  'kiberpol',
  'baiqa-system',
  'kiber-sherif',
  'tazalyq-saqshylary',
  'public-police-assistant',
  'interagency-prevention',
];
const content = [
  ...lessons.map((l) => `lessons/${l}`),
  ...initiatives.map((i) => `initiatives/${i}`),
  'initiatives',
  'lessons',
  'council',
  'council/expanded-session-public-safety',
  'glossary',
  'about',
];

const read = (locale: string, slug: string) => readFileSync(`dist/${locale}/${slug}/index.html`, 'utf8');
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;
/** The article body only, without the shared chrome (header, sidebar, footer). */
const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
const text = (html: string) =>
  main(html)
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe.each(locales)('%s lessons', (locale) => {
  it.each(lessons)('%s has the full lesson structure', (slug) => {
    const html = read(locale, `lessons/${slug}`);
    const body = main(html);
    expect(count(body, /<h2 id="objectives"/g), 'objectives heading').toBe(1);
    expect(count(body, /class="case not-content"/g), 'cases').toBeGreaterThanOrEqual(1);
    const questions = count(body, /<fieldset class="quiz__question"/g);
    expect(questions, 'quiz questions').toBeGreaterThanOrEqual(4);
    expect(questions).toBeLessThanOrEqual(8);
    expect(count(body, /class="quiz__explanation">[^<]+</g), 'explanations').toBe(questions);
    expect(count(body, /href="https:\/\/adilet\.zan\.kz\/[^"]+"/g), 'official sources').toBeGreaterThanOrEqual(2);
    expect(count(body, /<details class="teacher-notes"/g), 'teacher notes').toBe(1);
    expect(body, 'reviewed notice').toMatch(/class="lesson-notice"/);
  });
});

describe('every content page exists in every locale', () => {
  it.each(content)('%s', (slug) => {
    for (const locale of locales) expect(existsSync(`dist/${locale}/${slug}/index.html`), `${locale}/${slug}`).toBe(true);
  });
});

describe('real, translated content', () => {
  it.each(content)('%s has no placeholder text', (slug) => {
    for (const locale of locales) {
      expect(text(read(locale, slug))).not.toMatch(/lorem|ipsum|\bTODO\b|\bTBD\b|\bперевод\b|translation pending/i);
    }
  });

  it.each(content)('kk/%s is written in Kazakh, not a copy of the Russian page', (slug) => {
    const kk = text(read('kk', slug));
    const ru = text(read('ru', slug));
    const kazakhLetters = count(kk, /[әғқңөұүһі]/gi);
    // Kazakh-specific letters are frequent in Kazakh prose (several per hundred characters).
    expect(kazakhLetters / kk.length, 'share of Kazakh-specific letters').toBeGreaterThan(0.02);
    const ruWords = new Set(ru.toLowerCase().match(/[а-яё]{5,}/g) ?? []);
    const kkWords = kk.toLowerCase().match(/[а-яёәғқңөұүһі]{5,}/g) ?? [];
    const shared = kkWords.filter((w) => ruWords.has(w)).length / Math.max(kkWords.length, 1);
    expect(shared, 'share of long words identical to the Russian page').toBeLessThan(0.35);
  });
});
