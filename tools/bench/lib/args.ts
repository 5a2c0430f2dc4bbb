// Command line of `npm run bench`: which measures to run and how big the synthetic site is.
import type { Strictness } from './budget.ts';

// build: build time of the project against bare Starlight, and HTML growth; growth: HTML growth alone (the project's
// builds only: what CI enforces, since a time ratio measured beside other stages is noise); bytes: first loads;
// edit: what a returning reader downloads after a one-sentence edit (a figure with no budget: CI leaves it out, the
// browser test of a real update across two builds is what CI checks).
export type Measure = 'build' | 'growth' | 'bytes' | 'edit';
const ALL: Measure[] = ['build', 'bytes', 'edit'];

export interface BenchOptions {
  measures: Measure[];
  /** Synthetic pages per locale for the large site (build time, memory, HTML growth). */
  pages: number;
  /** Synthetic pages per locale for the small site HTML growth is measured from. */
  smallPages: number;
  /** Builds of each large site, alternating bare and project; times are the median. */
  repeat: number;
  /** Which failed budgets make the exit code non-zero (`--strict`: all, `--strict-sizes`: untimed ones). */
  strict: Strictness;
  /** Keep the temporary site copies under /tmp for inspection. */
  keep: boolean;
  /** A finished build of this project to measure bytes on, instead of building it again (CI reuses dist/). */
  projectDist?: string | undefined;
}

export const usage =
  'usage: node tools/bench/index.ts [all|build|growth|bytes|edit …] [--pages N] [--small-pages M] [--repeat R] [--strict | --strict-sizes] [--keep] [--project-dist DIR]';

function positiveInt(flag: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) < 1) {
    throw new Error(`${flag} needs a positive whole number (got ${value === undefined ? 'nothing' : `"${value}"`})`);
  }
  return Number(value);
}

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  let measures: Measure[] = ALL;
  let explicit = false;
  let pages = 1000;
  let smallPages: number | undefined;
  let repeat = 1;
  let strict: Strictness = 'none';
  let keep = false;
  let projectDist: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case 'all':
        measures = ALL;
        explicit = true;
        break;
      case 'build':
      case 'growth':
      case 'bytes':
      case 'edit':
        // Named measures add up (`bytes growth`); `all` or none means build, bytes and edit.
        measures = explicit ? [...new Set([...measures, flag])] : [flag];
        explicit = true;
        break;
      case '--pages':
        pages = positiveInt('--pages', value());
        break;
      case '--small-pages': {
        // 0 is allowed: growth from the real site alone (whose builds the bytes measure already made).
        const v = value();
        smallPages = v === '0' ? 0 : positiveInt('--small-pages', v);
        break;
      }
      case '--repeat':
        repeat = positiveInt('--repeat', value());
        break;
      case '--strict':
        strict = 'all';
        break;
      case '--strict-sizes':
        if (strict === 'none') strict = 'sizes';
        break;
      case '--keep':
        keep = true;
        break;
      case '--project-dist': {
        const dir = value();
        if (!dir) throw new Error(`--project-dist needs a directory\n${usage}`);
        projectDist = dir;
        break;
      }
      default:
        throw new Error(`unknown argument "${arg}"\n${usage}`);
    }
  }
  // HTML growth compares a site ten times smaller, as 100 is to 1,000.
  const small = smallPages ?? Math.max(1, Math.round(pages / 10));
  if (small >= pages) throw new Error(`--small-pages (${small}) must be fewer than --pages (${pages})`);
  return { measures, pages, smallPages: small, repeat, strict, keep, projectDist };
}
