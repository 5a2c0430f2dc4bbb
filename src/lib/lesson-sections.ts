/**
 * A lesson's `##` sections, so projector slides and the course booklet are generated from the same MDX the
 * lesson page shows, never written a second time. The sections are cut from the MDX tree when it is compiled
 * (src/integrations/lesson-mdx.ts wraps each one in <LessonSection>, which hands its rendered HTML to whoever
 * renders the lesson with a `lessonSections` list); what is here works on the trees of those sections.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { htmlToHast } from 'satteri';

export type SectionKind = 'text' | 'case' | 'quiz' | 'help' | 'teacher';

/** The component that makes a section what it is, strongest first: a section with teacher notes is theirs. */
const KIND_BY_COMPONENT: readonly (readonly [string, SectionKind])[] = [
  ['TeacherNotes', 'teacher'],
  ['Quiz', 'quiz'],
  ['HelpContacts', 'help'],
  ['Case', 'case'],
];

/** A section classified by the MDX components it holds (their names, anywhere in the section). */
export function sectionKind(components: Iterable<string>): SectionKind {
  const names = new Set(components);
  return KIND_BY_COMPONENT.find(([name]) => names.has(name))?.[1] ?? 'text';
}

/** What <LessonSection> hands over for one section: where it is, what it is, and its body rendered. */
export interface RenderedSection {
  /** Position in the lesson (sections render concurrently, so they arrive in any order). */
  index: number;
  /** The heading's id (empty for text before the first heading). */
  id: string;
  /** The heading's text (empty for text before the first heading). */
  heading: string;
  kind: SectionKind;
  /** The section's body (everything after its heading up to the next), as rendered. */
  html: string;
}

export type Block = ElementContent;

export interface LessonSection extends Omit<RenderedSection, 'html' | 'index'> {
  /** The body's top-level nodes (elements and non-blank text), scripts and styles left out. */
  blocks: Block[];
}

/** The parsed top-level nodes of an HTML fragment: no blank text, comments, scripts or styles. */
export function blocksOf(html: string): Block[] {
  const root = htmlToHast(html, { fragment: true }) as Root;
  return root.children.filter(isBlock);
}

function isBlock(node: RootContent): node is Block {
  if (node.type === 'text') return node.value.trim() !== '';
  if (node.type !== 'element') return false;
  return node.tagName !== 'script' && node.tagName !== 'style';
}

/** The sections a lesson rendered, in lesson order, each body parsed into its blocks. */
export function lessonSections(rendered: readonly RenderedSection[]): LessonSection[] {
  return [...rendered]
    .sort((a, b) => a.index - b.index)
    .map(({ id, heading, kind, html }) => ({ id, heading, kind, blocks: blocksOf(html) }))
    .filter((s) => s.heading || s.blocks.length);
}

/** Serialised HTML of parsed nodes. */
export function html(nodes: Block | readonly Block[]): string {
  // Bare boolean attributes (`data-pagefind-ignore`), as Astro writes them.
  return toHtml(Array.isArray(nodes) ? { type: 'root', children: [...nodes] } : (nodes as Block), {
    collapseEmptyAttributes: true,
  });
}

const classesOf = (node: Element): string[] =>
  [node.properties.className ?? []].flat().flatMap((c) => String(c).split(/\s+/));
export const hasClass = (node: Block, name: string): node is Element =>
  node.type === 'element' && classesOf(node).includes(name);

/** The first element under `node` (itself included) that passes `test`, depth first. */
export function findElement(node: Block, test: (e: Element) => boolean): Element | undefined {
  if (node.type !== 'element') return undefined;
  if (test(node)) return node;
  for (const child of node.children) {
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Visible text of a node (scripts, styles and the key-term tooltips left out, whitespace collapsed). */
export function textOf(nodes: Block | readonly Block[]): string {
  const parts: string[] = [];
  const walk = (node: Block) => {
    if (node.type === 'text') parts.push(node.value);
    else if (node.type === 'element') {
      if (node.tagName === 'script' || node.tagName === 'style' || node.properties.role === 'tooltip') return;
      // Block elements are separate words even when no space is written between them.
      parts.push(' ');
      node.children.forEach(walk);
      parts.push(' ');
    }
  };
  (Array.isArray(nodes) ? nodes : [nodes as Block]).forEach(walk);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Blocks grouped so each group's text stays within `budget` characters (a slide at projector size).
 * A single block longer than the budget is split: a list between its items, a paragraph between sentences.
 */
export function chunkBlocks(blocks: readonly Block[], budget: number): Block[][] {
  const pieces = blocks.flatMap((b) => (textOf(b).length > budget ? splitBlock(b, budget) : [b]));
  const groups: Block[][] = [];
  let group: Block[] = [];
  let size = 0;
  for (const piece of pieces) {
    // +1: the space between two blocks' text.
    const length = textOf(piece).length + 1;
    if (group.length && size + length > budget + 1) {
      // A lead-in ("If you are bullied:") goes with what it introduces.
      const last = group[group.length - 1];
      const leadIn = last !== undefined && textOf(last).endsWith(':');
      if (leadIn && group.length === 1) {
        group.push(piece);
        size += length;
        continue;
      }
      const carry = leadIn && last ? [last] : [];
      if (leadIn) group.pop();
      groups.push(group);
      group = carry;
      size = carry.reduce((n, b) => n + textOf(b).length + 1, 0);
    }
    group.push(piece);
    size += length;
  }
  if (group.length) groups.push(group);
  return groups;
}

function splitBlock(block: Block, budget: number): Block[] {
  if (block.type !== 'element') return [block];
  if (block.tagName === 'ul' || block.tagName === 'ol') {
    const items = block.children.filter((c): c is Block => c.type === 'element');
    let first = 1;
    return chunkBlocks(items, budget).map((group) => {
      // An ordered list continues its numbering on the next slide.
      const start = block.tagName === 'ol' && first > 1 ? { start: first } : {};
      first += group.length;
      return { ...block, properties: { ...block.properties, ...start }, children: group };
    });
  }
  if (block.tagName === 'p') {
    const parts: ElementContent[][] = [];
    let part: ElementContent[] = [];
    for (const sentence of sentencesOf(block.children)) {
      if (part.length && textOf([...part, ...sentence]).length > budget) {
        parts.push(part);
        part = [];
      }
      part.push(...sentence);
    }
    if (part.length) parts.push(part);
    return parts.map((children) => ({ ...block, children: trimmed(children) }));
  }
  return [block];
}

/** A paragraph's inline nodes cut after ". ", "! " or "? " in its own text; markup inside stays whole. */
function sentencesOf(inline: readonly ElementContent[]): ElementContent[][] {
  const sentences: ElementContent[][] = [];
  let current: ElementContent[] = [];
  for (const node of inline) {
    if (node.type !== 'text') {
      current.push(node);
      continue;
    }
    const pieces = node.value.split(/(?<=[.!?] )/);
    pieces.forEach((value, i) => {
      if (value) current.push({ type: 'text', value });
      if (i < pieces.length - 1) {
        sentences.push(current);
        current = [];
      }
    });
  }
  sentences.push(current);
  return sentences.filter((s) => textOf(s) !== '');
}

function trimmed(nodes: ElementContent[]): ElementContent[] {
  const out = [...nodes];
  const first = out[0];
  if (first?.type === 'text') out[0] = { ...first, value: first.value.trimStart() };
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.trimEnd() };
  return out;
}

type Transform = (node: Element) => Element;

function mapElements(nodes: readonly Block[], transform: Transform): Block[] {
  return nodes.map((node) =>
    node.type === 'element' ? transform({ ...node, children: mapElements(node.children, transform) }) : node,
  );
}

const REFERENCES = ['ariaDescribedBy', 'ariaLabelledBy', 'ariaControls'];

/**
 * Makes a fragment's ids unique on a page that holds several lessons: every `id`, and every reference to
 * one (`href="#…"`, `for`, `aria-describedby`, `aria-labelledby`, `aria-controls`), gets the prefix.
 */
export function prefixIds(nodes: readonly Block[], prefix: string): Block[] {
  return mapElements(nodes, (node) => {
    const p = { ...node.properties };
    if (typeof p.id === 'string') p.id = prefix + p.id;
    if (p.htmlFor !== undefined) p.htmlFor = [p.htmlFor].flat().map((v) => prefix + String(v));
    if (typeof p.href === 'string' && p.href.startsWith('#')) p.href = `#${prefix}${p.href.slice(1)}`;
    for (const key of REFERENCES) {
      const value = p[key];
      if (value !== undefined && value !== null) {
        p[key] = (Array.isArray(value) ? value : String(value).split(/\s+/)).map((v) => prefix + String(v));
      }
    }
    return { ...node, properties: p };
  });
}

/** Moves every heading `levels` down (h2 → h3 …, at most h6), for a lesson nested under a lesson heading. */
export function demoteHeadings(nodes: readonly Block[], levels = 1): Block[] {
  const down = (n: string) => String(Math.min(6, Number(n) + levels));
  return mapElements(nodes, (node) => {
    const heading = /^h([1-6])$/.exec(node.tagName);
    const classes = classesOf(node);
    return {
      ...node,
      tagName: heading ? `h${down(heading[1] ?? '6')}` : node.tagName,
      properties: classes.some((c) => /^level-h[1-6]$/.test(c))
        ? {
            ...node.properties,
            className: classes.map((c) => c.replace(/^level-h([1-6])$/, (_, n: string) => `level-h${down(n)}`)),
          }
        : node.properties,
    };
  });
}

/** Drops Starlight's "link to this section" anchors (a printed page or a slide has no use for them). */
export function dropAnchorLinks(nodes: readonly Block[]): Block[] {
  const keep = (node: Block): node is Block => !hasClass(node, 'sl-anchor-link');
  const walk = (list: readonly Block[]): Block[] =>
    list.filter(keep).map((node) => (node.type === 'element' ? { ...node, children: walk(node.children) } : node));
  return walk(nodes);
}
