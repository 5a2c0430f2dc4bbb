import { actionOfKey, slideFromHash, type PresentAction } from '../lib/present-nav.ts';
import { format } from '../lib/format-template.ts';
import { fillPrintAddresses } from './print-address.ts';

/**
 * Projector mode. One laptop, one projector: the slides window goes on the projector (full screen with F),
 * and N opens the presenter notes in a second window that stays on the laptop screen. The two windows
 * follow each other over a BroadcastChannel (same origin, no server, works offline); the notes are never
 * part of the projected window's visible content.
 */
/** The smallest type a slide is scaled down to (px): about 20 pt on a 1280×720 projector. */
const FIT_FLOOR = 24;

export function initPresent(deck: HTMLElement): void {
  const slides = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
  const total = slides.length;
  const strings = JSON.parse(deck.querySelector('template[data-strings]')?.innerHTML ?? '{}') as Record<string, string>;
  const count = deck.querySelector<HTMLElement>('[data-count]');
  const notes = deck.querySelector<HTMLElement>('[data-notes]');
  const now = deck.querySelector<HTMLElement>('[data-notes-now]');
  const lessonHref = deck.dataset.lessonHref ?? '../';
  const notesView = location.hash.startsWith('#notes');
  const channel = 'BroadcastChannel' in window ? new BroadcastChannel(`present:${location.pathname}`) : undefined;
  let current = slideFromHash(location.hash, total);

  document.documentElement.classList.add('present--js');
  // The title slide's short link, for the origin the slides are served from.
  fillPrintAddresses(deck);
  if (notesView) {
    document.documentElement.classList.add('present--notes');
    if (notes) notes.hidden = false;
  }

  /**
   * Fits the shown slide inside its box: when its text (a long explanation, a long case) would run past
   * the bar, its type is scaled down, never below FIT_FLOOR px; below that the slide scrolls.
   */
  function fit() {
    const slide = slides[current - 1];
    if (!slide || notesView) return;
    slide.style.fontSize = '';
    const base = parseFloat(getComputedStyle(slide).fontSize);
    const fits = () => slide.scrollHeight <= slide.clientHeight + 1;
    if (fits()) return;
    let low = Math.min(1, FIT_FLOOR / base);
    let high = 1;
    for (let i = 0; i < 7; i++) {
      const mid = (low + high) / 2;
      slide.style.fontSize = `${base * mid}px`;
      if (fits()) low = mid;
      else high = mid;
    }
    slide.style.fontSize = `${base * low}px`;
  }

  const answerOf = (n: number) => slides[n - 1]?.querySelector<HTMLElement>('[data-answer]');

  function show(n: number, { broadcast = true } = {}) {
    current = Math.min(Math.max(1, n), total);
    slides.forEach((s, i) => (s.hidden = i + 1 !== current));
    const address = notesView ? `#notes-${current}` : `#${current}`;
    if (location.hash !== address) history.replaceState(null, '', address);
    if (count) count.textContent = format(strings.slideOf ?? '{{n}}/{{total}}', { n: current, total });
    deck.querySelectorAll<HTMLElement>('[data-notes-for]').forEach((el) => {
      el.hidden = el.dataset.notesFor !== String(current);
    });
    if (now)
      now.textContent = `${strings.current ?? ''} ${count?.textContent ?? ''} — ${slides[current - 1]?.querySelector('h1, h2')?.textContent?.trim() ?? ''}`;
    fit();
    if (broadcast) channel?.postMessage({ slide: current, revealed: answerOf(current)?.hidden === false });
  }

  function reveal(open = true) {
    const answer = answerOf(current);
    if (!answer) return false;
    const changed = answer.hidden === open;
    answer.hidden = !open;
    const button = slides[current - 1]?.querySelector<HTMLElement>('[data-reveal]');
    if (button) button.hidden = open;
    fit();
    if (changed) channel?.postMessage({ slide: current, revealed: open });
    return changed;
  }

  function act(action: PresentAction) {
    switch (action) {
      case 'next':
        // On a question, the first press shows the answer (a clicker has no Enter key), the next moves on.
        if (!reveal()) show(current + 1);
        break;
      case 'prev':
        show(current - 1);
        break;
      case 'first':
        show(1);
        break;
      case 'last':
        show(total);
        break;
      case 'reveal':
        reveal();
        break;
      case 'fullscreen':
        if (document.fullscreenElement) void document.exitFullscreen();
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
        break;
      case 'notes':
        if (!notesView)
          window.open(`${location.pathname}#notes-${current}`, 'present-notes', 'popup,width=900,height=700');
        break;
      case 'back':
        if (!notesView && !document.fullscreenElement) location.href = lessonHref;
        break;
    }
  }

  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    // A focused button or link handles its own Enter and Space.
    if (target?.closest('button, a') && (event.key === 'Enter' || event.key === ' ')) return;
    const action = actionOfKey(event.key);
    if (!action) return;
    event.preventDefault();
    act(action);
  });
  deck.addEventListener('click', (event) => {
    const el = (event.target as HTMLElement).closest<HTMLElement>(
      '[data-go], [data-reveal], [data-fullscreen], [data-open-notes]',
    );
    if (!el) return;
    if (el.dataset.go === 'next') show(current + 1);
    else if (el.dataset.go === 'prev') show(current - 1);
    else if (el.hasAttribute('data-reveal')) reveal();
    else if (el.hasAttribute('data-fullscreen')) act('fullscreen');
    else act('notes');
  });
  window.addEventListener('hashchange', () => show(slideFromHash(location.hash, total)));
  channel?.addEventListener('message', (event: MessageEvent<{ slide: number; revealed: boolean }>) => {
    show(event.data.slide, { broadcast: false });
    const answer = answerOf(current);
    if (answer) {
      answer.hidden = !event.data.revealed;
      const button = slides[current - 1]?.querySelector<HTMLElement>('[data-reveal]');
      if (button) button.hidden = event.data.revealed;
      fit();
    }
  });
  window.addEventListener('resize', fit);
  show(current, { broadcast: false });
}
