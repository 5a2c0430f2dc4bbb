import { existsSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { build } from 'vite';
import { getManifest, injectManifest } from 'workbox-build';
import { localeCodes } from '../config/locales.ts';
import {
  PACKS_INDEX_URL,
  PAGES_URL,
  SERVICE_WORKER_URL,
  formatBytes,
  packGlobs,
  packIgnores,
  packListUrl,
  packUrl,
  packVersion,
  shellGlobs,
  type PackFile,
  type PackList,
  type PacksIndex,
  type PagefindEntry,
} from '../lib/offline/packs.ts';
import { packTransfer } from '../lib/offline/transfer.ts';

const MAX_FILE = 5 * 1024 * 1024;
// What deploy/nginx.conf compresses (gzip_types and HTML); Pagefind's own files are already compressed.
const COMPRESSED = /\.(?:html|js|css|json|svg|webmanifest|xml)$/;

/** Bytes the reader downloads for a file, with the production server's gzip (level 6). */
export function transferSize(path: string): number {
  const bytes = readFileSync(path);
  return COMPRESSED.test(path) ? Math.min(bytes.length, gzipSync(bytes, { level: 6 }).length) : bytes.length;
}

/**
 * Runs after Starlight's Pagefind step (listed after Starlight; `astro:build:done` hooks run in order):
 * 1. lists each language pack from the built files (Workbox's getManifest gives every file a revision;
 *    the pack's version is a hash of them) into /offline/pack-<locale>.json, with sizes in /offline/packs.json;
 *    and every page address into /offline/pages.json;
 * 2. bundles src/client/offline/sw.ts and lets Workbox's injectManifest precache the app shell into /sw.js.
 * workbox-build instead of @vite-pwa/astro: the lists need Pagefind's output, which exists only after the
 * build, and @vite-pwa/astro's peer range stops at Astro 5.
 */
export default function offline(): AstroIntegration {
  let workerSource = '';
  return {
    name: 'offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        workerSource = fileURLToPath(new URL('src/client/offline/sw.ts', config.root));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entry = JSON.parse(readFileSync(`${root}/pagefind/pagefind-entry.json`, 'utf8')) as PagefindEntry;
        const index: PacksIndex = { packs: {} };
        mkdirSync(join(root, 'offline'), { recursive: true });
        for (const locale of localeCodes) {
          const vocabulary = existsSync(join(root, `search/vocab-${locale}.json`));
          const { manifestEntries, warnings } = await getManifest({
            globDirectory: root,
            globPatterns: packGlobs(locale, entry, vocabulary),
            globIgnores: packIgnores(locale),
            maximumFileSizeToCacheInBytes: MAX_FILE,
          });
          // A warning means a file left out of a pack (too big, unmatched glob): a reader offline would miss it.
          if (warnings.length)
            throw new Error(`offline pack ${locale}: Workbox left files out:\n  ${warnings.join('\n  ')}`);
          const sized = manifestEntries.map(({ url, revision }) => {
            const path = join(root, url);
            return { url, revision: revision ?? '', path, size: statSync(path).size };
          });
          const transfer = packTransfer(sized, transferSize);
          const files: PackFile[] = sized.map(({ url, revision, size }) => ({ url: packUrl(url), revision, size }));
          files.sort((a, b) => a.url.localeCompare(b.url));
          const list: PackList = { locale, version: packVersion(files), files };
          const size = files.reduce((s, f) => s + f.size, 0);
          index.packs[locale] = { version: list.version, count: files.length, size, transfer };
          writeFileSync(join(root, packListUrl(locale)), JSON.stringify(list));
          logger.info(
            `pack ${locale} ${list.version}: ${files.length} files, ${formatBytes(transfer)} gzip, ${formatBytes(size)} on disk`,
          );
        }
        writeFileSync(join(root, PACKS_INDEX_URL), JSON.stringify(index));
        // Every page address of this deploy, so the worker offline can say "no such page" rather than "not saved".
        const pages = globSync('**/*.html', { cwd: root, exclude: ['pagefind/**', '_astro/**'] })
          .map(packUrl)
          .sort();
        writeFileSync(join(root, PAGES_URL), JSON.stringify(pages));

        const tmp = mkdtempSync(join(tmpdir(), 'sw-'));
        try {
          await build({
            configFile: false,
            logLevel: 'warn',
            // Workbox strips its development logging in production.
            define: { 'process.env.NODE_ENV': '"production"' },
            build: {
              outDir: tmp,
              emptyOutDir: true,
              minify: true,
              lib: {
                entry: workerSource,
                formats: ['iife'],
                name: 'sw',
                fileName: () => 'sw.js',
              },
            },
          });
          const { count, size, warnings } = await injectManifest({
            swSrc: join(tmp, 'sw.js'),
            swDest: join(root, SERVICE_WORKER_URL),
            globDirectory: root,
            globPatterns: shellGlobs(),
            modifyURLPrefix: { '': '/' },
            maximumFileSizeToCacheInBytes: MAX_FILE,
          });
          if (warnings.length) throw new Error(`app shell: Workbox left files out:\n  ${warnings.join('\n  ')}`);
          logger.info(`${SERVICE_WORKER_URL}: app shell precaches ${count} files, ${formatBytes(size)}`);
        } finally {
          rmSync(tmp, { recursive: true, force: true });
        }
      },
    },
  };
}
