/** The ledger of every page address ever published (one path per line, `#` comments). */
export const LEDGER = 'content/data/published-urls.txt';

export const ledgerHeader = `# Every page address this site has published, kept so that none stops working: teachers' links and
# printed QR codes point here. Written by \`npm run urls:record\` after a build; never remove a line. When a
# page moves, list its old path in the new page's \`redirectFrom\`, and its old address keeps working.
`;

export function readLedger(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}
