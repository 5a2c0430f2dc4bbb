import { required } from '../dom.ts';
import {
  PACKS_INDEX_URL,
  SERVICE_WORKER_URL,
  packState,
  stalePacks,
  type FromWorker,
  type PacksIndex,
  type ToWorker,
} from '../../lib/offline/packs.ts';
import { autoUpdate, claimFirstSave } from '../../lib/offline/preference.ts';
import { readSavedPacks } from './saved-packs.ts';

interface Strings {
  locale: string;
  offline: string;
  update: string;
  reload: string;
}

let registered: Promise<ServiceWorkerRegistration | undefined> | undefined;
const listeners = new Set<(message: FromWorker) => void>();

export function supportsOffline(): boolean {
  return 'serviceWorker' in navigator && 'caches' in window;
}

/** The registration once our worker is active; undefined where service workers are unavailable. */
export function offlineRegistration(): Promise<ServiceWorkerRegistration | undefined> {
  return registered ?? Promise.resolve(undefined);
}

/** Sends a message to the active worker (waiting, during a migration, for ours to take over). */
export async function tell(message: ToWorker): Promise<boolean> {
  const registration = await offlineRegistration();
  if (!registration) return false;
  for (let tries = 0; tries < 150; tries++) {
    const active = registration.active;
    if (active?.scriptURL.endsWith(SERVICE_WORKER_URL)) {
      active.postMessage(message);
      return true;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

export function onWorkerMessage(listener: (message: FromWorker) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The latest deploy's pack versions (the worker fetches it from the network, else its own copy). */
export async function latestPacks(): Promise<PacksIndex | undefined> {
  try {
    const response = await fetch(PACKS_INDEX_URL, { cache: 'no-cache' });
    return response.ok ? ((await response.json()) as PacksIndex) : undefined;
  } catch {
    return undefined;
  }
}

/** Sends saves for packs older than the deploy, when the reader asked for automatic updates. */
export async function updateStalePacks(latest?: PacksIndex): Promise<void> {
  if (!autoUpdate(localStorage)) return;
  const index = latest ?? (await latestPacks());
  if (!index) return;
  const saved = Object.fromEntries(await readSavedPacks());
  for (const locale of stalePacks(saved, index)) await tell({ type: 'pack-save', locale });
}

function show(root: HTMLElement, text: string, action?: { label: string; run: () => void }) {
  const message = required<HTMLElement>(root, '[data-offline-message]');
  const button = required<HTMLButtonElement>(root, '[data-offline-action]');
  message.textContent = text;
  button.hidden = !action;
  if (action) {
    button.textContent = action.label;
    button.onclick = action.run;
  }
  root.hidden = false;
}

/**
 * The footer line says "works offline" only when this language's pack is complete and matches the
 * latest deploy; an older complete copy is called out of date.
 */
async function reflectPack(locale: string): Promise<void> {
  const [saved, latest] = await Promise.all([readSavedPacks(), latestPacks()]);
  const state = packState(saved.get(locale), latest?.packs[locale], false);
  const ready = document.querySelector<HTMLElement>('[data-offline-ready-note]');
  const outdated = document.querySelector<HTMLElement>('[data-offline-old-copy-note]');
  if (state === 'saved') document.documentElement.dataset.offlineReady = locale;
  else delete document.documentElement.dataset.offlineReady;
  if (ready) ready.hidden = state !== 'saved';
  if (outdated) outdated.hidden = state !== 'update';
  await updateStalePacks(latest);
}

/**
 * Registers the worker. On a first visit nothing is installed, so no new version can be waiting: the browser's own
 * call registers it, and the reader's first load skips workbox-window (3.3 KiB gzip). Once a worker is installed,
 * workbox-window (precached with the other scripts) reports a new deploy waiting for the reader's consent.
 */
async function register(root: HTMLElement, strings: Strings): Promise<ServiceWorkerRegistration | undefined> {
  if (!(await navigator.serviceWorker.getRegistration('/'))) {
    return navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' });
  }
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox(SERVICE_WORKER_URL, { scope: '/' });
  // A new deploy waits until the reader agrees; the page then reloads under the new version,
  // so a page and its search index always come from the same deploy.
  wb.addEventListener('waiting', () => {
    document.documentElement.dataset.updateWaiting = 'true';
    show(root, strings.update, {
      label: strings.reload,
      run: () => {
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });
  });
  return wb.register();
}

/** Registers the one service worker, and reports offline, ready and update states. */
export function startOffline(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const reflectNetwork = () => {
    document.documentElement.dataset.network = navigator.onLine ? 'online' : 'offline';
    if (!navigator.onLine) show(root, strings.offline);
    else if (root.dataset.state === 'network') root.hidden = true;
    root.dataset.state = navigator.onLine ? '' : 'network';
  };
  window.addEventListener('online', reflectNetwork);
  window.addEventListener('offline', reflectNetwork);
  reflectNetwork();

  if (!supportsOffline() || registered) return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    if (event.data?.type === 'pack-saved' || event.data?.type === 'pack-removed') void reflectPack(strings.locale);
    for (const listener of listeners) listener(event.data);
  });
  navigator.serviceWorker.startMessages();

  registered = register(root, strings)
    .then((registration) => (registration ? navigator.serviceWorker.ready : undefined))
    .catch(() => undefined);

  // A reading page is one under its language's prefix (not `/`, a short link, a booklet outside the tree).
  const onPage = location.pathname.startsWith(`/${strings.locale}/`);
  void registered.then(async (registration) => {
    if (!registration || !onPage) return;
    await reflectPack(strings.locale);
    // The first reading page saves its language (the packs page is where the reader chooses instead).
    if (!location.pathname.endsWith('/offline-packs/') && claimFirstSave(localStorage)) {
      const saved = await readSavedPacks();
      if (!saved.has(strings.locale)) await tell({ type: 'pack-save', locale: strings.locale });
    }
  });
}
