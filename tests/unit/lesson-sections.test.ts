import type { Element, Root, RootContent } from 'hast';
import { mdxToJs, type HastPluginDefinition } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { lessonSectionsPlugin } from '../../src/integrations/lesson-mdx.ts';
import {
  blocksOf,
  chunkBlocks,
  demoteHeadings,
  dropAnchorLinks,
  html,
  lessonSections,
  prefixIds,
  sectionKind,
  textOf,
} from '../../src/lib/lesson-sections.ts';

// What Starlight's step does before ours: each h2 goes into a wrapper div beside its anchor link.
const starlightAnchors: HastPluginDefinition = {
  name: 'anchors',
  element: {
    filter: ['h2'],
    visit: (node) => ({
      type: 'element',
      tagName: 'div',
      properties: { className: ['sl-heading-wrapper', 'level-h2'] },
      children: [
        node as Element,
        { type: 'element', tagName: 'a', properties: { className: ['sl-anchor-link'] }, children: [] },
      ],
    }),
  },
};

/** A lesson's MDX compiled as the site compiles it: heading ids, Starlight's anchors, then the sections step. */
function sectionsOf(mdx: string) {
  // The tree as the steps leave it, read by one more step at the end.
  let root: Root = { type: 'root', children: [] };
  const capture: HastPluginDefinition = {
    name: 'capture',
    after: (tree) => void (root = JSON.parse(JSON.stringify(tree)) as Root),
  };
  mdxToJs(mdx, { hastPlugins: [satteriHeadingIdsPlugin(), starlightAnchors, lessonSectionsPlugin(), capture] });
  const wrappers = root.children.filter(
    (n): n is Extract<RootContent, { type: 'mdxJsxFlowElement' }> =>
      n.type === 'mdxJsxFlowElement' && n.name === 'LessonSection',
  );
  const attr = (n: (typeof wrappers)[number], name: string) => {
    const a = n.attributes.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
    return a && typeof a.value === 'object' && a.value ? a.value.value : a?.value;
  };
  return {
    root,
    sections: wrappers.map((w) => ({
      index: attr(w, 'index'),
      id: attr(w, 'id'),
      heading: attr(w, 'heading'),
      kind: attr(w, 'kind'),
      collect: attr(w, 'collect'),
      body: w.children
        .filter((c) => c.type !== 'text')
        .map((c) => (c.type === 'element' ? c.tagName : 'name' in c ? c.name : c.type)),
    })),
  };
}

const lesson = `import { Case, HelpContacts, KeyTerm, Quiz, TeacherNotes } from '~/components/lesson.ts';

Before any heading.

## What the *law* says

A paragraph with a <KeyTerm id="victim">term</KeyTerm>.

- one
- two

## A case

<Case title="Fake page">
Someone made a page.
</Case>

## Check yourself

<Quiz />

## Where to get help

<HelpContacts only={['police']} />

## For the teacher

<TeacherNotes>
Notes, with a <Case title="x">case inside</Case> and a quiz idea.
</TeacherNotes>
`;

describe('lesson sections, cut from the compiled tree', () => {
  it('wraps the body of each ## section, keeping headings outside, and classifies it by its components', () => {
    const { sections } = sectionsOf(lesson);
    expect(sections.map((s) => [s.index, s.id, s.heading, s.kind])).toEqual([
      ['0', '', '', 'text'],
      ['1', 'what-the-law-says', 'What the law says', 'text'],
      ['2', 'a-case', 'A case', 'case'],
      ['3', 'check-yourself', 'Check yourself', 'quiz'],
      ['4', 'where-to-get-help', 'Where to get help', 'help'],
      // Teacher notes win over the case written inside them.
      ['5', 'for-the-teacher', 'For the teacher', 'teacher'],
    ]);
    expect(sections[1]?.body).toEqual(['p', 'ul']);
    expect(sections[2]?.body).toEqual(['Case']);
    // Every section reports to the list the page passes to <Content>.
    expect(new Set(sections.map((s) => s.collect))).toEqual(new Set(['props.lessonSections']));
  });

  it('leaves the headings (with their anchors) and the imports in place, and imports the wrapper once', () => {
    const { root } = sectionsOf(lesson);
    const top = root.children.filter((n) => !(n.type === 'text' && !n.value.trim()));
    const names = top.map((n) =>
      n.type === 'element'
        ? `${n.tagName}.${[n.properties.className].flat().join('.')}`
        : 'name' in n
          ? n.name
          : n.type,
    );
    expect(names.filter((n) => n === 'div.sl-heading-wrapper.level-h2')).toHaveLength(5);
    expect(names.filter((n) => n === 'LessonSection')).toHaveLength(6);
    const imports = top.filter((n) => n.type === 'mdxjsEsm').map((n) => ('value' in n ? n.value : ''));
    expect(imports.filter((v) => v.includes('LessonSection'))).toHaveLength(1);
    expect(imports.some((v) => v.includes('~/components/lesson.ts'))).toBe(true);
  });

  it('puts rendered sections back in lesson order and parses their bodies into blocks', () => {
    const sections = lessonSections([
      { index: 2, id: 'b', heading: 'B', kind: 'quiz', html: '<form class="quiz"></form>' },
      { index: 0, id: '', heading: '', kind: 'text', html: '\n' },
      { index: 1, id: 'a', heading: 'A', kind: 'text', html: '\n<p>one</p>\n<script>if (a<b) {}</script><hr>' },
    ]);
    // The empty text before the first heading is no section.
    expect(sections.map((s) => [s.id, s.kind, html(s.blocks)])).toEqual([
      ['a', 'text', '<p>one</p><hr>'],
      ['b', 'quiz', '<form class="quiz"></form>'],
    ]);
  });

  it('names the kind of a section by its strongest component', () => {
    expect(sectionKind([])).toBe('text');
    expect(sectionKind(['KeyTerm'])).toBe('text');
    expect(sectionKind(['Case', 'HelpContacts'])).toBe('help');
    expect(sectionKind(['HelpContacts', 'Quiz'])).toBe('quiz');
    expect(sectionKind(['Quiz', 'TeacherNotes'])).toBe('teacher');
  });
});

describe('slides and booklet pages from section blocks', () => {
  it('keeps every slide within the budget, splitting long lists and paragraphs', () => {
    const sentence = 'Это одно предложение примерно из сорока знаков. ';
    const para = `<p>${sentence.repeat(20)}</p>`;
    const list = `<ol>${'<li>пункт списка номер такой-то</li>'.repeat(30)}</ol>`;
    const groups = chunkBlocks(blocksOf(para + list), 300);
    expect(groups.length).toBeGreaterThan(3);
    for (const g of groups) expect(textOf(g).length).toBeLessThanOrEqual(300);
    expect(textOf(groups.flat())).toBe(textOf(blocksOf(para + list)));
    // A split ordered list keeps counting: the second part starts after the items of the first.
    const ols = groups.flat().filter((b) => b.type === 'element' && b.tagName === 'ol');
    expect(ols.length).toBeGreaterThan(1);
    const firstCount = ols[0]?.type === 'element' ? ols[0].children.length : 0;
    expect(html(ols[1] ?? [])).toMatch(new RegExp(`^<ol start="${firstCount + 1}">`));
  });

  it('keeps a lead-in with the list it introduces', () => {
    const groups = chunkBlocks(
      blocksOf(`<p>${'x'.repeat(250)}</p><p>If you are bullied:</p><ul><li>${'y'.repeat(200)}</li></ul>`),
      300,
    );
    expect(groups.map((g) => g.length)).toEqual([1, 2]);
    expect(html(groups.at(-1)?.[0] ?? [])).toBe('<p>If you are bullied:</p>');
  });

  it('counts visible text only: no tooltip, no script', () => {
    const blocks = blocksOf(
      '<p>A <span class="key-term"><a href="#t">term</a><span role="tooltip">long definition</span></span> here.</p>',
    );
    expect(textOf(blocks)).toBe('A term here.');
  });

  it('prefixes ids and their references, demotes headings and drops anchor links', () => {
    expect(
      html(
        prefixIds(
          blocksOf('<h2 id="a">A</h2><a href="#a" aria-describedby="t1 t2">x</a><label for="q">y</label>'),
          'l1-',
        ),
      ),
    ).toBe('<h2 id="l1-a">A</h2><a href="#l1-a" aria-describedby="l1-t1 l1-t2">x</a><label for="l1-q">y</label>');
    expect(
      html(demoteHeadings(blocksOf('<div class="sl-heading-wrapper level-h2"><h2 id="x">A</h2></div><h3>B</h3>'))),
    ).toBe('<div class="sl-heading-wrapper level-h3"><h3 id="x">A</h3></div><h4>B</h4>');
    expect(html(dropAnchorLinks(blocksOf('<div><h3>A</h3><a class="sl-anchor-link" href="#a">#</a></div>')))).toBe(
      '<div><h3>A</h3></div>',
    );
  });
});
