import { PACK_MARKER_URL, parsePackCacheName } from '../../lib/offline/packs.ts';

export interface SavedPack {
  cacheName: string;
  version: string;
}

/**
 * Complete packs in Cache Storage, by locale (used by the service worker and by pages alike).
 * A pack is complete only once its marker is written, which the worker does last.
 */
export async function readSavedPacks(): Promise<Map<string, SavedPack>> {
  const found = new Map<string, SavedPack>();
  for (const cacheName of await caches.keys()) {
    const parsed = parsePackCacheName(cacheName);
    if (!parsed) continue;
    const marker = await (await caches.open(cacheName)).match(PACK_MARKER_URL);
    if (marker) found.set(parsed.locale, { cacheName, version: parsed.version });
  }
  return found;
}
