import { PENDING } from '../schemas/common.ts';

/**
 * A lawyer's review of a lesson holds only for the text the lawyer read. The lesson's legal text (its body,
 * its quiz and its sources) is reduced to one normalised string whose hash, the content fingerprint, the
 * review record keeps: any later edit to that text changes the fingerprint and the review no longer applies.
 */

interface RawQuestion {
  question?: unknown;
  options?: unknown;
  correct?: unknown;
  explanation?: unknown;
}

interface RawSource {
  act?: unknown;
  articles?: unknown;
  historical?: unknown;
}

/** Whitespace and line endings do not change what a text says; everything else does. */
const squash = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\s+/g, ' ').trim();

/**
 * The text the fingerprint covers, read loosely (the frontmatter as an editor wrote it or as the schema parsed
 * it: defaults such as `articles: []` and `historical: false` are filled in, so both give the same string).
 */
export function lessonLegalText(lesson: { body: string; quiz?: unknown; sources?: unknown }): string {
  const body = squash(
    lesson.body
      .split('\n')
      .filter((line) => !/^import\s/.test(line))
      .join('\n'),
  );
  const quiz = (Array.isArray(lesson.quiz) ? (lesson.quiz as RawQuestion[]) : []).map((q) => ({
    question: squash(String(q.question ?? '')),
    options: (Array.isArray(q.options) ? q.options : []).map((o) => squash(String(o))),
    correct: Array.isArray(q.correct) ? q.correct.map(Number) : [],
    explanation: squash(String(q.explanation ?? '')),
  }));
  const sources = (Array.isArray(lesson.sources) ? (lesson.sources as RawSource[]) : []).map((s) => ({
    act: String(s.act),
    articles: s.articles === PENDING ? PENDING : Array.isArray(s.articles) ? s.articles.map(String) : [],
    historical: s.historical === true,
  }));
  return JSON.stringify({ body, quiz, sources });
}

/** A fingerprint is the first 12 hex digits of the SHA-256 of the lesson's legal text. */
export const FINGERPRINT_LENGTH = 12;

/** What the lesson page says about a recorded review. */
export type ReviewState =
  | { kind: 'none' }
  /** The lesson's legal text is the one the lawyer reviewed. */
  | { kind: 'current'; on: Date }
  /** The text changed after the review: the review does not cover what the page says now. */
  | { kind: 'changed'; on: Date };

export function reviewState(review: { on: Date; fingerprint: string } | undefined, fingerprint: string): ReviewState {
  if (!review) return { kind: 'none' };
  return review.fingerprint.toLowerCase() === fingerprint.toLowerCase()
    ? { kind: 'current', on: review.on }
    : { kind: 'changed', on: review.on };
}

/** One numbered row of the review sheet: a statement of the lesson, and the cited articles it names. */
export interface ReviewRow {
  /** The heading of the part of the lesson it is in (a case's title, or "Quiz" for explanations). */
  section: string;
  text: string;
  /** Where it came from: a paragraph or list item of the body, or a quiz explanation. */
  from: 'body' | 'quiz';
  /** Cited acts whose listed article numbers the statement names ("Article 15", "статьи 15", "15-бабы"). */
  cites: { act: string; article: string }[];
}

// An article number after "Article(s)" / "статья" / "ст." or before "-бап", in any of the site's languages.
const articleMentions = [
  /\barticles?\s+((?:\d+(?:-\d+)?)(?:(?:,\s*|\s+and\s+)\d+(?:-\d+)?)*)/giu,
  /(?:стать[а-яё]*|ст\.)\s*((?:\d+(?:-\d+)?)(?:(?:,\s*|\s+и\s+)\d+(?:-\d+)?)*)/giu,
  /((?:\d+(?:-\d+)?)(?:(?:,\s*|\s+және\s+)\d+(?:-\d+)?)*)\s*-\s*ба[пб]/giu,
];

/** Article numbers a statement names, e.g. "Articles 108-1 and 109-1" → ['108-1', '109-1']. */
export function mentionedArticles(text: string): string[] {
  const found = new Set<string>();
  for (const pattern of articleMentions) {
    for (const match of text.matchAll(pattern)) {
      for (const n of (match[1] ?? '').match(/\d+(?:-\d+)?/g) ?? []) found.add(n);
    }
  }
  return [...found];
}

/** MDX prose as a reader sees it: components' tags and Markdown marks removed, their text kept. */
function plain(text: string): string {
  return squash(
    text
      .replace(/<[A-Za-z][^>]*\/>/g, ' ')
      .replace(/<\/?[A-Za-z][^>]*>/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*/g, '')
      .replace(/(^|\s)\*(\S(?:[^*]*\S)?)\*(?=\s|[.,;:!?)]|$)/g, '$1$2')
      .replace(/`/g, ''),
  );
}

/** The attribute `title='…'` or `title="…"` of a component tag (a case's title), if any. */
function titleOf(tag: string): string | undefined {
  return /\btitle=(?:'([^']*)'|"([^"]*)")/.exec(tag)?.slice(1).find(Boolean);
}

/**
 * Every statement of a lesson a reviewer signs off, in reading order: each paragraph and list item of the
 * body (headings only name the part they start) and each quiz explanation, with the cited articles it names.
 */
export function reviewRows(
  lesson: { body: string; quiz: readonly { explanation: string }[]; sources: readonly RawSource[] },
  quizLabel: string,
): ReviewRow[] {
  const cited = lesson.sources.flatMap((s) =>
    Array.isArray(s.articles) ? s.articles.map((article) => ({ act: String(s.act), article: String(article) })) : [],
  );
  const citesOf = (text: string) => {
    const numbers = mentionedArticles(text);
    return cited.filter((c) => numbers.includes(c.article));
  };
  const rows: ReviewRow[] = [];
  let section = '';
  let heading = '';
  const push = (raw: string, from: ReviewRow['from']) => {
    const text = plain(raw);
    if (/[\p{L}\p{N}]/u.test(text)) rows.push({ section, text, from, cites: citesOf(text) });
  };
  const blocks = lesson.body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim());
  for (const block of blocks) {
    if (!block || /^import\s/.test(block)) continue;
    const lines = block.split('\n');
    let paragraph: string[] = [];
    const flush = () => {
      if (paragraph.length > 0) push(paragraph.join(' '), 'body');
      paragraph = [];
    };
    for (const line of lines) {
      const trimmed = line.trim();
      const h = /^#{1,6}\s+(.*)$/.exec(trimmed);
      if (h) {
        flush();
        heading = plain(h[1] ?? '');
        section = heading;
      } else if (/^<[A-Z]\w*[^>]*\/>$/.test(trimmed)) {
        flush(); // a self-closing component (<Quiz />, <HelpContacts />): its text comes from data, not prose
      } else if (/^<[A-Z]\w*[^>]*>$/.test(trimmed)) {
        flush();
        const title = titleOf(trimmed);
        section = title ? `${heading} — ${plain(title)}` : heading;
      } else if (/^<\/[A-Z]\w*>$/.test(trimmed)) {
        flush();
        section = heading;
      } else if (/^(?:[-*+]|\d+\.)\s+/.test(trimmed)) {
        flush();
        paragraph = [trimmed.replace(/^(?:[-*+]|\d+\.)\s+/, '')];
      } else {
        paragraph.push(trimmed);
      }
    }
    flush();
  }
  section = quizLabel;
  for (const q of lesson.quiz) push(q.explanation, 'quiz');
  return rows;
}
