// Lighthouse (mobile preset) on home, a lesson, an initiative and the council index in every locale,
// against the production build behind the production nginx config. Prints each category's score and
// fails when any is below its minimum (default 100 for each). Usage:
// npm run lighthouse -- [--min 100] [--min-performance 95] [--dist dist]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath, serveDist } from './lib/serve-dist.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : (args[i + 1] ?? fallback);
};
const min = Number(option('--min', '100'));
// Performance is timed on the machine running the check, so it moves with load; the others are not.
const minFor = (category: string) => Number(option(`--min-${category}`, String(min)));
const dist = option('--dist', 'dist');
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const paths = ['kk', 'ru', 'en'].flatMap((l) => [
  `/${l}/`,
  `/${l}/lessons/cyberbullying/`,
  `/${l}/initiatives/kiberpol/`,
  `/${l}/council/`,
]);

const server = await serveDist(dist, 4350);
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const failures: string[] = [];
try {
  console.log(`path${' '.repeat(34)}${categories.map((c) => c.padStart(15)).join('')}`);
  for (const path of paths) {
    const report = join(out, 'report.json');
    execFileSync(
      'npx',
      [
        'lighthouse',
        `${server.url}${path}`,
        '--quiet',
        '--output=json',
        `--output-path=${report}`,
        `--only-categories=${categories.join(',')}`,
        `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromiumPath }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const result = JSON.parse(readFileSync(report, 'utf8')) as {
      categories: Record<string, { score: number | null }>;
      audits: Record<string, { score: number | null; title: string }>;
    };
    const scores = categories.map((c) => Math.round((result.categories[c]?.score ?? 0) * 100));
    console.log(`${path.padEnd(38)}${scores.map((s) => String(s).padStart(15)).join('')}`);
    scores.forEach((score, i) => {
      const floor = minFor(categories[i] ?? '');
      if (score < floor) {
        const failing = Object.values(result.audits)
          .filter((a) => a.score !== null && a.score < 1)
          .map((a) => a.title)
          .slice(0, 5);
        failures.push(`${path} ${categories[i]} ${score} < ${floor}: ${failing.join('; ')}`);
      }
    });
  }
} finally {
  server.stop();
  rmSync(out, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`\nBelow the minimum:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `\nAll ${paths.length} pages meet the minimum in every category (${categories.map((c) => `${c} ≥ ${minFor(c)}`).join(', ')}).`,
);
