import { required } from '../dom.ts';
import { format } from '../../lib/format-template.ts';
import { formatBytes, packState, type PackError, type PacksIndex } from '../../lib/offline/packs.ts';
import { autoUpdate, setAutoUpdate } from '../../lib/offline/preference.ts';
import { readSavedPacks } from './saved-packs.ts';
import {
  latestPacks,
  offlineRegistration,
  onWorkerMessage,
  supportsOffline,
  tell,
  updateStalePacks,
} from './sw-client.ts';

type Strings = Record<
  | 'notSaved'
  | 'saving'
  | 'saved'
  | 'update'
  | 'sizes'
  | 'sizesUnknown'
  | 'save'
  | 'retry'
  | 'errorQuota'
  | 'errorNetwork'
  | 'errorChanged'
  | 'storage'
  | 'storageUnknown'
  | 'persistYes'
  | 'persistNo',
  string
>;

const errorKey: Record<PackError, keyof Strings> = {
  quota: 'errorQuota',
  network: 'errorNetwork',
  changed: 'errorChanged',
};

/** The /<locale>/offline-packs/ page: one row per language pack, storage, persistence, automatic updates. */
export async function startPacksPage(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const rows = [...root.querySelectorAll<HTMLElement>('[data-pack]')];
  const jobs = new Map<string, { done: number; total: number }>();
  const errors = new Map<string, PackError>();
  let latest: PacksIndex | undefined;

  const disableAll = () => root.querySelectorAll('button, input').forEach((c) => c.setAttribute('disabled', ''));
  if (!supportsOffline()) {
    required<HTMLElement>(root, '[data-offline-unsupported]').hidden = false;
    disableAll();
    return;
  }

  const storage = required<HTMLElement>(root, '[data-storage-used]');
  const showStorage = async () => {
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    storage.textContent =
      estimate?.usage !== undefined && estimate.quota !== undefined
        ? format(strings.storage, { used: formatBytes(estimate.usage), quota: formatBytes(estimate.quota) })
        : strings.storageUnknown;
  };

  const render = async (fetchLatest = false) => {
    if (fetchLatest || !latest) latest = (await latestPacks()) ?? latest;
    const saved = await readSavedPacks();
    for (const row of rows) {
      const locale = row.dataset.pack ?? '';
      const summary = latest?.packs[locale];
      const job = jobs.get(locale);
      const state = packState(saved.get(locale), summary, Boolean(job));
      row.dataset.state = state;
      required(row, '[data-pack-sizes]').textContent = summary
        ? format(strings.sizes, { transfer: formatBytes(summary.transfer), size: formatBytes(summary.size) })
        : strings.sizesUnknown;
      const status = required(row, '[data-pack-status]');
      const progress = required<HTMLProgressElement>(row, '[data-pack-progress]');
      progress.hidden = !job;
      if (job) {
        status.textContent = format(strings.saving, { done: job.done, total: job.total || '…' });
        progress.value = job.total ? job.done / job.total : 0;
      } else {
        status.textContent = { 'not-saved': strings.notSaved, saved: strings.saved, update: strings.update }[
          state as 'not-saved' | 'saved' | 'update'
        ];
      }
      const error = errors.get(locale);
      const errorLine = required<HTMLElement>(row, '[data-pack-error]');
      errorLine.hidden = !error;
      errorLine.textContent = error ? strings[errorKey[error]] : '';
      const save = required<HTMLButtonElement>(row, '[data-action="save"]');
      save.hidden = state !== 'not-saved';
      save.textContent = error ? strings.retry : strings.save;
      required<HTMLElement>(row, '[data-action="update"]').hidden = state !== 'update';
      required<HTMLElement>(row, '[data-action="remove"]').hidden = state !== 'saved' && state !== 'update';
    }
    await showStorage();
  };

  const start = (locale: string) => {
    errors.delete(locale);
    jobs.set(locale, { done: 0, total: 0 });
    void render();
    void tell({ type: 'pack-save', locale });
  };

  onWorkerMessage((message) => {
    if (message.type === 'pack-progress') {
      jobs.set(message.locale, { done: message.done, total: message.total });
    } else if (message.type === 'pack-jobs') {
      for (const [locale, job] of Object.entries(message.jobs)) jobs.set(locale, job);
    } else if (message.type === 'pack-error') {
      jobs.delete(message.locale);
      errors.set(message.locale, message.reason);
    } else {
      jobs.delete(message.locale);
      errors.delete(message.locale);
    }
    void render();
  });

  for (const row of rows) {
    const locale = row.dataset.pack ?? '';
    required(row, '[data-action="save"]').addEventListener('click', () => start(locale));
    required(row, '[data-action="update"]').addEventListener('click', () => start(locale));
    required(row, '[data-action="remove"]').addEventListener('click', () => {
      errors.delete(locale);
      void tell({ type: 'pack-remove', locale });
    });
  }

  const auto = required<HTMLInputElement>(root, '[data-auto-update]');
  auto.checked = autoUpdate(localStorage);
  auto.addEventListener('change', () => {
    setAutoUpdate(localStorage, auto.checked);
    void updateStalePacks(latest);
  });

  const persistStatus = required(root, '[data-persist-status]');
  const persist = required<HTMLButtonElement>(root, '[data-action="persist"]');
  if (!navigator.storage?.persist) persist.hidden = true;
  else if (await navigator.storage.persisted()) persistStatus.textContent = strings.persistYes;
  persist.addEventListener('click', async () => {
    const agreed = await navigator.storage.persist();
    persistStatus.textContent = agreed ? strings.persistYes : strings.persistNo;
    root.dataset.persisted = String(agreed);
  });

  await render(true);
  // The footer registers the worker after load; a page without one (private browsing) says so.
  const waitForRegistration = async () => {
    for (let i = 0; i < 50 && !(await offlineRegistration()); i++) await new Promise((r) => setTimeout(r, 100));
    return offlineRegistration();
  };
  if (!(await waitForRegistration())) {
    required<HTMLElement>(root, '[data-offline-unsupported]').hidden = false;
    disableAll();
    return;
  }
  root.dataset.ready = 'true';
  await tell({ type: 'pack-status' });
}
