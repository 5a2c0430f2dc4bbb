// Reads peak memory and CPU time of a build from what Linux reports.

export interface GnuTimeReport {
  /** Peak resident set size of the largest process in the tree, in bytes. */
  maxRss: number;
  /** User + system CPU time of the command and the children it waited for, in milliseconds. */
  cpuMs: number;
}

/** Parses GNU time's `-v` report ("Maximum resident set size (kbytes): 123456", "User time (seconds): 1.50"…). */
export function parseGnuTime(report: string): GnuTimeReport {
  const field = (label: string) => {
    const match = new RegExp(`${label}:\\s*([\\d.]+)`).exec(report);
    if (!match) throw new Error(`GNU time report has no "${label.replace(/\\/g, '')}" line`);
    return Number(match[1]);
  };
  return {
    maxRss: field('Maximum resident set size \\(kbytes\\)') * 1024,
    cpuMs: Math.round((field('User time \\(seconds\\)') + field('System time \\(seconds\\)')) * 1000),
  };
}

/** The peak resident set ("VmHWM:   123456 kB") from /proc/<pid>/status, in bytes; undefined for a zombie. */
export function parseProcStatusPeak(status: string): number | undefined {
  const match = /^VmHWM:\s*(\d+)\s*kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : undefined;
}

/** Child pids from /proc/<pid>/task/<tid>/children ("123 456 "). */
export function parseChildren(text: string): number[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((s) => {
      const pid = Number(s);
      if (!Number.isInteger(pid) || pid <= 0) throw new Error(`not a pid in /proc children list: "${s}"`);
      return pid;
    });
}
