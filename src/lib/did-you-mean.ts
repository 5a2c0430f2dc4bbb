import { distance } from 'fastest-levenshtein';

/** ` (did you mean "offence"?)` when a known id is within a typo or two of `id`. */
export function didYouMean(id: string, known: Iterable<string>): string {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(id.length / 4)) + 1;
  for (const candidate of known) {
    const d = distance(id, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best ? ` (did you mean "${best}"?)` : '';
}
