import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/server/frontmatter.ts';
import { fingerprintOf } from '../../src/server/lesson-fingerprint.ts';
import { lessons, locales } from '../helpers/content.ts';

// Every lesson in every language has a review sheet carrying the fingerprint of the lesson's source file
// (computed here from the MDX as an editor wrote it), and the lesson page links it and states its review.
const lessonSlugs = lessons().map((l) => l.slug);
const html = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');

describe.each(locales)('%s review sheets', (locale) => {
  it.each(lessonSlugs)('%s: the sheet numbers every statement and shows the current fingerprint', (slug) => {
    const source = readFrontmatter(readFileSync(`content/docs/${locale}/${slug}.mdx`, 'utf8'));
    const print = fingerprintOf({ body: source.body, quiz: source.data.quiz, sources: source.data.sources });
    const sheet = html(`/${locale}/${slug}/review/`);
    expect(sheet).toContain(`data-fingerprint="${print}"`);
    expect(sheet).toMatch(new RegExp(`<html lang="${locale}`));
    const quiz = source.data.quiz as unknown[];
    expect(sheet.match(/<tr data-from="quiz">/g)?.length, 'a row per quiz explanation').toBe(quiz.length);
    const rows = sheet.match(/<tr data-from="(body|quiz)">\s*<th scope="row">(\d+)<\/th>/g) ?? [];
    expect(rows.map((r) => Number(/>(\d+)</.exec(r)?.[1])), 'numbered 1…n').toEqual(rows.map((_, i) => i + 1));
    expect(rows.length).toBeGreaterThan(quiz.length);

    const page = html(`/${locale}/${slug}/`);
    expect(page).toContain(`href="/${locale}/${slug}/review/"`);
    const review = source.data.review as { fingerprint?: string } | undefined;
    const expected = !review ? 'none' : review.fingerprint === print ? 'current' : 'changed';
    expect(/<p class="lesson-notice"[\s\S]*?<\/p>/.exec(page)?.[0]).toContain(`data-review="${expected}"`);
  });
});
