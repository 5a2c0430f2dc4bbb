// A private copy of the project for tests that build a variant of the site (other content) with Astro.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

// Top-level entries a build does not need.
const skipped = new Set(['node_modules', 'dist', '.astro', '.git', 'tests', 'test-results', 'playwright-report']);

/**
 * Copies the project to a temp directory; `withoutDocs` leaves content/docs out for a fixture's own, and
 * `withHistory` keeps .git so the copy's pages carry the same git dates as a deploy's (for comparing two builds).
 */
export function copySite(prefix: string, withoutDocs: boolean, withHistory = false): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  const root = process.cwd();
  cpSync(root, copy, {
    recursive: true,
    filter: (src) => {
      const rel = relative(root, src);
      const top = rel.split(/[\\/]/)[0] ?? '';
      if (withHistory && top === '.git') return true;
      return !skipped.has(top) && !(withoutDocs && /^content[\\/]docs([\\/]|$)/.test(rel));
    },
  });
  // Hard links, not a symlink: Astro resolves a symlinked node_modules outside the project and breaks.
  const link = spawnSync('cp', ['-al', 'node_modules', join(copy, 'node_modules')], { encoding: 'utf8' });
  if (link.status !== 0) throw new Error(`cp -al node_modules failed: ${link.stderr}`);
  return copy;
}

/** Runs `astro build` in a copy; returns the exit status and the output without colour codes. */
export function buildCopy(copy: string, timeout: number): { status: number | null; output: string } {
  const build = spawnSync(process.execPath, [join(copy, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: copy,
    encoding: 'utf8',
    timeout,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  // eslint-disable-next-line no-control-regex
  return { status: build.status, output: `${build.stdout}${build.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}
