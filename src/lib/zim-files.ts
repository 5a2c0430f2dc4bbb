// Names of the Kiwix files (npm run zim), shared by tools/zim.ts, the offline-packs page and the tests.

/** ZIM metadata wants ISO 639-3 language codes. */
const iso6393: Record<string, string> = { kk: 'kaz', ru: 'rus', en: 'eng' };

export function zimLanguage(locale: string): string {
  const code = iso6393[locale];
  if (!code) throw new Error(`src/lib/zim-files.ts: no ISO 639-3 code for locale "${locale}"; add it to iso6393`);
  return code;
}

/** `shymkent-public-safety_kk.zim`: the same name every build, so links to it do not change. */
export const zimFileName = (locale: string) => `shymkent-public-safety_${locale}.zim`;
