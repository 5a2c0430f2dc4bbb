// Runs a command as a child process and reports its wall time and peak memory (max RSS of the largest
// process in its tree): GNU time when installed, else polling /proc/<pid>/status of the process tree.
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseChildren, parseGnuTime, parseProcStatusPeak } from './lib/process-stats.ts';

export interface RunStats {
  /** Wall-clock time. */
  ms: number;
  /** User + system CPU time, less disturbed than wall time by other work on a shared machine; undefined without GNU time. */
  cpuMs: number | undefined;
  /** Peak resident set size in bytes. */
  peakRss: number;
}

const GNU_TIME = '/usr/bin/time';

function treePeak(pid: number): number {
  let peak = 0;
  const visit = (p: number) => {
    try {
      peak = Math.max(peak, parseProcStatusPeak(readFileSync(`/proc/${p}/status`, 'utf8')) ?? 0);
      for (const tid of readdirSync(`/proc/${p}/task`)) {
        parseChildren(readFileSync(`/proc/${p}/task/${tid}/children`, 'utf8')).forEach(visit);
      }
    } catch {
      // the process ended between listing and reading
    }
  };
  visit(pid);
  return peak;
}

/** Runs `command` in `cwd`, appending its output to `log`; rejects naming the log when it fails. */
export async function measured(
  command: readonly string[],
  cwd: string,
  log: string,
  env: Record<string, string> = {},
): Promise<RunStats> {
  const useTime = existsSync(GNU_TIME);
  const report = `${log}.time`;
  const argv = useTime ? [GNU_TIME, '-v', '-o', report, ...command] : [...command];
  const out = openSync(log, 'a');
  const started = performance.now();
  const child = spawn(argv[0] as string, argv.slice(1), {
    cwd,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', out, out],
  });
  let polled = 0;
  const poll = useTime ? undefined : setInterval(() => (polled = Math.max(polled, treePeak(child.pid ?? 0))), 50);
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (c, signal) => resolve(c ?? (signal ? 128 : 1)));
  });
  const ms = performance.now() - started;
  if (poll) clearInterval(poll);
  closeSync(out);
  if (code !== 0) {
    const tail = readFileSync(log, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`\`${command.join(' ')}\` failed in ${cwd} (exit ${code}); log: ${log}\n${tail}`);
  }
  if (!useTime) return { ms, cpuMs: undefined, peakRss: polled };
  const { maxRss, cpuMs } = parseGnuTime(readFileSync(report, 'utf8'));
  return { ms, cpuMs, peakRss: maxRss };
}

export interface BuildStats extends RunStats {
  steps: RunStats[];
}

/** Runs the commands one after another: total times, and the highest peak of any of them. */
export async function measuredAll(
  commands: readonly (readonly string[])[],
  cwd: string,
  log: string,
  env: Record<string, string> = {},
): Promise<BuildStats> {
  const steps: RunStats[] = [];
  for (const command of commands) steps.push(await measured(command, cwd, log, env));
  const cpu = steps.map((s) => s.cpuMs);
  return {
    ms: steps.reduce((sum, s) => sum + s.ms, 0),
    cpuMs: cpu.every((c) => c !== undefined) ? cpu.reduce((sum: number, c) => sum + (c ?? 0), 0) : undefined,
    peakRss: Math.max(...steps.map((s) => s.peakRss)),
    steps,
  };
}
