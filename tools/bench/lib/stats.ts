// Arithmetic and formatting for benchmark figures. Budgets compare this site with bare Starlight measured
// on the same machine in the same run, so the figures that matter are ratios and differences.

export const KIB = 1024;

/** `value / baseline`; a zero or negative baseline makes a ratio meaningless, so it throws. */
export function ratio(value: number, baseline: number): number {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline <= 0) {
    throw new Error(`ratio: baseline must be a positive number (got ${baseline} for value ${value})`);
  }
  return value / baseline;
}

/** Linear-interpolation percentile (the "R-7" definition used by spreadsheets and NumPy), p in [0, 100]. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile: no values');
  if (!(p >= 0 && p <= 100)) throw new Error(`percentile: p must be between 0 and 100 (got ${p})`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const low = sorted[lo] as number;
  const high = sorted[hi] as number;
  return low + (high - low) * (rank - lo);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function formatKiB(bytes: number, digits = 1): string {
  return `${(bytes / KIB).toFixed(digits)} KiB`;
}

export function formatMiB(bytes: number): string {
  return `${(bytes / KIB / KIB).toFixed(0)} MiB`;
}

export function formatRatio(value: number): string {
  return `${value.toFixed(2)}×`;
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** A signed difference, e.g. `+3.2 KiB` or `-0.4 KiB`. */
export function formatKiBDelta(bytes: number): string {
  return `${bytes >= 0 ? '+' : '-'}${formatKiB(Math.abs(bytes))}`;
}
