let counter = 0;

/** Ids unique within a build, deterministic for the same content (unlike random ids). */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
