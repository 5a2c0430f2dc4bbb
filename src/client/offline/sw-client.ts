import { Workbox } from 'workbox-window';
import { required } from '../dom.ts';
import { format } from '../../lib/format-template.ts';
import { formatBytes, serviceWorkerFile } from '../../lib/offline/precache-plan.ts';
import { chooseOfflineLocale, offlineLocale } from '../../lib/offline/preference.ts';

interface Strings {
  locale: string;
  locales: string[];
  ready: string;
  offline: string;
  update: string;
  reload: string;
  saving: string;
  saved: string;
  unsupported: string;
}

let workbox: Workbox | undefined;

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

/** Offline use of `locale` is ready: said in the footer (a state, so no pop-up over the text). */
function markReady(locale: string) {
  document.documentElement.dataset.offlineReady = locale;
  const note = document.querySelector<HTMLElement>('[data-offline-ready-note]');
  if (note) note.hidden = false;
}

/** Registers the reader's locale worker, and reports offline, ready and update states. */
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

  if (!('serviceWorker' in navigator)) return;
  const locale = offlineLocale(localStorage, strings.locale, strings.locales);
  register(root, strings, locale);
}

function register(root: HTMLElement, strings: Strings, locale: string): Workbox {
  workbox = new Workbox(`/${serviceWorkerFile(locale)}`, { scope: '/' });
  const wb = workbox;
  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate) {
      markReady(locale);
    }
  });
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
  void wb.register().then(async (registration) => {
    // Already installed in an earlier visit: offline use is ready now.
    if (registration?.active && !registration.installing && !registration.waiting) markReady(locale);
  });
  return wb;
}

/** The home page control: keep this locale offline and report what was stored. */
export function startSaveControl(control: HTMLElement, root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const button = required<HTMLButtonElement>(control, 'button');
  const status = required<HTMLElement>(control, '[data-save-status]');
  if (!('serviceWorker' in navigator)) {
    button.disabled = true;
    status.textContent = strings.unsupported;
    return;
  }
  button.addEventListener('click', async () => {
    status.textContent = strings.saving;
    const current = localStorage.getItem('site:offline-locale');
    if (current !== strings.locale) {
      chooseOfflineLocale(localStorage, strings.locale);
      register(root, strings, strings.locale);
    }
    await navigator.serviceWorker.ready;
    // Wait until this locale's worker is the active one.
    while (!navigator.serviceWorker.controller?.scriptURL.endsWith(serviceWorkerFile(strings.locale))) {
      await new Promise((r) => setTimeout(r, 200));
    }
    const summary = (await (await fetch('/offline-summary.json')).json()) as Record<
      string,
      { count: number; size: number }
    >;
    const mine = summary[strings.locale];
    status.textContent = mine
      ? format(strings.saved, { count: mine.count, size: formatBytes(mine.size) })
      : strings.ready;
    control.dataset.saved = 'true';
  });
}
