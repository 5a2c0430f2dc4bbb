import { formatDate } from './format-date.ts';
import { fallbackChain, locales, type Language, type Locale } from '../config/locales.ts';
import { PENDING, slugSchema } from '../schemas/common.ts';
import { legalActSchema, type LegalAct } from '../schemas/legal-act.ts';
import { problemsFromZod, type ContentProblem } from './content-errors.ts';
import { didYouMean } from './did-you-mean.ts';

/** adilet.zan.kz's language segment for a site locale (its own, or its fallback's: adilet has kaz, rus, eng). */
function adiletLanguage(locale: Locale): string {
  for (const l of fallbackChain(locale)) {
    const segment = (locales[l] as Language).adilet;
    if (segment) return segment;
  }
  return 'rus';
}

/** The act's page on adilet.zan.kz in the reader's language, or undefined while its id is pending. */
export function adiletUrl(act: Pick<LegalAct, 'adilet'>, locale: Locale): string | undefined {
  return act.adilet === PENDING ? undefined : `https://adilet.zan.kz/${adiletLanguage(locale)}/docs/${act.adilet}`;
}

/** A source as a lesson's frontmatter holds it (read loosely: the schema reports shape errors itself). */
interface RawSource {
  act?: unknown;
  articles?: unknown;
  historical?: unknown;
}

function sourcesOf(frontmatter: unknown): RawSource[] {
  const sources = (frontmatter as { sources?: unknown } | null)?.sources;
  return Array.isArray(sources) ? sources.map((s) => (s && typeof s === 'object' ? (s as RawSource) : {})) : [];
}

/** What remains to check about one cited act before a lesson may claim a "law as of" date. */
export type PendingCheck =
  /** The act has no verified adilet.zan.kz id: nobody has read its official text through the registry. */
  | 'official-text'
  /** The lesson cites the act with `articles: pending`: the article numbers are not verified. */
  | 'articles'
  /** The registry entry's `checkedOn` is pending: nobody has checked it against the official text. */
  | 'checked-on';

/** One act of a lesson with what remains to check about it, in the order the lesson cites its acts. */
export interface PendingAct {
  act: string;
  checks: PendingCheck[];
}

/**
 * The law a lesson states, as the registry lets it be dated: `dated` (the oldest `checkedOn` among the acts
 * it cites) only when every cited act has an official adilet id, every cited article is verified and every
 * act has been checked; otherwise `pending` with what remains, act by act. Undefined when the lesson cites no
 * known act.
 */
export type LawStatus = { kind: 'dated'; date: Date } | { kind: 'pending'; pending: PendingAct[] };

export function lawStatus(
  sources: readonly { act: string; articles?: readonly string[] | typeof PENDING }[],
  acts: ReadonlyMap<string, Pick<LegalAct, 'checkedOn' | 'adilet'>>,
): LawStatus | undefined {
  const pending = new Map<string, Set<PendingCheck>>();
  const dates: Date[] = [];
  let known = 0;
  for (const source of sources) {
    const act = acts.get(source.act);
    if (!act) continue;
    known += 1;
    const checks = pending.get(source.act) ?? new Set<PendingCheck>();
    if (act.adilet === PENDING) checks.add('official-text');
    if (source.articles === PENDING) checks.add('articles');
    if (act.checkedOn === PENDING) checks.add('checked-on');
    else dates.push(act.checkedOn);
    if (checks.size > 0) pending.set(source.act, checks);
  }
  if (known === 0) return undefined;
  if (pending.size > 0) {
    const order: PendingCheck[] = ['official-text', 'articles', 'checked-on'];
    return {
      kind: 'pending',
      pending: [...pending].map(([act, checks]) => ({ act, checks: order.filter((c) => checks.has(c)) })),
    };
  }
  return { kind: 'dated', date: new Date(Math.min(...dates.map((d) => d.getTime()))) };
}

/** A registry date as readers see it ("30 November 2026"); registry dates are days, so read in UTC. */
export function longDay(locale: string, date: Date): string {
  return formatDate(date, locale, 'UTC');
}

/** `2026-07-01`, the form of `<time datetime>` and of the registry. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Validates the registry file; returns the acts by id (valid entries only) and the problems found. */
export function readLegalActs(
  entries: unknown,
  file: string,
): { acts: Map<string, LegalAct>; problems: ContentProblem[] } {
  const acts = new Map<string, LegalAct>();
  if (!Array.isArray(entries)) {
    return {
      acts,
      problems: [{ file, field: '', message: 'expected a list of acts, each starting with "- id: ..."' }],
    };
  }
  const problems: ContentProblem[] = [];
  entries.forEach((entry: unknown, i) => {
    const id = (entry as { id?: unknown } | null)?.id;
    const label = typeof id === 'string' && id ? id : `act #${i + 1}`;
    const idCheck = slugSchema.safeParse(id);
    if (!idCheck.success)
      problems.push({ file, field: `${label}.id`, message: idCheck.error.issues[0]?.message ?? '' });
    const result = legalActSchema.safeParse(entry);
    if (!result.success) {
      problems.push(...problemsFromZod(file, result.error).map((p) => ({ ...p, field: `${label}.${p.field}` })));
      return;
    }
    if (typeof id !== 'string') return;
    if (acts.has(id))
      problems.push({ file, field: `${label}.id`, message: `"${id}" is used by another act; ids must be unique` });
    acts.set(id, result.data);
  });
  for (const [id, act] of acts) {
    if (act.replacedBy !== undefined && !acts.has(act.replacedBy)) {
      problems.push({
        file,
        field: `${id}.replacedBy`,
        message: `"${act.replacedBy}" is not an act in this file${didYouMean(act.replacedBy, acts.keys())}`,
      });
    }
  }
  return { acts, problems };
}

/**
 * A published lesson cites only acts the registry knows, and never a repealed act as if it were the law
 * in force, unless the source is marked `historical: true` (the lesson talks about that act on purpose).
 */
export function checkLessonSources(
  page: { file: string; frontmatter: unknown },
  acts: ReadonlyMap<string, LegalAct>,
  registryFile: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  sourcesOf(page.frontmatter).forEach((source, i) => {
    if (typeof source.act !== 'string') return; // the schema check reports it
    const act = acts.get(source.act);
    if (!act) {
      problems.push({
        file: page.file,
        field: `sources.${i}.act`,
        message: `"${source.act}" is not an act in ${registryFile}${didYouMean(source.act, acts.keys())}`,
      });
      return;
    }
    if (act.status === 'repealed' && source.historical !== true) {
      const replaced = act.replacedBy ? acts.get(act.replacedBy) : undefined;
      const by = act.replacedBy
        ? `it was replaced by "${act.replacedBy}" (${replaced?.title.en ?? act.replacedBy}); cite that act`
        : 'cite the act in force';
      problems.push({
        file: page.file,
        field: `sources.${i}.act`,
        message: `cites "${source.act}" (${act.title.en}), which is repealed; ${by}, or mark this source historical: true if the lesson talks about the old text on purpose`,
      });
    }
  });
  return problems;
}

/** Registry entries last checked more than `maxAgeDays` before `today`: a warning, not an error. */
export function staleActs(
  acts: ReadonlyMap<string, Pick<LegalAct, 'checkedOn'>>,
  today: Date,
  registryFile: string,
  maxAgeDays = 365,
): ContentProblem[] {
  const day = 86_400_000;
  return [...acts].flatMap(([id, act]) => {
    if (act.checkedOn === PENDING) return [];
    const age = Math.floor((today.getTime() - act.checkedOn.getTime()) / day);
    return age > maxAgeDays
      ? [
          {
            file: registryFile,
            field: `${id}.checkedOn`,
            message: `was last checked ${age} days ago (${isoDay(act.checkedOn)}); check the act against the official text and update checkedOn`,
          },
        ]
      : [];
  });
}

/** What a lesson's source cites, in one comparable string: `criminal-code: 15, 194` (for parity checks). */
export function citationKey(frontmatter: unknown): string {
  return sourcesOf(frontmatter)
    .map((s) => `${String(s.act)}: ${Array.isArray(s.articles) ? s.articles.join(', ') : String(s.articles ?? '')}`)
    .join('; ');
}

/** Why an act the lessons cite is on the "changes to watch" list. */
export type WatchReason =
  /** Repealed (and by what): the lessons cite it only as history, and what replaced it is what applies now. */
  | { kind: 'repealed'; replacedBy?: string }
  /** Last checked before a change: its own entry into force, or the entry into force of what replaced it. */
  | { kind: 'checked-before-change'; checkedOn: Date; changedOn: Date }
  /** What the registry or a citing lesson has not verified yet. */
  | { kind: 'pending'; checks: PendingCheck[] };

export interface WatchItem {
  act: string;
  reasons: WatchReason[];
  /** The lessons (ids) that cite the act. */
  citedBy: string[];
}

/**
 * The acts the lessons cite whose status or text changed after they were checked, or that still wait for a
 * check, computed from the registry and the lessons' sources (the way legislation.gov.uk lists "changes not
 * yet applied"). Acts no lesson cites are left out; the order is that of `acts`.
 */
export function changesToWatch(
  acts: ReadonlyMap<string, Pick<LegalAct, 'adilet' | 'status' | 'replacedBy' | 'inForceSince' | 'checkedOn'>>,
  lessons: readonly {
    id: string;
    sources: readonly { act: string; articles?: readonly string[] | typeof PENDING }[];
  }[],
): WatchItem[] {
  const items: WatchItem[] = [];
  for (const [id, act] of acts) {
    const citing = lessons.filter((l) => l.sources.some((s) => s.act === id));
    if (citing.length === 0) continue;
    const reasons: WatchReason[] = [];
    if (act.status === 'repealed') reasons.push({ kind: 'repealed', replacedBy: act.replacedBy });
    if (act.checkedOn !== PENDING) {
      const replacement = act.replacedBy ? acts.get(act.replacedBy) : undefined;
      const changes = [act.inForceSince, replacement?.inForceSince].filter(
        (d): d is Date => d instanceof Date && d.getTime() > (act.checkedOn as Date).getTime(),
      );
      if (changes.length > 0)
        reasons.push({
          kind: 'checked-before-change',
          checkedOn: act.checkedOn,
          changedOn: new Date(Math.max(...changes.map((d) => d.getTime()))),
        });
    }
    const checks: PendingCheck[] = [];
    if (act.adilet === PENDING) checks.push('official-text');
    if (citing.some((l) => l.sources.some((s) => s.act === id && s.articles === PENDING))) checks.push('articles');
    if (act.checkedOn === PENDING) checks.push('checked-on');
    if (checks.length > 0) reasons.push({ kind: 'pending', checks });
    if (reasons.length > 0) items.push({ act: id, reasons, citedBy: citing.map((l) => l.id) });
  }
  return items;
}
