import { required } from '../dom.ts';
import { format } from '../../lib/format-template.ts';
import {
  formatBytes,
  lostJobs,
  packState,
  quietJobs,
  type PackError,
  type PacksIndex,
  type ShownJob,
} from '../../lib/offline/packs.ts';
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
  | 'errorInterrupted'
  | 'storage'
  | 'storageUnknown'
  | 'persistYes'
  | 'persistNo',
  string
>;

/** 'interrupted': the page saw a download the worker no longer runs (the browser stopped the worker). */
type ShownError = PackError | 'interrupted';

const errorKey: Record<ShownError, keyof Strings> = {
  quota: 'errorQuota',
  network: 'errorNetwork',
  changed: 'errorChanged',
  interrupted: 'errorInterrupted',
};

/** How long a download may stay silent before the page asks the worker whether it still runs. */
const QUIET_MS = 6_000;

/** The /<locale>/offline-packs/ page: one row per language pack, storage, persistence, automatic updates. */
export async function startPacksPage(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const rows = [...root.querySelectorAll<HTMLElement>('[data-pack]')];
  const jobs = new Map<string, ShownJob>();
  const errors = new Map<string, ShownError>();
  let askedAt = 0;
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
    jobs.set(locale, { done: 0, total: 0, heardAt: Date.now() });
    void render();
    void tell({ type: 'pack-save', locale });
  };

  onWorkerMessage((message) => {
    if (message.type === 'pack-progress') {
      jobs.set(message.locale, { done: message.done, total: message.total, heardAt: Date.now() });
    } else if (message.type === 'pack-jobs') {
      // Never "saving…" for a download nobody runs: the files so far stay cached, and Retry resumes.
      for (const locale of lostJobs(jobs, message.jobs, askedAt)) {
        jobs.delete(locale);
        errors.set(locale, 'interrupted');
      }
      for (const [locale, job] of Object.entries(message.jobs)) jobs.set(locale, { ...job, heardAt: Date.now() });
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
  // A stopped worker sends nothing: ask again when a download has been quiet (asking restarts the worker).
  setInterval(() => {
    if (!quietJobs(jobs, Date.now(), QUIET_MS)) return;
    askedAt = Date.now();
    void tell({ type: 'pack-status' });
  }, QUIET_MS / 3);
}
