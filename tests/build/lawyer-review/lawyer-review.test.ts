// A lawyer's review holds only for the text the lawyer signed: the lesson page says "reviewed" while the
// lesson's content fingerprint is the one recorded, and "changed since review" as soon as one sentence changes,
// without anyone touching the record. One build, two lessons: one recorded with its current fingerprint, one
// recorded before a sentence of it was changed.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../../src/server/frontmatter.ts';
import { fingerprintOf } from '../../../src/server/lesson-fingerprint.ts';
import { lessons } from '../../helpers/content.ts';
import { buildCopy, copySite } from '../../helpers/site-copy.ts';

const locale = 'ru';
const ui = JSON.parse(readFileSync(`content/i18n/${locale}.json`, 'utf8')) as Record<string, string>;
const [signed, edited] = lessons(locale).map((l) => l.slug);
const reviewer = 'Тестовый Рецензент';

const fingerprintOfFile = (file: string) => {
  const { body, data } = readFrontmatter(readFileSync(file, 'utf8'));
  return fingerprintOf({ body, quiz: data.quiz, sources: data.sources });
};
const record = (fingerprint: string) =>
  `reviewed: true\nreview: { by: '${reviewer}', role: 'адвокат', on: 2026-12-01, fingerprint: '${fingerprint}', agreed: 20, changed: 0 }`;
const addRecord = (file: string, fingerprint: string) => {
  const source = readFileSync(file, 'utf8');
  if (!/^reviewed: false$/m.test(source)) throw new Error(`${file}: expected "reviewed: false"`);
  writeFileSync(file, source.replace(/^reviewed: false$/m, record(fingerprint)));
};
const notice = (html: string) => /<p class="lesson-notice"[\s\S]*?<\/p>/.exec(html)?.[0] ?? '';

describe('a lesson reviewed by a lawyer, then edited', () => {
  let copy = '';
  let build = { status: null as number | null, output: '' };
  let signedPrint = '';
  let before = '';
  let after = '';

  beforeAll(() => {
    if (!signed || !edited) throw new Error('the scenario needs two lessons');
    copy = copySite('lawyer-review-', false);
    const signedFile = join(copy, 'content/docs', locale, `${signed}.mdx`);
    signedPrint = fingerprintOfFile(signedFile);
    addRecord(signedFile, signedPrint);

    // The lawyer signs the sheet of the second lesson; then an editor changes one sentence of it.
    const editedFile = join(copy, 'content/docs', locale, `${edited}.mdx`);
    before = fingerprintOfFile(editedFile);
    addRecord(editedFile, before);
    const source = readFileSync(editedFile, 'utf8');
    const sentence = /^## .*\n\n([^<\n-].*\.)/m.exec(source)?.[1];
    if (!sentence) throw new Error(`${editedFile}: no paragraph after a heading to edit`);
    writeFileSync(editedFile, source.replace(sentence, `${sentence.slice(0, -1)}, как сказано выше.`));
    after = fingerprintOfFile(editedFile);
    build = buildCopy(copy, 240_000);
  }, 300_000);

  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  }, 120_000); // node_modules is a tree of hard links: slow to remove on a busy machine

  const page = (path: string) => readFileSync(join(copy, 'dist', locale, path, 'index.html'), 'utf8');

  it('says "reviewed by a lawyer" on the lesson whose text is the one signed', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const text = notice(page(signed ?? ''));
    expect(text).toContain('data-review="current"');
    expect(text).toContain(reviewer);
    expect(text).not.toContain('data-review="changed"');
    expect(page(`${signed}/review`)).toContain(`data-fingerprint="${signedPrint}"`);
  });

  it('says "changed since review" once one sentence changed, and the sheet shows the new fingerprint', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(after).not.toBe(before);
    const text = notice(page(edited ?? ''));
    expect(text).toContain('data-review="changed"');
    expect(text).toContain('data-reviewed-on="2026-12-01"');
    expect(text).toContain(ui['lesson.reviewChanged']?.split('{{date}}')[0]?.trim());
    expect(text).not.toContain(reviewer);
    const sheet = page(`${edited}/review`);
    expect(sheet).toContain(`data-fingerprint="${after}"`);
    expect(sheet).not.toContain(before);
  });
});
