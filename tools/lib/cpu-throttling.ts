// Lighthouse's mobile preset slows the CPU 4× to emulate a phone: right for a desktop of the class its default was
// chosen for, too harsh on a weaker or busy machine, whose own slowness it multiplies again. Lighthouse's
// throttling guide ("Calibrating multipliers", docs/throttling.md) scales the multiplier with the host's
// benchmark index, which every run reports. This is that scaling, never harsher than the default.

/** Lighthouse's default CPU slowdown in its mobile preset. */
export const DEFAULT_MULTIPLIER = 4;
/**
 * The benchmark index for which the default is taken as right: a quiet 2-core machine of the kind CI runs on
 * measures 2,000–2,700 (a busy one fell to ~1,050 in one run, which the default multiplied into a score of 73).
 */
export const REFERENCE_INDEX = 2000;

/** The CPU slowdown that makes a host with this benchmark index emulate the same phone as the reference host. */
export function calibratedMultiplier(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) return DEFAULT_MULTIPLIER;
  const scaled = (DEFAULT_MULTIPLIER * benchmarkIndex) / REFERENCE_INDEX;
  return Math.round(Math.min(DEFAULT_MULTIPLIER, Math.max(1, scaled)) * 100) / 100;
}
