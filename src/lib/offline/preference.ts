/**
 * The reader's offline choices, kept apart from quiz progress (which they never touch).
 * The first visit saves the reader's language once; removing it later is respected.
 */
export const AUTO_SAVE_DONE_KEY = 'site:offline-first-save';
export const AUTO_UPDATE_KEY = 'site:offline-auto-update';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/** True once per browser: the first visit saves that page's language. */
export function claimFirstSave(storage: StorageLike): boolean {
  if (storage.getItem(AUTO_SAVE_DONE_KEY)) return false;
  storage.setItem(AUTO_SAVE_DONE_KEY, '1');
  return true;
}

export function autoUpdate(storage: Pick<Storage, 'getItem'>): boolean {
  return storage.getItem(AUTO_UPDATE_KEY) === '1';
}

export function setAutoUpdate(storage: StorageLike, on: boolean): void {
  storage.setItem(AUTO_UPDATE_KEY, on ? '1' : '0');
}
