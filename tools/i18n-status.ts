// Prints which translations are missing, awaiting, outdated or up to date, against the Russian source.
// Usage: npm run i18n:status [-- <contentDocsDir>]
// Exits 1 only when a page is missing in a locale without being flagged in awaitingTranslation
// (the build fails on that too); an outdated translation is a warning.
import { defaultLocale, localeCodes, type Locale } from '../src/config/locales.ts';
import { hasGitHistory } from '../src/server/git-dates.ts';
import { readPageFiles } from '../src/server/translation-sources.ts';
import {
  cellsIn,
  countStates,
  isoDay,
  translationStatus,
  type TranslationCell,
} from '../src/lib/translation-status.ts';

const docsDir = process.argv[2] ?? 'content/docs';
const cwd = process.cwd();
const files = readPageFiles(docsDir, cwd);
const rows = translationStatus(files);
const fileOf = (locale: Locale, slug: string) =>
  rows.find((r) => r.slug === slug)?.cells[locale].file ?? `${docsDir}/${locale}/${slug || 'index'}.mdx`;

const label = (cell: TranslationCell) => {
  const day = isoDay(cell.lastCommit);
  return cell.state === 'missing' || cell.state === 'awaiting'
    ? cell.state
    : `${cell.state} ${day ?? '(date unknown)'}`;
};
const header = ['page', ...localeCodes.map((l) => (l === defaultLocale ? `${l} (source)` : l))];
const table = [
  header,
  ...rows.map((r) => [
    `${r.slug || '(home)'}${r.draft ? ' (draft)' : ''}`,
    ...localeCodes.map((l) => label(r.cells[l])),
  ]),
];
const widths = header.map((_, i) => Math.max(...table.map((line) => (line[i] ?? '').length)));
for (const [i, line] of table.entries()) {
  console.log(
    line
      .map((text, c) => text.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}

const counts = countStates(rows);
console.log(
  `\n${rows.length} pages: ${counts['up-to-date']} up to date, ${counts.outdated} outdated, ${counts.awaiting} awaiting, ${counts.missing} missing, ${counts.unknown} unknown.`,
);
if (!hasGitHistory(cwd)) {
  console.log(
    'No full git history here (not a repository, or a shallow clone): dates are unknown, so outdated translations cannot be found.',
  );
}

for (const { slug, locale } of cellsIn(rows, 'outdated')) {
  const row = rows.find((r) => r.slug === slug);
  const source = isoDay(row?.cells[defaultLocale].lastCommit ?? null);
  const own = isoDay(row?.cells[locale].lastCommit ?? null);
  console.warn(
    `  ! ${fileOf(locale, slug)}: outdated — the ${defaultLocale} source changed on ${source}, after this translation's last change on ${own}`,
  );
}
const missing = cellsIn(rows, 'missing');
for (const { slug, locale } of missing) {
  const source = fileOf(defaultLocale, slug);
  console.error(
    `  ✗ ${fileOf(locale, slug)}: missing; add it, or list "${locale}" in awaitingTranslation of ${source}`,
  );
}
process.exit(missing.length > 0 ? 1 : 0);
