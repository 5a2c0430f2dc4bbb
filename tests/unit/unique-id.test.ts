import { describe, expect, it } from 'vitest';
import { idInPage } from '../../src/lib/unique-id.ts';

describe('ids read from the content, unique within a page', () => {
  it('numbers only a repeat within the same page', () => {
    const page = {};
    expect(idInPage(page, 'term-minor-tip')).toBe('term-minor-tip');
    expect(idInPage(page, 'term-victim-tip')).toBe('term-victim-tip');
    expect(idInPage(page, 'term-minor-tip')).toBe('term-minor-tip-2');
  });

  it('gives another page the same ids for the same content, whatever was rendered before it', () => {
    const first = {};
    for (let i = 0; i < 5; i++) idInPage(first, 'term-new-tip');
    const second = {};
    expect(idInPage(second, 'term-minor-tip')).toBe('term-minor-tip');
  });
});
