import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { legalActs, lessons, locales } from '../helpers/content.ts';

// The "changes to watch" page lists exactly the cited acts that are repealed, were checked before a change
// (their own entry into force, or their replacement's), or wait for a check: derived here from the files.
describe.each(locales)('%s changes to watch', (locale) => {
  it('lists every cited act whose status or text changed after its check, or that waits for one', () => {
    const acts = legalActs() as (ReturnType<typeof legalActs>[number] & { inForceSince: Date | 'pending' })[];
    const byId = new Map(acts.map((a) => [a.id, a]));
    const sources = lessons(locale).flatMap((l) => l.data.sources as { act: string; articles?: unknown }[]);
    const time = (d: Date | 'pending' | undefined) => (d instanceof Date ? d.getTime() : Number.NaN);
    const expected = acts
      .filter((a) => sources.some((s) => s.act === a.id))
      .filter((a) => {
        const replacement = a.replacedBy ? byId.get(a.replacedBy) : undefined;
        const checked = time(a.checkedOn);
        const changedAfter = [a.inForceSince, replacement?.inForceSince].some((d) => time(d) > checked);
        const pending =
          a.adilet === 'pending' ||
          a.checkedOn === 'pending' ||
          sources.some((s) => s.act === a.id && s.articles === 'pending');
        return a.status === 'repealed' || changedAfter || pending;
      })
      .map((a) => a.id);
    const html = readFileSync(`dist/${locale}/changes-to-watch/index.html`, 'utf8');
    const listed = [...html.matchAll(/data-watch-act="([^"]+)"/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
  });
});
