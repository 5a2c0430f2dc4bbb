/**
 * A club plan lives in the link itself (`/<locale>/lessons/plan/#v=1&c=<club>&l=3:2026-09-01,5,7`): no
 * server and no account. The hash, not the query, carries it, so the page is the same cached page offline.
 * Parsing never throws: a tampered or outdated link keeps what is valid and reports the rest.
 */

export const PLAN_VERSION = '1';
export const MAX_NAME = 80;
export const MAX_ITEMS = 60;

export interface PlanItem {
  lesson: number;
  /** YYYY-MM-DD, a real calendar day. */
  date?: string;
}

export interface ClubPlan {
  name: string;
  items: PlanItem[];
}

export type PlanProblem =
  | { kind: 'unknown-lesson'; lesson: number }
  | { kind: 'bad-date'; lesson: number; value: string }
  | { kind: 'duplicate'; lesson: number }
  | { kind: 'garbled'; value: string }
  | { kind: 'version'; value: string };

export interface ParsedPlan {
  plan: ClubPlan;
  problems: PlanProblem[];
  /** Whether the address carries a plan at all (otherwise the page only offers to make one). */
  present: boolean;
}

/** Whether `value` is a real day written as YYYY-MM-DD (2026-02-30 is not). */
export function isPlanDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** A club name as shown: control characters dropped, spaces collapsed, at most MAX_NAME characters. */
export function cleanName(value: string): string {
  return [...value.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim()].slice(0, MAX_NAME).join('');
}

/** Reads a plan from a location hash, keeping every valid part; `known` is the course's lesson numbers. */
export function parsePlan(hash: string, known: ReadonlySet<number>): ParsedPlan {
  const raw = hash.replace(/^#/, '');
  const problems: PlanProblem[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    return { plan: { name: '', items: [] }, problems: [{ kind: 'garbled', value: raw.slice(0, 40) }], present: true };
  }
  const present = params.has('l') || params.has('c');
  if (!present) {
    return {
      plan: { name: '', items: [] },
      problems: raw.trim() ? [{ kind: 'garbled', value: raw.slice(0, 40) }] : [],
      present: raw.trim() !== '',
    };
  }
  const version = params.get('v');
  if (version !== null && version !== PLAN_VERSION) problems.push({ kind: 'version', value: version.slice(0, 10) });
  const name = cleanName(params.get('c') ?? '');
  const items: PlanItem[] = [];
  const seen = new Set<number>();
  const list = (params.get('l') ?? '').split(',').filter((part) => part.trim() !== '');
  for (const part of list.slice(0, MAX_ITEMS)) {
    const m = /^\s*(\d{1,4})\s*(?::\s*(.*?)\s*)?$/.exec(part);
    if (!m) {
      problems.push({ kind: 'garbled', value: part.slice(0, 40) });
      continue;
    }
    const lesson = Number(m[1]);
    if (!known.has(lesson)) {
      problems.push({ kind: 'unknown-lesson', lesson });
      continue;
    }
    if (seen.has(lesson)) {
      problems.push({ kind: 'duplicate', lesson });
      continue;
    }
    seen.add(lesson);
    const date = m[2];
    if (date === undefined || date === '') items.push({ lesson });
    else if (isPlanDate(date)) items.push({ lesson, date });
    else {
      problems.push({ kind: 'bad-date', lesson, value: date.slice(0, 20) });
      items.push({ lesson });
    }
  }
  if (list.length > MAX_ITEMS) problems.push({ kind: 'garbled', value: list.slice(MAX_ITEMS).join(',').slice(0, 40) });
  return { plan: { name, items }, problems, present };
}

/** The hash that carries a plan (without `#`); `parsePlan` reads it back unchanged. */
export function planHash(plan: ClubPlan): string {
  const params = new URLSearchParams();
  params.set('v', PLAN_VERSION);
  const name = cleanName(plan.name);
  if (name) params.set('c', name);
  params.set(
    'l',
    plan.items
      .filter((i) => !i.date || isPlanDate(i.date))
      .map((i) => (i.date ? `${i.lesson}:${i.date}` : String(i.lesson)))
      .join(','),
  );
  return params.toString();
}
