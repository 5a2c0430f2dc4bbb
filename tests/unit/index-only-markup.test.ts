import { describe, expect, it } from 'vitest';
import { withoutIndexOnlyMarkup } from '../../src/lib/search/index-only-markup.ts';
import { HINT_MARK } from '../../src/lib/search/vocabulary.ts';

const hints = `${HINT_MARK} кудалау зан ${HINT_MARK}`;

describe('withoutIndexOnlyMarkup', () => {
  it('drops the hint words and keeps the filters Pagefind already read beside them', () => {
    const html = `<p>Мәтін</p><span data-pagefind-index-attrs="data-hints" data-hints="${hints}" data-pagefind-filter="kind:lesson" data-pagefind-meta="kind:lesson"></span>`;
    const served = withoutIndexOnlyMarkup(html);
    expect(served).not.toContain(HINT_MARK);
    expect(served).not.toContain('data-pagefind-index-attrs');
    expect(served).toContain('<p>Мәтін</p>');
    expect(served).toContain('data-pagefind-filter="kind:lesson"');
  });

  it('removes a weighted carrier left empty, but not a weighted element with content', () => {
    const html = `<span data-pagefind-weight="7" data-pagefind-index-attrs="data-hints" data-hints="${hints}"></span><ul data-pagefind-weight="3"><li>Сұрақ</li></ul>`;
    expect(withoutIndexOnlyMarkup(html)).toBe('<ul data-pagefind-weight="3"><li>Сұрақ</li></ul>');
  });

  it('leaves text that only talks about the attribute', () => {
    const html = '<code>data-hints=&quot;x&quot;</code>';
    expect(withoutIndexOnlyMarkup(html)).toBe(html);
  });
});
