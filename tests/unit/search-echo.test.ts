import { describe, expect, it } from 'vitest';
import { ECHO_LENGTH, echoQuery } from '../../src/lib/search/query.ts';

describe('the query as the search dialog echoes it', () => {
  it('is kept whole when short, with its spaces collapsed', () => {
    expect(echoQuery('  кибер   буллинг ')).toBe('кибер буллинг');
  });
  it('ends in an ellipsis within the length when long, never cutting a letter in half', () => {
    const long = 'мені интернетте сыныптастарым қорлап жатыр '.repeat(8);
    const echoed = echoQuery(long);
    expect([...echoed].length).toBeLessThanOrEqual(ECHO_LENGTH);
    expect(echoed.endsWith('…')).toBe(true);
    expect(long.startsWith(echoed.slice(0, -1))).toBe(true);
    expect([...echoQuery('😡'.repeat(60))].every((c) => c === '😡' || c === '…')).toBe(true);
  });
});
