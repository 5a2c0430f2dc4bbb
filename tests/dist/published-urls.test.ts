import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPaths } from '../../tools/lib/dist-pages.ts';
import { LEDGER, readLedger } from '../../tools/lib/published-urls.ts';

// Links must never break: every address ever published (the ledger) still answers, as a page or a redirect.
const ledger = readLedger(readFileSync(LEDGER, 'utf8'));
const built = builtPaths();

describe('published addresses', () => {
  it('every address in the ledger is still served (a page, or a redirect from `redirectFrom`)', () => {
    const served = new Set(built);
    const gone = ledger.filter((p) => !served.has(p));
    expect(gone, `gone from the build: add each old path to the redirectFrom of the page that replaced it`).toEqual(
      [],
    );
  });

  it('every page of the build is in the ledger', () => {
    const recorded = new Set(ledger);
    const unrecorded = built.filter((p) => !recorded.has(p));
    expect(unrecorded, `not recorded: run npm run urls:record and commit ${LEDGER}`).toEqual([]);
  });
});
