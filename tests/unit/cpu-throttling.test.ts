import { describe, expect, it } from 'vitest';
import { calibratedMultiplier, DEFAULT_MULTIPLIER, REFERENCE_INDEX } from '../../tools/lib/cpu-throttling.ts';

describe('Lighthouse CPU throttling calibrated from the benchmark index', () => {
  it('keeps the default on a host as fast as the reference or faster', () => {
    expect(calibratedMultiplier(REFERENCE_INDEX)).toBe(DEFAULT_MULTIPLIER);
    expect(calibratedMultiplier(REFERENCE_INDEX * 1.5)).toBe(DEFAULT_MULTIPLIER);
  });

  it('slows a busy host less, in proportion, so the emulated phone stays the same', () => {
    const half = calibratedMultiplier(REFERENCE_INDEX / 2);
    expect(half).toBeCloseTo(DEFAULT_MULTIPLIER / 2, 2);
    expect(calibratedMultiplier(1046)).toBeLessThan(DEFAULT_MULTIPLIER);
    expect(calibratedMultiplier(1046)).toBeGreaterThan(half);
  });

  it('never goes below no slowdown, and falls back to the default on a missing index', () => {
    expect(calibratedMultiplier(10)).toBe(1);
    expect(calibratedMultiplier(Number.NaN)).toBe(DEFAULT_MULTIPLIER);
    expect(calibratedMultiplier(0)).toBe(DEFAULT_MULTIPLIER);
  });
});
