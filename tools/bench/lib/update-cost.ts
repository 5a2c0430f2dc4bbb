// What a returning reader downloads after a deploy: the service worker's own plan (planUpdate, the function the
// worker runs) applied to two builds' pack lists, plus the app shell files whose Workbox revision changed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markerRevisions, planUpdate, type PackList } from '../../../src/lib/offline/packs.ts';
import { transferSize } from '../../../src/integrations/offline.ts';

export interface UpdateCost {
  /** Files the update downloads, and how many the pack (or shell) lists in all. */
  files: string[];
  total: number;
  /** Bytes over the network with the production server's gzip. */
  bytes: number;
}

const packList = (dist: string, locale: string): PackList => {
  const file = join(dist, `offline/pack-${locale}.json`);
  if (!existsSync(file)) throw new Error(`${file}: no pack list (is this a build of the site?)`);
  return JSON.parse(readFileSync(file, 'utf8')) as PackList;
};

/** The built file behind a URL: pages are listed by their address (`/kk/x/` is `kk/x/index.html`). */
const fileOf = (dist: string, url: string) => join(dist, decodeURI(url.endsWith('/') ? `${url}index.html` : url));

const cost = (dist: string, urls: string[], total: number): UpdateCost => ({
  files: urls,
  total,
  bytes: urls.reduce((sum, url) => sum + transferSize(fileOf(dist, url)), 0),
});

/** A saved language pack's update from the build in `before` to the one in `after`. */
export function packUpdateCost(before: string, after: string, locale: string): UpdateCost {
  const next = packList(after, locale);
  const plan = planUpdate(next.files, markerRevisions(packList(before, locale).files));
  return cost(
    after,
    plan.fetch.map((f) => f.url),
    next.files.length,
  );
}

/** The app shell precached by /sw.js (Workbox's manifest, injected as JSON): URL → revision. */
export function shellRevisions(dist: string): Record<string, string> {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const manifest = /\[\{"revision":.*?\}\]/.exec(sw)?.[0];
  if (!manifest) throw new Error(`${join(dist, 'sw.js')}: no precache manifest found`);
  return markerRevisions(JSON.parse(manifest) as { url: string; revision: string }[]);
}

/** The shell's update: the worker script itself when it changed, and each shell file whose revision changed. */
export function shellUpdateCost(before: string, after: string): UpdateCost {
  const old = shellRevisions(before);
  const next = shellRevisions(after);
  const changed = Object.keys(next).filter((url) => old[url] !== next[url]);
  const swChanged = !readFileSync(join(before, 'sw.js')).equals(readFileSync(join(after, 'sw.js')));
  return cost(after, [...(swChanged ? ['/sw.js'] : []), ...changed], Object.keys(next).length + 1);
}
