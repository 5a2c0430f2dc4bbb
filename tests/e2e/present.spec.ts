import { expect, test } from '@playwright/test';
import { courseLessons, locales } from './pages.ts';
import { expectAccessible, watchErrors } from './teaching.ts';

// Projector mode: one lesson per locale (the first of the course) plus the keyboard on every locale.
for (const locale of locales) {
  const lesson = courseLessons(locale)[0];
  if (!lesson) continue;
  const path = `/${locale}/lessons/${lesson.slug}/present/`;

  test(`${locale}: projector keys move the address slide by slide, End and Home, reload keeps the slide`, async ({
    page,
  }) => {
    const problems = await watchErrors(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(path);
    const slides = page.locator('[data-slide]');
    const total = await slides.count();
    expect(total).toBeGreaterThan(5);
    await expect(page.locator('[data-slide="1"]')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(new RegExp(`${path}#3$`));
    await expect(page.locator('[data-slide="3"]')).toBeVisible();
    await expect(page.locator('[data-slide="2"]')).toBeHidden();
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/#2$/);
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/#4$/);
    await page.reload();
    await expect(page.locator('[data-slide="4"]')).toBeVisible();
    await page.keyboard.press('End');
    await expect(page).toHaveURL(new RegExp(`#${total}$`));
    await expect(page.locator(`[data-slide="${total}"]`)).toBeVisible();
    await page.keyboard.press('Home');
    await expect(page).toHaveURL(/#1$/);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(new RegExp(`/${locale}/lessons/${lesson.slug}/$`));
    expect(problems).toEqual([]);
  });
}

test('a question shows its answer on a key press, then moves on; text is at least 28 px at 1280×720', async ({
  page,
}) => {
  const locale = 'ru';
  const lesson = courseLessons(locale)[0];
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/${locale}/lessons/${lesson?.slug}/present/`);
  const question = page.locator('[data-slide]:has([data-answer])').first();
  const n = Number(await question.getAttribute('data-slide'));
  await page.goto(`/${locale}/lessons/${lesson?.slug}/present/#${n}`);
  await expect(question).toBeVisible();
  await expect(question.locator('[data-answer]')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(question.locator('[data-answer]')).toBeVisible();
  await page.goto(`/${locale}/lessons/${lesson?.slug}/present/#${n}`);
  await page.reload();
  // A clicker has no Enter: the first → reveals, the next moves on.
  await page.keyboard.press('ArrowRight');
  await expect(question.locator('[data-answer]')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#${n}$`));
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(new RegExp(`#${n + 1}$`));

  // Every slide's body text, measured on every slide.
  const total = await page.locator('[data-slide]').count();
  for (let i = 1; i <= total; i++) {
    await page.goto(`/${locale}/lessons/${lesson?.slug}/present/#${i}`);
    const sizes = await page
      .locator(`[data-slide="${i}"]`)
      .locator('p, li, dt, dd')
      .evaluateAll((els) =>
        els.filter((e) => (e as HTMLElement).offsetParent).map((e) => parseFloat(getComputedStyle(e).fontSize)),
      );
    expect(Math.min(...sizes), `slide ${i}`).toBeGreaterThanOrEqual(28);
  }
});

test('presenter notes stay off the projected slide and open in their own window', async ({ page, context }) => {
  const lesson = courseLessons('kk')[0];
  await page.goto(`/kk/lessons/${lesson?.slug}/present/#2`);
  await expect(page.locator('[data-notes]')).toBeHidden();
  const popup = context.waitForEvent('page');
  await page.keyboard.press('n');
  const notes = await popup;
  await expect(notes.locator('[data-notes]')).toBeVisible();
  await expect(notes.locator('.misconceptions, .teacher-notes__misconceptions').first()).toBeVisible();
  await expect(notes.locator('[data-slide="2"]')).toBeHidden();
  // The two windows follow each other.
  await page.keyboard.press('ArrowRight');
  await expect(notes).toHaveURL(/#notes-3$/);
});

test('projector mode is axe-clean in both themes', async ({ page }) => {
  const lesson = courseLessons('kk')[0];
  await expectAccessible(page, `/kk/lessons/${lesson?.slug}/present/#1`);
});

// Every slide of every lesson, in every locale, with its answer shown, fits the projector's screen above
// the control bar at the two common laptop/projector sizes: nothing is cut off or left to scroll.
const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
];
for (const locale of locales) {
  test(`${locale}: every slide of every lesson fits above the bar at ${SCREENS.map((s) => `${s.width}×${s.height}`).join(' and ')}, answers shown`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const failures: string[] = [];
    for (const screen of SCREENS) {
      await page.setViewportSize(screen);
      for (const lesson of courseLessons(locale)) {
        const path = `/${locale}/lessons/${lesson.slug}/present/`;
        await page.goto(path);
        // The title slide shows the lesson's short link, for the board, on the address the slides came from.
        const short = page.locator('[data-slide="1"] [data-short-link]');
        const expected = `${new URL(page.url()).origin}/${locale}/l/${lesson.lesson}/`;
        if (screen === SCREENS[0]) {
          await expect(short, path).toHaveText(expected);
          await expect(short, path).toBeVisible();
        }
        // Walk the deck as a clicker does: → shows a question's answer, then moves on. Each state is measured
        // in the page, at once after the key (the deck lays a slide out when it shows it).
        const problems = await page.evaluate(() => {
          const out: string[] = [];
          const slides = [...document.querySelectorAll<HTMLElement>('[data-slide]')];
          const bar = document.querySelector('.present-bar')?.getBoundingClientRect();
          const press = () =>
            document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
          const seen = new Set<string>();
          for (let step = 0; step < slides.length * 2; step++) {
            const slide = slides.find((s) => !s.hidden);
            if (!slide || !bar) return ['no slide or bar shown'];
            const answer = slide.querySelector<HTMLElement>('[data-answer]');
            const state = `slide ${slide.dataset.slide}${answer ? (answer.hidden ? ' (question)' : ' (answer shown)') : ''}`;
            seen.add(state);
            const box = slide.getBoundingClientRect();
            if (box.bottom > bar.top + 1)
              out.push(`${state}: runs ${Math.round(box.bottom - bar.top)} px under the bar`);
            if (slide.scrollHeight > slide.clientHeight + 1)
              out.push(`${state}: ${slide.scrollHeight - slide.clientHeight} px of text cut off (scrolls)`);
            if (slide.scrollWidth > slide.clientWidth + 1) out.push(`${state}: wider than the screen`);
            // Readable from the back of a classroom: no text under 20 px (a fitted slide stops at 24 px, labels 0.85 of it).
            for (const el of slide.querySelectorAll<HTMLElement>('p, li, dt, dd, h1, h2')) {
              const size = parseFloat(getComputedStyle(el).fontSize);
              if (el.offsetParent && size < 20) {
                out.push(`${state}: text at ${size.toFixed(1)} px`);
                break;
              }
            }
            if (answer && !answer.hidden && !answer.textContent?.trim()) out.push(`${state}: empty answer`);
            press();
          }
          // The walk reached every slide, and every question's answer.
          const answers = slides.filter((s) => s.querySelector('[data-answer]')).length;
          if (seen.size !== slides.length + answers)
            out.push(`walked ${seen.size} states of ${slides.length + answers}`);
          return out;
        });
        failures.push(...problems.map((p) => `${path} at ${screen.width}×${screen.height}: ${p}`));
      }
    }
    expect(failures).toEqual([]);
  });
}
