// Turns one of this site's MDX pages into a page for bare Starlight with the same text: the site's own
// components (quiz, key terms, help lines, lesson and initiative facts) become plain Markdown, and only
// Starlight's built-in components stay. Comparing the two builds then measures what the site adds.
import yaml from 'js-yaml';
import { isLocale } from '../../../src/config/locales.ts';
import { adiletUrl } from '../../../src/lib/legal-acts.ts';
// ui(): a Node tool, outside Astro, so there is no Astro.locals.t.
import { ui } from '../../../src/lib/ui-strings.ts';

export interface GlossaryEntry {
  id: string;
  [locale: string]: unknown;
}

export interface HelpContactEntry {
  id: string;
  number: string;
  [locale: string]: unknown;
}

export interface LegalActEntry {
  id: string;
  adilet: string;
  title: Record<string, string>;
}

export interface BareData {
  glossary: readonly GlossaryEntry[];
  helpContacts: readonly HelpContactEntry[];
  legalActs: readonly LegalActEntry[];
}

export interface SourcePage {
  /** Shown in errors. */
  file: string;
  locale: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

export interface BarePage {
  ext: 'md' | 'mdx';
  frontmatter: Record<string, unknown>;
  body: string;
}

const STARLIGHT_COMPONENTS = '@astrojs/starlight/components';
/** Frontmatter Starlight's default docs schema understands; the site's own fields are dropped. */
const STARLIGHT_FIELDS = ['title', 'description', 'template', 'hero'];

const str = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};

function localized(entry: Record<string, unknown>, locale: string, field: string): string {
  return str(record(entry[locale])[field]);
}

function quizMarkdown(page: SourcePage): string {
  const quiz = list(page.frontmatter.quiz);
  if (quiz.length === 0) throw new Error(`${page.file}: <Quiz /> on a page without a quiz in its frontmatter`);
  return quiz
    .map((q, i) => {
      const question = record(q);
      const options = list(question.options).map((o) => `   - ${str(o)}`);
      return [`${i + 1}. ${str(question.question)}`, ...options, '', `   ${str(question.explanation)}`].join('\n');
    })
    .join('\n\n');
}

function helpContactsMarkdown(tag: string, page: SourcePage, data: BareData): string {
  const only = /only=\{\[([^\]]*)\]\}/.exec(tag)?.[1];
  const ids = only ? [...only.matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1] as string) : [];
  const chosen = ids.length ? ids : data.helpContacts.map((c) => c.id);
  return chosen
    .map((id) => {
      const contact = data.helpContacts.find((c) => c.id === id);
      if (!contact) throw new Error(`${page.file}: <HelpContacts> names "${id}", which is not a help contact`);
      const name = localized(contact, page.locale, 'name');
      const note = localized(contact, page.locale, 'note');
      return `- [${contact.number}](tel:${contact.number}) **${name}** — ${note}`;
    })
    .join('\n');
}

function glossaryMarkdown(page: SourcePage, data: BareData): string {
  return data.glossary
    .map((t) => `- **${localized(t, page.locale, 'term')}** — ${localized(t, page.locale, 'definition')}`)
    .join('\n');
}

function lessonHeader(page: SourcePage, data: BareData): string {
  const fm = page.frontmatter;
  const l = page.locale;
  const grades = record(fm.grades);
  const terms = list(fm.keyTerms).map((id) => {
    const entry = data.glossary.find((t) => t.id === id);
    return `- ${entry ? localized(entry, l, 'term') : str(id)}`;
  });
  return [
    `**${ui(l, 'lesson.disclaimer')}** ${ui(l, 'lesson.notReviewed')}`,
    [
      `- ${ui(l, 'lesson.number')}: ${str(fm.lesson)}`,
      `- ${ui(l, 'lesson.grades')}: ${ui(l, 'lesson.gradesValue', { from: str(grades.from), to: str(grades.to) })}`,
      `- ${ui(l, 'lesson.duration')}: ${ui(l, 'lesson.minutes', { minutes: str(fm.durationMinutes) })}`,
    ].join('\n'),
    `## ${ui(l, 'lesson.objectives')}`,
    list(fm.objectives)
      .map((o) => `- ${str(o)}`)
      .join('\n'),
    ...(terms.length ? [`## ${ui(l, 'lesson.keyTerms')}`, terms.join('\n')] : []),
  ].join('\n\n');
}

function lessonFooter(page: SourcePage, data: BareData): string {
  const l = page.locale;
  const sources = list(page.frontmatter.sources).map((s) => {
    const source = record(s);
    const act = data.legalActs.find((a) => a.id === source.act);
    if (!act) throw new Error(`${page.file}: sources: "${str(source.act)}" is not in content/data/legal-acts.yaml`);
    const articles = list(source.articles).map(str);
    const cited = articles.length ? ` — ${ui(l, 'lesson.articles', { list: articles.join(', ') })}` : '';
    const title = act.title[l] ?? act.id;
    const url = isLocale(l) ? adiletUrl(act, l) : undefined;
    const link = url ? `[${title}](${url})` : title;
    return `- ${link}${cited}`;
  });
  return [`## ${ui(l, 'lesson.sources')}`, sources.join('\n')].join('\n\n');
}

function initiativeHeader(page: SourcePage): string {
  const fm = page.frontmatter;
  const l = page.locale;
  const value = (v: unknown) => (v === undefined || v === 'pending' ? ui(l, 'pending.value') : str(v));
  const transliterations = list(fm.transliterations).map(str);
  return [
    `## ${ui(l, 'initiative.facts')}`,
    [
      `- ${ui(l, 'initiative.nativeName')}: ${str(fm.nativeName)}`,
      ...(transliterations.length ? [`- ${ui(l, 'initiative.transliterations')}: ${transliterations.join(', ')}`] : []),
      `- ${ui(l, 'initiative.presentedBy')}: ${str(fm.presentedBy)}`,
      `- ${ui(l, 'initiative.status')}: ${str(fm.status)}`,
      `- ${ui(l, 'initiative.aims')}: ${value(fm.aims)}`,
      `- ${ui(l, 'initiative.howToJoin')}: ${value(fm.howToJoin)}`,
      `- ${ui(l, 'initiative.contacts')}: ${value(fm.contacts)}`,
      `- ${ui(l, 'initiative.startDate')}: ${value(fm.startDate)}`,
    ].join('\n'),
  ].join('\n\n');
}

function sessionHeader(page: SourcePage): string {
  const fm = page.frontmatter;
  const l = page.locale;
  return [
    `- ${ui(l, 'council.date')}: ${fm.date ? str(fm.date instanceof Date ? fm.date.toISOString().slice(0, 10) : fm.date) : ui(l, 'council.dateNotPublished')}`,
    `- ${ui(l, 'council.chair')}: ${str(fm.chair)}`,
  ].join('\n');
}

export function toBarePage(page: SourcePage, data: BareData): BarePage {
  const kept = new Set<string>();
  const lines = page.body.split('\n').filter((line) => {
    const imported = /^import\s+\{([^}]*)\}\s+from\s+['"]([^'"]+)['"];?\s*$/.exec(line);
    if (!imported) return !/^import\s/.test(line);
    if (imported[2] !== STARLIGHT_COMPONENTS) return false;
    for (const name of (imported[1] ?? '').split(',')) if (name.trim()) kept.add(name.trim());
    return true;
  });
  const component = (name: string) => !kept.has(name);
  let body = lines
    .join('\n')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<KeyTerm\b[^>]*>([\s\S]*?)<\/KeyTerm>/g, '$1')
    .replace(/<Quiz\b[^>]*\/>/g, () => quizMarkdown(page))
    .replace(/<HelpContacts\b[^>]*\/>/g, (tag) => helpContactsMarkdown(tag, page, data))
    .replace(/<Glossary\b[^>]*\/>/g, () => glossaryMarkdown(page, data))
    .replace(/<Case\b[^>]*?title=(?:"([^"]*)"|'([^']*)')[^>]*>/g, (_, a?: string, b?: string) => `**${a ?? b ?? ''}**`)
    // Any other site component: self-closing ones are derived listings (the sidebar lists pages in bare
    // Starlight); wrappers keep their content.
    .replace(/<\/?([A-Z][A-Za-z]*)\b[^>]*>/g, (tag, name: string) => (component(name) ? '' : tag))
    .replace(/\n{3,}/g, '\n\n')
    .trim();

  const kind = page.frontmatter.kind;
  if (kind === 'lesson') body = `${lessonHeader(page, data)}\n\n${body}\n\n${lessonFooter(page, data)}`;
  if (kind === 'initiative') body = `${initiativeHeader(page)}\n\n${body}`;
  if (kind === 'council-session') body = `${sessionHeader(page)}\n\n${body}`;

  const frontmatter = Object.fromEntries(
    STARLIGHT_FIELDS.filter((k) => page.frontmatter[k] !== undefined).map((k) => [k, page.frontmatter[k]]),
  );
  if (typeof frontmatter.title !== 'string' || !frontmatter.title) {
    throw new Error(`${page.file}: title: missing; bare Starlight needs a title`);
  }
  return { ext: kept.size ? 'mdx' : 'md', frontmatter, body: `${body}\n` };
}

/** The text of a Markdown file: YAML frontmatter between `---` lines, then the body. */
export function renderPageFile(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${yaml.dump(frontmatter, { lineWidth: -1 })}---\n\n${body}`;
}
