import { describe, expect, it } from 'vitest';
import { actionOfKey, slideFromHash } from '../../src/lib/present-nav.ts';

describe('projector navigation', () => {
  it('reads the slide from the address, clamped to the deck', () => {
    expect(slideFromHash('#3', 10)).toBe(3);
    expect(slideFromHash('#notes-4', 10)).toBe(4);
    expect(slideFromHash('#99', 10)).toBe(10);
    expect(slideFromHash('#0', 10)).toBe(1);
    expect(slideFromHash('', 10)).toBe(1);
    expect(slideFromHash('#abc', 10)).toBe(1);
  });

  it('maps clicker and keyboard keys to actions', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(actionOfKey(key)).toBe('next');
    for (const key of ['ArrowLeft', 'PageUp']) expect(actionOfKey(key)).toBe('prev');
    expect(actionOfKey('Home')).toBe('first');
    expect(actionOfKey('End')).toBe('last');
    expect(actionOfKey('f')).toBe('fullscreen');
    expect(actionOfKey('Escape')).toBe('back');
    expect(actionOfKey('x')).toBeUndefined();
  });
});
