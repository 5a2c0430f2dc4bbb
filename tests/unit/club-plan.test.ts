import { describe, expect, it } from 'vitest';
import { cleanName, isPlanDate, parsePlan, planHash, type ClubPlan } from '../../src/lib/club-plan.ts';

const known = new Set([1, 2, 3, 4, 5]);

describe('club plan link', () => {
  it('round-trips a plan: order, dates and a name in any script', () => {
    const plan: ClubPlan = {
      name: 'Заң Үйірмесі — 8 «Б» & co',
      items: [{ lesson: 3, date: '2026-09-01' }, { lesson: 1 }, { lesson: 5, date: '2026-09-15' }],
    };
    const parsed = parsePlan(`#${planHash(plan)}`, known);
    expect(parsed).toEqual({ plan, problems: [], present: true });
  });

  it('keeps what is valid in a tampered link and reports the rest', () => {
    const parsed = parsePlan('#v=1&c=Club&l=2,99,3:2026-02-30,x!,2,4:2026-10-05', known);
    expect(parsed.plan.items).toEqual([{ lesson: 2 }, { lesson: 3 }, { lesson: 4, date: '2026-10-05' }]);
    expect(parsed.problems).toEqual([
      { kind: 'unknown-lesson', lesson: 99 },
      { kind: 'bad-date', lesson: 3, value: '2026-02-30' },
      { kind: 'garbled', value: 'x!' },
      { kind: 'duplicate', lesson: 2 },
    ]);
  });

  it('never throws on garbage', () => {
    for (const hash of [
      '#%',
      '#l=%E0%A4%A',
      '#c=%ZZ&l=,,,',
      '#' + 'l='.repeat(1000),
      '#v=9&l=1',
      '#hello',
      '#l=1:' + 'x'.repeat(500),
    ]) {
      expect(() => parsePlan(hash, known)).not.toThrow();
    }
    expect(parsePlan('#v=9&l=1', known).problems).toEqual([{ kind: 'version', value: '9' }]);
    expect(parsePlan('#hello', known)).toMatchObject({ present: true, plan: { items: [] } });
    expect(parsePlan('', known)).toEqual({ plan: { name: '', items: [] }, problems: [], present: false });
  });

  it('checks calendar dates and cleans names', () => {
    expect(isPlanDate('2028-02-29')).toBe(true);
    expect(isPlanDate('2026-02-29')).toBe(false);
    expect(isPlanDate('2026-13-01')).toBe(false);
    expect(isPlanDate('1.9.2026')).toBe(false);
    expect(cleanName('  a\u0000\nb  ')).toBe('a b');
    expect([...cleanName('ә'.repeat(200))]).toHaveLength(80);
  });
});
