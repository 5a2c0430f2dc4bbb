import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docsPages } from '../helpers/content.ts';

// The everyday questions a page answers (questionsAnswered) are on the page, under its language's label, in a list
// Pagefind weights above body text; a lesson's copy of the help lines is left out of the index. From the content.
const read = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
const ui = (locale: string) =>
  JSON.parse(readFileSync(`content/i18n/${locale}.json`, 'utf8')) as Record<string, string>;
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const withQuestions = docsPages().filter((p) => Array.isArray(p.data.questionsAnswered));

describe('pages that list the questions they answer', () => {
  it('are every lesson and initiative and the help page, in every language', () => {
    const kinds = new Set(withQuestions.map((p) => String(p.data.kind)));
    expect([...kinds].sort()).toEqual(['initiative', 'lesson', 'page']);
    const section = (p: { slug: string; data: Record<string, unknown> }) => !p.slug.endsWith('index');
    const expected = docsPages().filter(
      (p) =>
        ((p.data.kind === 'lesson' && /^lessons\/(?!plan$|answer-key$)/.test(p.slug)) ||
          p.data.kind === 'initiative' ||
          p.slug === 'help') &&
        section(p),
    );
    expect(withQuestions.map((p) => p.path)).toEqual(expected.map((p) => p.path));
  });

  it.each(withQuestions.map((p) => [p.path, p] as const))('%s shows them in a weighted list', (path, page) => {
    const html = read(path);
    const label = ui(page.locale)[page.data.kind === 'lesson' ? 'questions.lesson' : 'questions.page'] ?? '(none)';
    const block = /<div class="page-questions[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
    expect(decode(block)).toContain(label);
    const list = /<ul data-pagefind-weight="3"[^>]*>([\s\S]*?)<\/ul>/.exec(block)?.[1] ?? '';
    const items = [...list.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => decode(m[1] ?? ''));
    expect(items).toEqual(page.data.questionsAnswered);
  });
});

describe('the help lines', () => {
  const pages = docsPages().filter((p) => p.path.endsWith('/help/') || p.data.kind === 'lesson');
  it.each(pages.map((p) => [p.path] as const))('%s: indexed on the help page only', (path) => {
    const html = read(path);
    const lists = [...html.matchAll(/<ul class="help-contacts[^>]*>/g)].map((m) => m[0]);
    for (const tag of lists) {
      if (path.endsWith('/help/')) expect(tag).not.toContain('data-pagefind-ignore');
      else expect(tag).toContain('data-pagefind-ignore');
    }
  });
});
