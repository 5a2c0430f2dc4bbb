/**
 * A lesson's rendered body (the HTML of its MDX) cut into its `##` sections, so projector slides and the
 * course booklet are generated from the same MDX the lesson page shows, never written a second time.
 * Pure string work on the well-formed HTML Astro renders: no DOM, no parser dependency.
 */

export type SectionKind = 'text' | 'case' | 'quiz' | 'help' | 'teacher';

export interface LessonSection {
  /** The heading's id (empty for text before the first heading). */
  id: string;
  /** The heading's inner HTML (empty for text before the first heading). */
  heading: string;
  /** Top-level blocks after the heading, as HTML. */
  blocks: string[];
  kind: SectionKind;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/** The top-level elements (and non-blank text runs) of an HTML fragment, in order. */
export function topLevelBlocks(html: string): string[] {
  const blocks: string[] = [];
  const tags = new RegExp(TAG.source, 'g');
  let depth = 0;
  let start = 0;
  let match: RegExpExecArray | null;
  while ((match = tags.exec(html))) {
    const [tag, closing, rawName, selfClosing] = match;
    const index = match.index;
    if (tag.startsWith('<!--')) continue;
    const name = (rawName ?? '').toLowerCase();
    if (depth === 0 && !closing) {
      const text = html.slice(start, index);
      if (text.trim()) blocks.push(text.trim());
      start = index;
    }
    if (!closing && (name === 'script' || name === 'style')) {
      // Script and style bodies are text, whatever they contain: skip to their end tag.
      const end = html.indexOf(`</${name}`, index + tag.length);
      tags.lastIndex = end === -1 ? html.length : html.indexOf('>', end) + 1 || html.length;
      if (depth === 0) {
        blocks.push(html.slice(start, tags.lastIndex));
        start = tags.lastIndex;
      }
      continue;
    }
    if (closing) depth = Math.max(0, depth - 1);
    else if (!VOID.has(name) && !selfClosing) depth++;
    if (depth === 0) {
      blocks.push(html.slice(start, index + tag.length));
      start = index + tag.length;
    }
  }
  const rest = html.slice(start);
  if (rest.trim()) blocks.push(rest.trim());
  return blocks.filter((b) => !/^<(script|style)\b/i.test(b));
}

const H2 =
  /^<div class="sl-heading-wrapper level-h2"[^>]*>\s*<h2 id="([^"]*)"[^>]*>([\s\S]*?)<\/h2>|^<h2 id="([^"]*)"[^>]*>([\s\S]*?)<\/h2>/;

function kindOf(blocks: readonly string[]): SectionKind {
  const html = blocks.join('');
  if (/class="teacher-notes"/.test(html)) return 'teacher';
  if (/<form class="quiz\b/.test(html)) return 'quiz';
  if (/class="help-contacts\b/.test(html)) return 'help';
  if (/class="case\b/.test(html)) return 'case';
  return 'text';
}

/** The lesson body cut at its `##` headings, each section classified by the components it holds. */
export function lessonSections(html: string): LessonSection[] {
  const sections: LessonSection[] = [];
  let current: LessonSection = { id: '', heading: '', blocks: [], kind: 'text' };
  for (const block of topLevelBlocks(html)) {
    const h = H2.exec(block);
    if (h) {
      if (current.heading || current.blocks.length) sections.push(current);
      current = { id: h[1] ?? h[3] ?? '', heading: (h[2] ?? h[4] ?? '').trim(), blocks: [], kind: 'text' };
    } else {
      current.blocks.push(block);
    }
  }
  if (current.heading || current.blocks.length) sections.push(current);
  return sections.map((s) => ({ ...s, kind: kindOf(s.blocks) }));
}

/** Visible text of an HTML fragment (tags dropped, whitespace collapsed), for length budgets. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<span role="tooltip"[\s\S]*?<\/a>\s*<\/span>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Blocks grouped so each group's text stays within `budget` characters (a slide at projector size).
 * A single block longer than the budget is split: a list between its items, a paragraph between sentences.
 */
export function chunkBlocks(blocks: readonly string[], budget: number): string[][] {
  const pieces = blocks.flatMap((b) => (textOf(b).length > budget ? splitBlock(b, budget) : [b]));
  const groups: string[][] = [];
  let group: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    // +1: the space between two blocks' text.
    const length = textOf(piece).length + 1;
    if (group.length && size + length > budget + 1) {
      // A lead-in ("If you are bullied:") goes with what it introduces.
      const leadIn = textOf(group[group.length - 1] ?? '').endsWith(':');
      if (leadIn && group.length === 1) {
        group.push(piece);
        size += length;
        continue;
      }
      const carry = leadIn ? [group.pop() ?? ''] : [];
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

function splitBlock(block: string, budget: number): string[] {
  const list = /^<(ul|ol)(\b[^>]*)>([\s\S]*)<\/\1>$/.exec(block);
  if (list) {
    const [, tag = 'ul', attrs = '', inner = ''] = list;
    const items = topLevelBlocks(inner);
    let first = 1;
    return chunkBlocks(items, budget).map((group) => {
      // An ordered list continues its numbering on the next slide.
      const start = tag === 'ol' && first > 1 ? ` start="${first}"` : '';
      first += group.length;
      return `<${tag}${attrs}${start}>${group.join('')}</${tag}>`;
    });
  }
  const para = /^<p(\b[^>]*)>([\s\S]*)<\/p>$/.exec(block);
  if (para) {
    const [, attrs = '', inner = ''] = para;
    const sentences = splitSentences(inner);
    const parts: string[] = [];
    let part = '';
    for (const sentence of sentences) {
      if (part && textOf(part + sentence).length > budget) {
        parts.push(part);
        part = '';
      }
      part += sentence;
    }
    if (part) parts.push(part);
    return parts.map((p) => `<p${attrs}>${p.trim()}</p>`);
  }
  return [block];
}

/** Splits inline HTML after ". ", "! " or "? " outside tags, keeping the markup of each sentence whole. */
function splitSentences(inline: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let i = 0;
  while (i < inline.length) {
    const ch = inline[i];
    if (ch === '<') {
      const end = inline.indexOf('>', i);
      if (end === -1) break;
      const tag = inline.slice(i, end + 1);
      const name = /^<\/?([a-zA-Z][\w-]*)/.exec(tag)?.[1]?.toLowerCase() ?? '';
      if (tag.startsWith('</')) depth = Math.max(0, depth - 1);
      else if (!VOID.has(name) && !tag.endsWith('/>')) depth++;
      i = end + 1;
      continue;
    }
    if (depth === 0 && (ch === '.' || ch === '!' || ch === '?') && inline[i + 1] === ' ') {
      out.push(inline.slice(start, i + 2));
      start = i + 2;
    }
    i++;
  }
  out.push(inline.slice(start));
  return out.filter((s) => s.trim());
}

/**
 * Makes a fragment's ids unique on a page that holds several lessons: every `id`, and every reference to
 * one (`href="#…"`, `for`, `aria-describedby`, `aria-labelledby`, `aria-controls`), gets the prefix.
 */
export function prefixIds(html: string, prefix: string): string {
  return html
    .replace(/\b(id|for)="([^"]+)"/g, (_, attr: string, value: string) => `${attr}="${prefix}${value}"`)
    .replace(/\bhref="#([^"]+)"/g, (_, value: string) => `href="#${prefix}${value}"`)
    .replace(
      /\b(aria-describedby|aria-labelledby|aria-controls)="([^"]+)"/g,
      (_, attr: string, value: string) =>
        `${attr}="${value
          .split(/\s+/)
          .map((v) => prefix + v)
          .join(' ')}"`,
    );
}

/** Moves every heading `levels` down (h2 → h3 …, at most h6), for a lesson nested under a lesson heading. */
export function demoteHeadings(html: string, levels = 1): string {
  return html
    .replace(/<(\/?)h([1-6])\b/g, (_, slash: string, n: string) => `<${slash}h${Math.min(6, Number(n) + levels)}`)
    .replace(/level-h([1-6])/g, (_, n: string) => `level-h${Math.min(6, Number(n) + levels)}`);
}

/** Drops Starlight's "link to this section" anchors (a printed page or a slide has no use for them). */
export function dropAnchorLinks(html: string): string {
  return html.replace(/<a class="sl-anchor-link"[\s\S]*?<\/a>/g, '');
}
