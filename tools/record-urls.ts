// Records every page address of the build in content/data/published-urls.txt, the ledger of what has been
// published. Addresses are only ever added: one that disappears later must redirect (`redirectFrom`), and
// tests/dist/published-urls.test.ts fails the build's checks until it does. Usage: npm run urls:record [-- dist]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { builtPaths } from './lib/dist-pages.ts';
import { LEDGER, ledgerHeader, readLedger } from './lib/published-urls.ts';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.error(`No build in ${dist}/: run npm run build first.`);
  process.exit(2);
}
const recorded = existsSync(LEDGER) ? readLedger(readFileSync(LEDGER, 'utf8')) : [];
const added = builtPaths(dist).filter((p) => !recorded.includes(p));
const all = [...new Set([...recorded, ...added])].sort();
writeFileSync(LEDGER, `${ledgerHeader}${all.join('\n')}\n`);
console.log(
  added.length
    ? `Recorded ${added.length} new address(es) in ${LEDGER} (${all.length} in all):\n  ${added.join('\n  ')}`
    : `Nothing new: all ${all.length} addresses of the build are recorded in ${LEDGER}.`,
);
