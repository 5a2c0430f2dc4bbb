// Where an `astro build` spends its time, read from the timestamps of its own log lines
// ("01:15:42 [content] Synced content"). One-second resolution: meant for builds of minutes.

export interface Phase {
  name: string;
  seconds: number;
}

/** Each phase ends at the first log line matching its marker; the build starts at the first timestamp. */
const markers: readonly { name: string; end: RegExp; last?: boolean }[] = [
  { name: 'config, content sync, types', end: /\[content\] Synced content/ },
  { name: 'bundle (Vite)', end: /\[vite\] ✓ built in/, last: true },
  { name: 'render pages', end: /^\d\d:\d\d:\d\d ✓ Completed in/ },
  { name: 'Pagefind index', end: /\[starlight:pagefind\] Finished building search index/ },
  { name: 'after build (integrations)', end: /\[build\] \d+ page\(s\) built in/ },
];

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

function seconds(stamp: string): number {
  const [h, m, s] = stamp.split(':').map(Number) as [number, number, number];
  return h * 3600 + m * 60 + s;
}

export function buildPhases(log: string): Phase[] {
  const lines = log
    .replace(ANSI, '')
    .split('\n')
    .map((line) => ({ line, stamp: /^(\d\d:\d\d:\d\d) /.exec(line)?.[1] }))
    .filter((l): l is { line: string; stamp: string } => l.stamp !== undefined);
  if (lines.length === 0) throw new Error('build log has no timestamped lines (is it the output of `astro build`?)');

  let day = 0;
  let previous = -1;
  // Monotonic times, so a build that crosses midnight still measures forward.
  const times = lines.map(({ stamp, line }) => {
    let t = seconds(stamp) + day;
    if (t < previous) {
      day += 86400;
      t += 86400;
    }
    previous = t;
    return { t, line };
  });

  const phases: Phase[] = [];
  let start = (times[0] as { t: number }).t;
  let from = 0;
  for (const marker of markers) {
    const matches = times.map((x, i) => ({ ...x, i })).filter((x, i) => i >= from && marker.end.test(x.line));
    const hit = marker.last ? matches.at(-1) : matches[0];
    if (!hit) continue; // a missing phase is counted in the next one found
    phases.push({ name: marker.name, seconds: hit.t - start });
    start = hit.t;
    from = hit.i;
  }
  return phases;
}
