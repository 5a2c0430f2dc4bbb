import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docsPages, legalActs, lessons, locales } from '../helpers/content.ts';

// Expectations come from content/docs: a new lesson or page is checked the day it lands.
const lessonSlugs = lessons().map((l) => l.slug);
// Pages of prose a reader meets (editor pages hold code and file names; 404 and offline are fallbacks).
const content = docsPages()
  .filter((p) => p.locale === 'ru' && !/^(contribute\/|404$|offline$)/.test(p.slug))
  .map((p) => p.slug.replace(/(^|\/)index$/, '') || 'index');

const read = (locale: string, slug: string) =>
  readFileSync(`dist/${locale}/${slug === 'index' ? '' : `${slug}/`}index.html`, 'utf8');
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;
/** The article body only, without the shared chrome (header, sidebar, footer). */
const main = (html: string) => /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
const text = (html: string) =>
  main(html)
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe.each(locales)('%s lessons', (locale) => {
  it.each(lessonSlugs)('%s has the full lesson structure', (slug) => {
    const html = read(locale, slug);
    const body = main(html);
    const data = lessons(locale).find((l) => l.slug === slug)?.data ?? {};
    expect(count(body, /<h2 id="objectives"/g), 'objectives heading').toBe(1);
    expect(count(body, /class="case not-content"/g), 'cases').toBeGreaterThanOrEqual(1);
    const questions = count(body, /<fieldset class="quiz__question"/g);
    expect(questions, 'quiz questions').toBe((data.quiz as unknown[]).length);
    expect(count(body, /class="quiz__explanation">[^<]+</g), 'explanations').toBe(questions);
    const sources = /<section class="lesson-sources[\s\S]*?<\/section>/.exec(body)?.[0] ?? '';
    expect(count(sources, /<li>/g), 'sources listed').toBe((data.sources as unknown[]).length);
    expect(count(body, /<details class="teacher-notes"/g), 'teacher notes').toBe(1);
    expect(body, 'educational notice').toMatch(/class="lesson-notice"/);
  });

  // "Law as of" only when the registry backs every act and article the lesson cites; otherwise what remains.
  it.each(lessonSlugs)('%s dates its law only when every cited act and article is verified', (slug) => {
    const data = lessons(locale).find((l) => l.slug === slug)?.data ?? {};
    const acts = new Map(legalActs().map((a) => [a.id, a]));
    const notice = /<p class="lesson-notice"[\s\S]*?<\/p>/.exec(main(read(locale, slug)))?.[0] ?? '';
    const remaining = new Map<string, Set<string>>();
    const checked: Date[] = [];
    for (const s of data.sources as { act: string; articles?: unknown }[]) {
      const act = acts.get(s.act);
      const left = remaining.get(s.act) ?? new Set<string>();
      if (act?.adilet === 'pending') left.add('official-text');
      if (s.articles === 'pending') left.add('articles');
      if (act?.checkedOn === 'pending') left.add('checked-on');
      else if (act?.checkedOn instanceof Date) checked.push(act.checkedOn);
      if (left.size > 0) remaining.set(s.act, left);
    }
    if (remaining.size === 0) {
      const oldest = new Date(Math.min(...checked.map((d) => d.getTime()))).toISOString().slice(0, 10);
      expect(notice).toContain(`datetime="${oldest}"`);
      expect(notice).not.toContain('data-law-as-of="pending"');
      // A dated lesson links at least 2 official texts.
      const sources = /<section class="lesson-sources[\s\S]*?<\/section>/.exec(main(read(locale, slug)))?.[0] ?? '';
      expect(count(sources, /href="https:\/\/adilet\.zan\.kz\//g)).toBeGreaterThanOrEqual(2);
    } else {
      expect(notice).toContain('data-law-as-of="pending"');
      expect(notice).not.toMatch(/datetime=/);
      const shown = [...notice.matchAll(/data-pending-act="([^"]+)" data-pending-checks="([^"]+)"/g)];
      expect(new Map(shown.map((m) => [m[1], new Set(m[2]?.split(' '))]))).toEqual(remaining);
    }
  });

  it.each(lessonSlugs)('%s says beside each cited act how its status is confirmed, linking the page that confirms it', (slug) => {
    const data = lessons(locale).find((l) => l.slug === slug)?.data ?? {};
    const acts = new Map(legalActs().map((a) => [a.id, a]));
    const sources = /<section class="lesson-sources[\s\S]*?<\/section>/.exec(main(read(locale, slug)))?.[0] ?? '';
    const items = sources.match(/<li>[\s\S]*?<\/li>/g) ?? [];
    (data.sources as { act: string }[]).forEach((source, i) => {
      const act = acts.get(source.act);
      const item = items[i] ?? '';
      expect(item, `${source.act}: level`).toContain(`data-confirmed-by="${act?.confirmedBy ?? 'pending'}"`);
      if (act?.confirmationUrl) expect(item, `${source.act}: page`).toContain(`href="${act.confirmationUrl}"`);
    });
  });

  it.each(lessonSlugs)('%s links no repealed act unless the source is historical', (slug) => {
    const data = lessons(locale).find((l) => l.slug === slug)?.data ?? {};
    const historical = new Set(
      (data.sources as { act: string; historical?: boolean }[]).filter((s) => s.historical).map((s) => s.act),
    );
    const body = main(read(locale, slug));
    for (const act of legalActs().filter((a) => a.status === 'repealed' && !historical.has(a.id))) {
      expect(body, act.id).not.toContain(`/docs/${act.adilet}`);
    }
  });
});

describe.each(locales)('%s sources page', (locale) => {
  it('lists every act of the registry with its status, and the lessons that cite it', () => {
    const body = main(read(locale, 'sources'));
    for (const act of legalActs()) {
      expect(body).toMatch(new RegExp(`data-act="${act.id}" data-status="${act.status}"`));
      const citing = lessons(locale).filter((l) => (l.data.sources as { act: string }[]).some((s) => s.act === act.id));
      const section = new RegExp(`data-act="${act.id}"[\\s\\S]*?</section>`).exec(body)?.[0] ?? '';
      for (const lesson of citing) expect(section, `${act.id} ← ${lesson.slug}`).toContain(`href="${lesson.path}"`);
      // An entry's note (an open question about its status) is shown in the page's language.
      const note = act.note?.[locale];
      if (note) expect(section.replace(/\s+/g, ' '), `${act.id} note`).toContain(note.replace(/"/g, '&quot;'));
    }
  });
});

describe('every content page exists in every locale', () => {
  it.each(content)('%s', (slug) => {
    for (const locale of locales) {
      const path = `dist/${locale}/${slug === 'index' ? '' : `${slug}/`}index.html`;
      expect(existsSync(path), path).toBe(true);
    }
  });
});

describe('real, translated content', () => {
  it.each(content)('%s has no placeholder text', (slug) => {
    for (const locale of locales) {
      expect(text(read(locale, slug))).not.toMatch(/lorem|ipsum|\bTODO\b|\bTBD\b|\bперевод\b|translation pending/i);
    }
  });

  it.each(content)('kk/%s is written in Kazakh, not a copy of the Russian page', (slug) => {
    // Text marked as another language (the source document quoted in Russian) is not claimed to be Kazakh.
    const kk = text(read('kk', slug).replace(/<(\w+)\b[^>]*\blang="(?!kk")[^"]*"[^>]*>[\s\S]*?<\/\1>/g, ''));
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
