import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * CSP hashes of the `<script is:inline>` blocks in Starlight components. Astro hashes the scripts it
 * bundles, but emits `is:inline` scripts verbatim without hashing them; hashing their source text here
 * keeps the policy strict (no 'unsafe-inline') and follows Starlight upgrades automatically.
 */
export function inlineScriptHashes(componentFiles: readonly string[]): `sha256-${string}`[] {
  const hashes = new Set<`sha256-${string}`>();
  for (const file of componentFiles) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/<script is:inline\b[^>]*>([\s\S]*?)<\/script>/g)) {
      hashes.add(
        `sha256-${createHash('sha256')
          .update(match[1] ?? '')
          .digest('base64')}`,
      );
    }
  }
  return [...hashes];
}
