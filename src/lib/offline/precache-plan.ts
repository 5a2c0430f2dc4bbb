/**
 * Which built files a locale's service worker precaches (pure; tested).
 * The reader's locale is stored whole — pages, glossary, offline page, and exactly the Pagefind files
 * that locale's index needs — so search works offline. Other locales are cached when first used.
 */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

export function precacheGlobs(locale: string, entry: PagefindEntry): string[] {
  const lang = entry.languages[locale];
  if (!lang) {
    throw new Error(
      `Pagefind built no index for "${locale}" (languages: ${Object.keys(entry.languages).join(', ')}); check <html lang>`,
    );
  }
  return [
    `${locale}/**/*.html`,
    // Every locale's offline page, so a navigation in any locale fails gracefully.
    '*/offline/index.html',
    '_astro/**/*.{js,css}',
    'icon.svg',
    'icons/*.png',
    `${locale}/manifest.webmanifest`,
    'pagefind/pagefind.js',
    'pagefind/pagefind-worker.js',
    'pagefind/pagefind-entry.json',
    `pagefind/pagefind.${lang.hash}.pf_meta`,
    `pagefind/wasm.${lang.wasm ?? 'unknown'}.pagefind`,
    `pagefind/index/${locale}_*.pf_index`,
    `pagefind/fragment/${locale}_*.pf_fragment`,
    `pagefind/filter/${locale}_*.pf_filter`,
  ];
}

/** Service worker script name for a locale; all share scope `/`, so one is active at a time. */
export function serviceWorkerFile(locale: string): string {
  return `sw-${locale}.js`;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}
