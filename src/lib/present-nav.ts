/** Projector mode's navigation rules, kept pure so they are unit-tested (src/client/present.ts applies them). */

/** The slide a `#n` address names, clamped to the deck; 1 for an empty or unreadable hash. */
export function slideFromHash(hash: string, total: number): number {
  const m = /^#?(?:notes-)?(\d+)$/.exec(hash);
  const n = m ? Number(m[1]) : 1;
  return Math.min(Math.max(1, n), Math.max(1, total));
}

export type PresentAction = 'next' | 'prev' | 'first' | 'last' | 'reveal' | 'fullscreen' | 'notes' | 'back';

/** What a key does: clicker remotes send →/←, Space, PageDown/PageUp. */
export function actionOfKey(key: string): PresentAction | undefined {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Enter':
      return 'reveal';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'n':
    case 'N':
      return 'notes';
    case 'Escape':
      return 'back';
    default:
      return undefined;
  }
}
