import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { buildVocabulary } from '../lib/search/vocabulary.ts';

/** Where the typo corrector finds a locale's vocabulary (fetched only when a correction is needed). */
export const vocabularyFile = (locale: string) => `search/vocab-${locale}.json`;

/** The text Pagefind indexed for each page of a language: its fragments' content and title. */
export function indexedTexts(pagefindDir: string, language: string): string[] {
  const texts: string[] = [];
  for (const file of readdirSync(`${pagefindDir}/fragment`)) {
    if (!file.startsWith(`${language}_`)) continue;
    const raw = gunzipSync(readFileSync(`${pagefindDir}/fragment/${file}`)).toString('utf8');
    // Pagefind prefixes its compressed files with a signature ("pagefind_dcd") before the JSON.
    const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as { content: string; meta?: { title?: string } };
    texts.push(fragment.meta?.title ?? '', fragment.content);
  }
  return texts;
}

/**
 * Writes one vocabulary per language from what Pagefind indexed: the words with their frequencies, for
 * typo correction (src/lib/search/typo.ts). Listed after Starlight, whose build:done hook runs Pagefind,
 * and before the offline integration, which precaches these files with the locale's search index.
 */
export default function searchVocabulary(): AstroIntegration {
  return {
    name: 'search-vocabulary',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entry = JSON.parse(readFileSync(`${root}/pagefind/pagefind-entry.json`, 'utf8')) as {
          languages: Record<string, unknown>;
        };
        mkdirSync(`${root}/search`, { recursive: true });
        for (const language of Object.keys(entry.languages)) {
          const vocabulary = buildVocabulary(indexedTexts(`${root}/pagefind`, language));
          const json = JSON.stringify(vocabulary);
          writeFileSync(`${root}/${vocabularyFile(language)}`, json);
          logger.info(
            `${vocabularyFile(language)}: ${vocabulary.words.length} words, ${(json.length / 1024).toFixed(1)} KiB`,
          );
        }
      },
    },
  };
}
