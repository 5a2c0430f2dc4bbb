// The whole test run, stage by stage, as `npm run test:ci` (and so CI) runs it: every check, the slowest
// independent ones side by side, and the wall time of each stage printed at the end. Any failure fails the run,
// after the other stages of its group have finished (so one run shows every problem of that group).
import { spawn } from 'node:child_process';

interface Stage {
  name: string;
  command: string;
}

const stages: Stage[][] = [
  // Installing the browser and nginx waits on the network; type check, lint, format and unit tests read the
  // sources only (two CPU-bound lines for two cores): all side by side.
  [
    { name: 'install test dependencies', command: 'npm run --silent test:setup' },
    { name: 'astro check', command: 'npm run --silent check:types' },
    {
      name: 'eslint + prettier, unit tests',
      command: 'npm run --silent lint && npm run --silent format:check && npm run --silent test:unit',
    },
  ],
  [{ name: 'content check + build', command: 'npm run --silent build' }],
  // The built site is read-only from here on: its checks and the build scenarios (own copies) run side by side.
  [
    { name: 'built-HTML tests', command: 'npm run --silent test:dist' },
    { name: 'search recall floors (query sets in the built site)', command: 'npm run --silent test:search' },
    { name: 'build scenarios', command: 'npm run --silent test:build' },
    { name: 'Kiwix files (npm run zim) in kiwix-serve', command: 'npm run --silent zim && npm run --silent test:zim' },
  ],
  // The benchmark's budgets in CI are sizes, which load cannot move: it runs beside the browser tests at their
  // priority. (At `nice -n 19` it starved on a busy machine: two other processes at normal priority left it 1.5 %
  // of a core, and its 300-page build was still running 25 minutes after the browser tests had passed.)
  [
    { name: 'browser tests', command: 'npm run --silent test:e2e' },
    { name: 'benchmark (size budgets)', command: 'npm run --silent bench:ci' },
  ],
  // Lighthouse times pages: it runs alone (beside the benchmark's builds, `nice` did not shield it on 2 cores and
  // scores fell to 73), and calibrates its CPU slowdown to the machine's speed for a retry.
  [{ name: 'lighthouse', command: 'npm run --silent test:lighthouse' }],
];

const minutes = (ms: number) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** Runs a stage; beside others, its output is held and printed whole when it ends, so logs do not interleave. */
function run(stage: Stage, alone: boolean): Promise<{ stage: Stage; ms: number; code: number }> {
  const start = Date.now();
  const header = `\n▶ ${stage.name}: ${stage.command}`;
  if (alone) console.log(header);
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', stage.command], {
      stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    const output: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => {
      const ms = Date.now() - start;
      if (!alone) process.stdout.write(`${header}\n${Buffer.concat(output).toString()}(${minutes(ms)})\n`);
      resolve({ stage, ms, code: code ?? 1 });
    });
  });
}

const results: { stage: Stage; ms: number; code: number }[] = [];
const started = Date.now();
let failed = false;
for (const group of stages) {
  const done = await Promise.all(group.map((stage) => run(stage, group.length === 1)));
  results.push(...done);
  if (done.some((r) => r.code !== 0)) {
    failed = true;
    break;
  }
}

console.log('\nStage times (wall clock; stages on one line of the plan ran side by side):');
for (const r of results) console.log(`  ${r.code === 0 ? '✓' : '✗'} ${minutes(r.ms).padStart(6)}  ${r.stage.name}`);
console.log(`  total ${minutes(Date.now() - started)}`);
const skipped = stages.flat().filter((s) => !results.some((r) => r.stage === s));
if (skipped.length) console.log(`  not run after the failure: ${skipped.map((s) => s.name).join(', ')}`);
const passed = results.filter((r) => r.code === 0).length;
console.log(`stages: ${passed} passed, ${results.length - passed} failed`);
process.exit(failed ? 1 : 0);
