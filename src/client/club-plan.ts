import type { DateNames } from '../config/locales.ts';
import { formatDay } from '../lib/format-day.ts';
import { parsePlan, planHash, type ClubPlan, type PlanProblem } from '../lib/club-plan.ts';
import { format } from '../lib/format-template.ts';
import { progressLabel, readProgress } from '../lib/progress-store.ts';

interface Lesson {
  n: number;
  title: string;
  href: string;
  short: string;
  key: string;
}
type Strings = Record<string, string>;

/**
 * The club plan page: a teacher builds a plan into a link (and QR code); a student opening the link sees
 * the plan with their own results from this device. Everything is in the address and localStorage, so it
 * works offline once the page is saved.
 */
export function initClubPlan(root: HTMLElement): void {
  // The page's own month names come with its strings: the script needs no table of every language's.
  const { lessons, strings, date } = JSON.parse(root.querySelector('template[data-plan-data]')?.innerHTML ?? '{}') as {
    lessons: Lesson[];
    strings: Strings;
    date: DateNames;
  };
  const byNumber = new Map(lessons.map((l) => [l.n, l]));
  const known = new Set(byNumber.keys());
  const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel);
  const view = $<HTMLElement>('[data-plan-view]');
  const picker = $<HTMLOListElement>('[data-plan-picker]');
  const nameInput = $<HTMLInputElement>('[data-plan-name]');
  const result = $<HTMLElement>('[data-plan-result]');
  const linkInput = $<HTMLInputElement>('[data-plan-link]');
  const error = $<HTMLElement>('[data-plan-error]');
  const builderBox = $<HTMLDetailsElement>('[data-plan-builder-box]');
  const intro = $<HTMLElement>('[data-plan-intro]');
  // Whether the plan on screen was made on this page (the teacher's preview) or came in a link (a student).
  let madeHere = false;

  const problemText = (p: PlanProblem): string => {
    switch (p.kind) {
      case 'unknown-lesson':
        return format(strings.unknownLesson ?? '', { n: p.lesson });
      case 'bad-date':
        return format(strings.badDate ?? '', { n: p.lesson, value: p.value });
      case 'duplicate':
        return format(strings.duplicate ?? '', { n: p.lesson });
      case 'garbled':
        return format(strings.garbled ?? '', { value: p.value });
      case 'version':
        return strings.version ?? '';
    }
  };

  function showPlan() {
    const { plan, problems, present } = parsePlan(location.hash, known);
    if (!view) return;
    view.hidden = !present;
    if (builderBox) builderBox.open = !present || madeHere;
    if (!present) return;
    if (intro) intro.textContent = (madeHere ? strings.preview : strings.intro) ?? '';
    const title = $<HTMLElement>('[data-plan-title]');
    if (title) title.textContent = plan.name ? `${strings.heading ?? ''}: ${plan.name}` : (strings.heading ?? '');
    const box = $<HTMLElement>('[data-plan-problems]');
    const list = $<HTMLUListElement>('[data-plan-problem-list]');
    const messages = problems.map(problemText);
    if (plan.items.length === 0) messages.push(strings.nothingValid ?? '');
    if (box && list) {
      box.hidden = messages.length === 0;
      list.replaceChildren(
        ...messages.map((m) => {
          const li = document.createElement('li');
          li.textContent = m;
          return li;
        }),
      );
    }
    const progress = readProgress(localStorage);
    $<HTMLOListElement>('[data-plan-list]')?.replaceChildren(
      ...(plan.items.map((item) => {
        const lesson = byNumber.get(item.lesson);
        const li = document.createElement('li');
        li.dataset.lesson = String(item.lesson);
        const when = document.createElement('span');
        when.className = 'club-plan__date';
        when.textContent = item.date
          ? formatDay(new Date(`${item.date}T00:00:00Z`), date, 'UTC')
          : (strings.noDate ?? '');
        const link = document.createElement('a');
        link.href = lesson?.href ?? '#';
        link.textContent = `${format(strings.lesson ?? '', { n: item.lesson })}. ${lesson?.title ?? ''}`;
        const state = document.createElement('span');
        state.className = 'club-plan__state';
        const label = progressLabel(
          lesson ? progress[lesson.key] : undefined,
          { passed: strings.passed ?? '', lastScore: strings.lastScore ?? '', lastAttempt: strings.lastAttempt ?? '' },
          format,
        );
        state.dataset.state = label.state;
        state.textContent = label.state === 'none' ? (strings.notStarted ?? '') : label.text;
        const short = document.createElement('span');
        short.className = 'club-plan__short';
        short.textContent = new URL(lesson?.short ?? '/', location.origin).href;
        li.append(when, ' ', link, ' ', state, ' ', short);
        return li;
      }) ?? []),
    );
    fillBuilder(plan);
    void drawQr(location.href, $<HTMLElement>('[data-plan-print-qr]'));
  }

  function rows() {
    return [...(picker?.querySelectorAll<HTMLLIElement>('li[data-lesson]') ?? [])];
  }

  function fillBuilder(plan: ClubPlan) {
    if (!picker) return;
    if (nameInput) nameInput.value = plan.name;
    const planned = new Map(plan.items.map((i, index) => [i.lesson, { ...i, index }]));
    const ordered = rows().sort((a, b) => {
      const pa = planned.get(Number(a.dataset.lesson))?.index ?? Infinity;
      const pb = planned.get(Number(b.dataset.lesson))?.index ?? Infinity;
      return pa === pb ? Number(a.dataset.lesson) - Number(b.dataset.lesson) : pa - pb;
    });
    for (const row of ordered) {
      const item = planned.get(Number(row.dataset.lesson));
      const include = row.querySelector<HTMLInputElement>('[data-plan-include]');
      const date = row.querySelector<HTMLInputElement>('[data-plan-date]');
      if (include) include.checked = item !== undefined;
      if (date) date.value = item?.date ?? '';
      picker.append(row);
    }
  }

  function currentPlan(): ClubPlan {
    return {
      name: nameInput?.value ?? '',
      items: rows()
        .filter((row) => row.querySelector<HTMLInputElement>('[data-plan-include]')?.checked)
        .map((row) => {
          const date = row.querySelector<HTMLInputElement>('[data-plan-date]')?.value ?? '';
          return { lesson: Number(row.dataset.lesson), ...(date ? { date } : {}) };
        }),
    };
  }

  async function drawQr(href: string, target: HTMLElement | null) {
    if (!target) return;
    const QRCode = await import('qrcode');
    target.innerHTML = await QRCode.toString(href, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  }

  root.addEventListener('click', (event) => {
    const el = (event.target as HTMLElement).closest<HTMLElement>('button');
    if (!el) return;
    if (el.dataset.planMove) {
      const row = el.closest('li');
      if (!row || !picker) return;
      const sibling =
        el.dataset.planMove === '-1' ? row.previousElementSibling : row.nextElementSibling?.nextElementSibling;
      picker.insertBefore(row, sibling ?? (el.dataset.planMove === '-1' ? picker.firstElementChild : null));
      el.focus();
    } else if (el.hasAttribute('data-plan-make')) {
      const plan = currentPlan();
      if (plan.items.length === 0) {
        if (error) error.textContent = strings.empty ?? '';
        return;
      }
      if (error) error.textContent = '';
      // The address of this very page on the origin it is served from: never a build-time host.
      const href = `${location.origin}${location.pathname}#${planHash(plan)}`;
      history.replaceState(null, '', href);
      madeHere = true;
      showPlan();
      if (result) result.hidden = false;
      if (linkInput) linkInput.value = href;
      void drawQr(href, $<HTMLElement>('[data-plan-qr]'));
    } else if (el.hasAttribute('data-plan-copy')) {
      void navigator.clipboard?.writeText(linkInput?.value ?? '').then(() => {
        const copied = $<HTMLElement>('[data-plan-copied]');
        if (copied) copied.textContent = strings.copied ?? '';
      });
    } else if (el.hasAttribute('data-plan-print')) {
      window.print();
    } else if (el.hasAttribute('data-plan-edit')) {
      if (builderBox) builderBox.open = true;
      $<HTMLElement>('[data-plan-builder]')?.scrollIntoView();
      nameInput?.focus();
    }
  });
  // A link opened over this page (pasted, or from a QR code) is someone's plan, not this page's preview.
  window.addEventListener('hashchange', () => {
    madeHere = false;
    showPlan();
  });
  showPlan();
}
