// The whole test run, stage by stage, as `npm run test:ci` (and so CI) runs it: every check, the slowest
// independent ones side by side, and the wall time of each stage printed at the end. Any failure fails the run,
// after the other stages of its group have finished (so one run shows every problem of that group).
import { spawn } from 'node:child_process';

interface Stage {
  name: string;
  command: string;
}

const stages: Stage[][] = [
  [{ name: 'install test dependencies', command: 'npm run --silent test:setup' }],
  // Type check, lint and format read the sources only: side by side.
  [
    { name: 'astro check', command: 'npm run --silent check:types' },
    { name: 'eslint + prettier', command: 'npm run --silent lint && npm run --silent format:check' },
  ],
  [{ name: 'unit tests', command: 'npm run --silent test:unit' }],
  [{ name: 'content check + build', command: 'npm run --silent build' }],
  // The built site is read-only from here on: its checks and the build scenarios (own copies) run side by side.
  [
    { name: 'built-HTML tests', command: 'npm run --silent test:dist' },
    { name: 'build scenarios', command: 'npm run --silent test:build' },
  ],
  [{ name: 'browser tests', command: 'npm run --silent test:e2e' }],
  [{ name: 'lighthouse', command: 'npm run --silent test:lighthouse' }],
  [{ name: 'benchmark (size budgets)', command: 'npm run --silent bench:ci' }],
];

function run(stage: Stage): Promise<{ stage: Stage; ms: number; code: number }> {
  const start = Date.now();
  console.log(`\n▶ ${stage.name}: ${stage.command}`);
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', stage.command], { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
    child.on('exit', (code) => resolve({ stage, ms: Date.now() - start, code: code ?? 1 }));
  });
}

const results: { stage: Stage; ms: number; code: number }[] = [];
const started = Date.now();
let failed = false;
for (const group of stages) {
  const done = await Promise.all(group.map(run));
  results.push(...done);
  if (done.some((r) => r.code !== 0)) {
    failed = true;
    break;
  }
}

const minutes = (ms: number) => `${Math.floor(ms / 60000)}:${String(Math.round((ms % 60000) / 1000)).padStart(2, '0')}`;
console.log('\nStage times (wall clock; stages on one line of the plan ran side by side):');
for (const r of results) console.log(`  ${r.code === 0 ? '✓' : '✗'} ${minutes(r.ms).padStart(6)}  ${r.stage.name}`);
console.log(`  total ${minutes(Date.now() - started)}`);
const skipped = stages.flat().filter((s) => !results.some((r) => r.stage === s));
if (skipped.length) console.log(`  not run after the failure: ${skipped.map((s) => s.name).join(', ')}`);
const passed = results.filter((r) => r.code === 0).length;
console.log(`stages: ${passed} passed, ${results.length - passed} failed`);
process.exit(failed ? 1 : 0);
