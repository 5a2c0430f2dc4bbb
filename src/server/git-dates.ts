// Last-commit dates from git, for the translation report and its build-time page. Without a usable
// history (no .git, git missing, shallow clone) every date is null and shown as unknown: never a guess.
import { execFileSync } from 'node:child_process';

const historyCache = new Map<string, boolean>();

function git(cwd: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    }).trim();
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

const timesCache = new Map<string, Map<string, number>>();

/**
 * Unix seconds of the last commit that touched each file under `cwd`, from one `git log` pass (newest first,
 * so a file's first appearance is its last change): one process for the whole site, not one per file.
 */
function commitTimes(cwd: string): Map<string, number> {
  let times = timesCache.get(cwd);
  if (times) return times;
  times = new Map();
  const out = hasGitHistory(cwd) ? git(cwd, ['log', '--format=t:%ct', '--name-only', '--relative', '--', '.']) : null;
  let current = 0;
  for (const line of (out ?? '').split('\n')) {
    if (line.startsWith('t:')) current = Number(line.slice(2));
    else if (line && !times.has(line)) times.set(line, current);
  }
  timesCache.set(cwd, times);
  return times;
}

/** Unix seconds of the last commit that touched `file` (relative to `cwd`), or null when unknown. */
export function lastCommitTime(file: string, cwd: string): number | null {
  return commitTimes(cwd).get(file.replace(/\\/g, '/').replace(/^\.\//, '')) ?? null;
}
