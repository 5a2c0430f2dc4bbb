import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/lib/ui-strings.ts';
import { localeCodes } from '../../src/config/locales.ts';

const dist = 'dist';

const htmlFiles = (dir: string) => globSync('**/*.html', { cwd: dir }).map((f) => join(dir, f));

/** Starlight's built-in strings (what a page shows when a locale lacks a key). */
function builtinStrings(locale: string): string[] {
  const source = readFileSync(`node_modules/@astrojs/starlight/dist/translations/${locale}.js`, 'utf8');
  return [...source.matchAll(/"[\w.]+":\s*"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
}

/** Distinctive fragments of a UI string: the text between placeholders, long enough not to collide. */
function fragments(value: string): string[] {
  return value
    .split(/\[[A-Z_]+\]|\{\{?\w+\}?\}|\n/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 6 && /\p{L}{3}/u.test(s));
}

/**
 * What a reader sees or hears of a page: scripts, styles, URLs, class names and index-only attributes are dropped, and so are
 * passages marked as another language (the glossary lists each term in all three on purpose).
 */
function readerText(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, '')
    .replace(/<(\w+)\b[^>]*\blang="(?!kk)[^"]*"[^>]*>[\s\S]*?<\/\1>/g, '')
    // Tag names and Open Graph types are markup, not words ("article", "section").
    .replace(/<(\/?)[a-zA-Z][\w-]*/g, '<$1')
    .replace(/<\s[^>]*property="og:type"[^>]*>/g, '')
    // data-* attributes, with or without a value, are for scripts, not readers.
    .replace(/\sdata-[a-z-]+(?:="[^"]*")?(?=[\s/>])/g, '')
    .replace(/\s(?:src|href|srcset|class|id|rel|type|hreflang|for|name|aria-labelledby|aria-describedby|aria-controls|data-[a-z-]+)="[^"]*"/g, '');
}

describe('built site', () => {
  it('has been built', () => {
    expect(existsSync(join(dist, 'kk/index.html'))).toBe(true);
  });

  it.each(['', 'kk/', 'ru/', 'en/', ...['initiatives', 'lessons', 'council', 'glossary', 'about'].flatMap((s) => localeCodes.map((l) => `${l}/${s}/`))])(
    'emits /%s',
    (path) => {
      expect(existsSync(join(dist, path, 'index.html'))).toBe(true);
    },
  );

  it('no Kazakh page shows a Russian or English UI string', () => {
    const kkValues = new Set(Object.values(dictionaries.kk).flatMap(fragments));
    const foreign = new Set(
      [...Object.values(dictionaries.ru), ...Object.values(dictionaries.en), ...builtinStrings('en'), ...builtinStrings('ru')]
        .flatMap(fragments)
        .filter((f) => !kkValues.has(f)),
    );
    const offending: string[] = [];
    for (const file of htmlFiles(join(dist, 'kk'))) {
      const html = readerText(readFileSync(file, 'utf8'));
      for (const fragment of foreign) {
        if (html.includes(fragment)) offending.push(`${file}: "${fragment}"`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('Kazakh pages declare lang="kk"', () => {
    for (const file of htmlFiles(join(dist, 'kk'))) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).toMatch(/<html[^>]*\blang="kk"/);
    }
  });
});
