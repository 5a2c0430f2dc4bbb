import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkQuestionsParity,
  checkUnfinished,
  validateFrontmatter,
  type RawPage,
} from '../../tools/lib/content-check.ts';
import { FILL_IN, nextLessonNumber, planScaffold, slugProblem } from '../../tools/lib/scaffold.ts';
import { localeCodes } from '../../src/config/locales.ts';

const none = () => false;

function plan(kind: string, slug: string, lessonNumbers: number[] = [], exists: (p: string) => boolean = none) {
  return planScaffold({ kind, slug, exists, lessonNumbers });
}

/** Reads a scaffolded file the way the content check does. */
function asPage(path: string, content: string): RawPage {
  const [, locale = '', ...rest] = /^content\/docs\/(.+)\.mdx$/.exec(path)?.[1]?.split('/') ?? [];
  const match = /^---\n([\s\S]*?)\n---/.exec(content);
  return { file: path, locale, slug: rest.join('/'), frontmatter: yaml.load(match?.[1] ?? '') };
}

describe('slug validation', () => {
  it.each(['road-safety', 'lesson-14', 'kiberpol'])('accepts %s', (slug) => {
    expect(slugProblem(slug)).toBeUndefined();
  });

  it.each(['Road-Safety', 'road safety', 'road_safety', 'кибер', '-road', 'road-', 'road--safety', ''])(
    'rejects %j',
    (slug) => {
      expect(slugProblem(slug)).toMatch(/lowercase latin letters/);
    },
  );

  it('rejects index, the section page', () => {
    expect(slugProblem('index')).toMatch(/section/);
  });
});

describe('lesson numbers', () => {
  it('takes the number after the highest, not after the count', () => {
    expect(nextLessonNumber([1, 2, 3, 7])).toBe(8);
    expect(nextLessonNumber([13, 13, 13, 2])).toBe(14);
  });

  it('starts a course at 1', () => {
    expect(nextLessonNumber([])).toBe(1);
  });
});

describe('planScaffold', () => {
  it.each([
    ['lesson', 'lessons'],
    ['initiative', 'initiatives'],
    ['council', 'council'],
  ])('%s pages go to %s/ in kk, ru and en', (kind, dir) => {
    const result = plan(kind, 'new-thing');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.files.map((f) => f.path).sort()).toEqual(
      [...localeCodes].sort().map((l) => `content/docs/${l}/${dir}/new-thing.mdx`),
    );
  });

  it.each(['lesson', 'initiative', 'council'])('a new %s passes the schema in every locale and is a draft', (kind) => {
    const result = plan(kind, 'new-thing', [1, 2, 13]);
    if (!result.ok) throw new Error(result.error);
    for (const file of result.files) {
      const page = asPage(file.path, file.content);
      expect(validateFrontmatter(page), file.path).toEqual([]);
      expect((page.frontmatter as { draft?: unknown }).draft, file.path).toBe(true);
      expect(file.content).toContain(FILL_IN);
    }
  });

  it('numbers a new lesson after the existing ones, the same in every locale', () => {
    const result = plan('lesson', 'road-safety', [1, 2, 13]);
    if (!result.ok) throw new Error(result.error);
    const numbers = result.files.map((f) => (asPage(f.path, f.content).frontmatter as { lesson: number }).lesson);
    expect(numbers).toEqual([14, 14, 14]);
  });

  it('gives a lesson four quiz questions, the lesson components and sources in the locale of the page', () => {
    const result = plan('lesson', 'road-safety', [3]);
    if (!result.ok) throw new Error(result.error);
    for (const file of result.files) {
      const fm = asPage(file.path, file.content).frontmatter as { quiz: unknown[]; sources: { act: string }[] };
      expect(fm.quiz).toHaveLength(4);
      // Sources name registry acts (links come from the registry) and are marked to be filled in.
      for (const source of fm.sources) expect(source.act).toMatch(/^[a-z0-9-]+$/);
      expect(file.content).toMatch(/- act: [a-z0-9-]+ # FILL-IN/);
      for (const tag of ['<Case', '<Quiz />', '<HelpContacts', '<TeacherNotes>']) expect(file.content).toContain(tag);
      expect(file.content).toContain("from '~/components/lesson.ts'");
    }
  });

  it.each(['lesson', 'initiative'])('gives a new %s everyday questions to fill in, in every locale', (kind) => {
    const result = plan(kind, 'road-safety', [3]);
    if (!result.ok) throw new Error(result.error);
    const planned = result.files.map((f) => asPage(f.path, f.content));
    for (const page of planned) {
      const questions = (page.frontmatter as { questionsAnswered?: unknown }).questionsAnswered;
      expect(Array.isArray(questions) ? questions.length : 0, page.file).toBeGreaterThanOrEqual(3);
      expect(String((questions as unknown[])[0]), page.file).toContain(FILL_IN);
    }
    // Every translation has them, so the scaffolded pages pass the parity check together.
    expect(checkQuestionsParity(planned)).toEqual([]);
  });

  it('uses the slug as the initiative id', () => {
    const result = plan('initiative', 'road-watch');
    if (!result.ok) throw new Error(result.error);
    for (const f of result.files) {
      expect((asPage(f.path, f.content).frontmatter as { initiativeId: string }).initiativeId).toBe('road-watch');
    }
  });

  it('writes Kazakh and English templates, not copies of the Russian one', () => {
    const result = plan('lesson', 'road-safety');
    if (!result.ok) throw new Error(result.error);
    const byLocale = Object.fromEntries(result.files.map((f) => [f.path.split('/')[2], f.content]));
    expect(byLocale.kk).toMatch(/[әғқңөұүһі]/);
    expect(byLocale.en).not.toMatch(/[а-яё]{4,}/i);
    expect(byLocale.kk).not.toEqual(byLocale.ru);
  });

  it('refuses a slug that exists in any locale, naming the file', () => {
    const result = plan('lesson', 'cyberbullying', [], (p) => p === 'content/docs/kk/lessons/cyberbullying.mdx');
    expect(result).toEqual({ ok: false, error: expect.stringContaining('content/docs/kk/lessons/cyberbullying.mdx') });
  });

  it('refuses a malformed slug and an unknown kind', () => {
    expect(plan('lesson', 'Road Safety')).toMatchObject({ ok: false, error: expect.stringMatching(/lowercase/) });
    expect(plan('lessons', 'road-safety')).toMatchObject({ ok: false, error: expect.stringMatching(/lesson, /) });
  });

  it('a scaffolded page that is published before it is filled in fails the content check', () => {
    const result = plan('council', 'spring-session');
    if (!result.ok) throw new Error(result.error);
    const file = result.files[0];
    if (!file) throw new Error('no file');
    const published = file.content.replace(/^draft: true\n/m, '');
    const page = asPage(file.path, published);
    expect(checkUnfinished(asPage(file.path, file.content), file.content)).toEqual([]);
    expect(checkUnfinished(page, published)).toHaveLength(1);
  });
});

describe('npm run new (the script)', () => {
  const script = resolve('tools/new-page.ts');
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function project(): string {
    dir = mkdtempSync(join(tmpdir(), 'scaffold-'));
    for (const locale of localeCodes) {
      mkdirSync(join(dir, 'content/docs', locale, 'lessons'), { recursive: true });
      writeFileSync(
        join(dir, 'content/docs', locale, 'lessons/old.mdx'),
        '---\ntitle: Old\nkind: lesson\nlesson: 5\n---\n',
      );
    }
    return dir;
  }
  const run = (cwd: string, ...args: string[]) =>
    spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8' });
  const files = (cwd: string) =>
    localeCodes.flatMap((l) => readdirSync(join(cwd, 'content/docs', l, 'lessons')).map((f) => `${l}/${f}`));

  it('creates the lesson in three locales with the next number', () => {
    const cwd = project();
    const result = run(cwd, 'lesson', 'road-safety');
    expect(result.status, result.stderr).toBe(0);
    for (const locale of localeCodes) {
      const path = join(cwd, 'content/docs', locale, 'lessons/road-safety.mdx');
      expect(existsSync(path)).toBe(true);
      expect(execFileSync('grep', ['-c', '^lesson: 6$', path], { encoding: 'utf8' }).trim()).toBe('1');
    }
  });

  it.each([
    [['lesson', 'old'], /already exists/],
    [['lesson', 'Road_Safety'], /lowercase latin letters/],
    [['lesson'], /Usage/],
  ])('refuses %j with exit code 1 and writes nothing', (args, message) => {
    const cwd = project();
    const before = files(cwd);
    const result = run(cwd, ...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(files(cwd)).toEqual(before);
  });
});
