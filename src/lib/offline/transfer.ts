/**
 * What a language pack costs to download, with the production server's gzip (pure; the build passes the file
 * reads in). Readers see it rounded ("14.5 MB"), so a large pack's pages are priced from a sample: pages are
 * most of a pack's bytes and compress alike, and compressing every page of a 1,000-page language cost about
 * 5 % of the whole build's CPU. Everything else (scripts, styles, search files) is priced file by file.
 */

export interface SizedFile {
  path: string;
  /** Bytes as stored. */
  size: number;
}

/** Pages compressed one by one up to this many; above it, an evenly spread sample of this many. */
export const PAGE_SAMPLE = 200;

const isPage = (path: string) => path.endsWith('.html');

/**
 * Gzip bytes of `files`: `transferSize(path)` for every file but the pages of a large pack, whose bytes are
 * scaled by the ratio the sampled pages compress at.
 */
export function packTransfer(
  files: readonly SizedFile[],
  transferSize: (path: string) => number,
  sample = PAGE_SAMPLE,
): number {
  const pages = files.filter((f) => isPage(f.path));
  let total = files.filter((f) => !isPage(f.path)).reduce((sum, f) => sum + transferSize(f.path), 0);
  const step = Math.max(1, Math.ceil(pages.length / sample));
  let sampledRaw = 0;
  let sampledGzip = 0;
  let rest = 0;
  pages.forEach((page, i) => {
    if (i % step === 0) {
      sampledRaw += page.size;
      sampledGzip += transferSize(page.path);
    } else {
      rest += page.size;
    }
  });
  total += sampledGzip;
  if (rest > 0 && sampledRaw > 0) total += Math.round((rest * sampledGzip) / sampledRaw);
  return total;
}
