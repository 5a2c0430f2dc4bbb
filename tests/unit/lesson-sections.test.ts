import { describe, expect, it } from 'vitest';
import {
  chunkBlocks,
  demoteHeadings,
  lessonSections,
  prefixIds,
  textOf,
  topLevelBlocks,
} from '../../src/lib/lesson-sections.ts';

const h2 = (id: string, text: string) =>
  `<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${text}</h2><a class="sl-anchor-link" href="#${id}">#</a></div>`;

describe('lesson sections', () => {
  it('splits top-level blocks, keeping nested markup and dropping scripts', () => {
    const blocks = topLevelBlocks('<p>a <b>b</b></p>\n<ul><li>x<br></li></ul><script>if (a<b) {}</script><hr>');
    expect(blocks).toEqual(['<p>a <b>b</b></p>', '<ul><li>x<br></li></ul>', '<hr>']);
  });

  it('cuts the body at ## headings and classifies each section by its components', () => {
    const html = [
      h2('a', 'Text'),
      '<p>one</p>',
      h2('b', 'Case'),
      '<section class="case not-content"><p>c</p></section>',
      h2('c', 'Quiz'),
      '<form class="quiz not-content"></form>',
      h2('d', 'Help'),
      '<ul class="help-contacts not-content"><li>150</li></ul>',
      h2('e', 'Teacher'),
      '<details class="teacher-notes"><summary>x</summary></details>',
    ].join('\n');
    const sections = lessonSections(html);
    expect(sections.map((s) => [s.id, s.heading, s.kind])).toEqual([
      ['a', 'Text', 'text'],
      ['b', 'Case', 'case'],
      ['c', 'Quiz', 'quiz'],
      ['d', 'Help', 'help'],
      ['e', 'Teacher', 'teacher'],
    ]);
  });

  it('keeps every slide within the budget, splitting long lists and paragraphs', () => {
    const sentence = 'Это одно предложение примерно из сорока знаков. ';
    const para = `<p>${sentence.repeat(20)}</p>`;
    const list = `<ol>${'<li>пункт списка номер такой-то</li>'.repeat(30)}</ol>`;
    const groups = chunkBlocks([para, list], 300);
    for (const g of groups) expect(textOf(g.join('')).length).toBeLessThanOrEqual(300);
    expect(textOf(groups.flat().join(''))).toBe(textOf(para + list));
    // A split ordered list keeps counting.
    expect(groups.flat().some((b) => /^<ol start="\d+">/.test(b))).toBe(true);
  });

  it('keeps a lead-in with the list it introduces', () => {
    const groups = chunkBlocks(
      ['<p>' + 'x'.repeat(250) + '</p>', '<p>If you are bullied:</p>', `<ul><li>${'y'.repeat(200)}</li></ul>`],
      300,
    );
    expect(groups.at(-1)?.[0]).toBe('<p>If you are bullied:</p>');
  });

  it('prefixes ids and their references, and demotes headings', () => {
    expect(prefixIds('<h2 id="a">A</h2><a href="#a" aria-describedby="t1 t2">x</a><label for="q">', 'l1-')).toBe(
      '<h2 id="l1-a">A</h2><a href="#l1-a" aria-describedby="l1-t1 l1-t2">x</a><label for="l1-q">',
    );
    expect(demoteHeadings('<div class="level-h2"><h2 id="x">A</h2></div><h3>B</h3>')).toBe(
      '<div class="level-h3"><h3 id="x">A</h3></div><h4>B</h4>',
    );
  });
});
