// Last-commit dates from git, for the translation report and its build-time page. Without a usable
// history (no .git, git missing, shallow clone) every date is null and shown as unknown: never a guess.
import { execFileSync } from 'node:child_process';

const historyCache = new Map<string, boolean>();
const commitCache = new Map<string, number | null>();

function git(cwd: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null; // not a repository, or git is not installed
  }
}

/**
 * Whether `cwd` has a full git history. In a shallow clone the oldest commit stands in for every
 * older change, so its dates would be wrong: they are reported as unknown instead.
 */
export function hasGitHistory(cwd: string): boolean {
  let known = historyCache.get(cwd);
  if (known === undefined) {
    known = git(cwd, ['rev-parse', '--is-shallow-repository']) === 'false';
    historyCache.set(cwd, known);
  }
  return known;
}

/** Unix seconds of the last commit that touched `file` (relative to `cwd`), or null when unknown. */
export function lastCommitTime(file: string, cwd: string): number | null {
  const key = `${cwd}\0${file}`;
  if (commitCache.has(key)) return commitCache.get(key) ?? null;
  let time: number | null = null;
  if (hasGitHistory(cwd)) {
    const out = git(cwd, ['log', '-1', '--format=%ct', '--', file]);
    time = out && /^\d+$/.test(out) ? Number(out) : null;
  }
  commitCache.set(key, time);
  return time;
}
