/**
 * The locale a reader keeps offline. The first locale they read is saved; the home page's
 * "save this language" control changes it. Kept apart from quiz progress, which it never touches.
 */
export const OFFLINE_LOCALE_KEY = 'site:offline-locale';

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

export function offlineLocale(storage: StorageLike, pageLocale: string, known: readonly string[]): string {
  const saved = storage.getItem(OFFLINE_LOCALE_KEY);
  if (saved && known.includes(saved)) return saved;
  storage.setItem(OFFLINE_LOCALE_KEY, pageLocale);
  return pageLocale;
}

export function chooseOfflineLocale(storage: StorageLike, locale: string): void {
  storage.setItem(OFFLINE_LOCALE_KEY, locale);
}
