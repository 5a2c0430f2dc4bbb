import type { Page } from '@playwright/test';

/**
 * Slips a reader sees on any page, whatever its content: returns one line per problem, naming the page.
 * - an element the page hides (`hidden`) that is laid out anyway: a stylesheet's display rule beat the attribute
 *   (this put "delete all results?" on screen with one tap from wiping a student's progress);
 * - two sentences joined without a space ("ашылады.Интернетсіз"): text from two templates or two elements run
 *   together in the rendered text, in any of the site's scripts.
 */
export async function slipsOn(page: Page, path: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const problems: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('[hidden]')) {
      if (el.getAttribute('hidden') === 'until-found' || el.closest('template')) continue;
      if (el.getClientRects().length > 0) {
        const name = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''}`;
        problems.push(`hidden element is shown: ${name} «${(el.textContent ?? '').trim().slice(0, 60)}»`);
      }
    }
    // A lower-case letter, a sentence end, an upper-case letter: in prose that is a missing space. (Addresses and
    // file names such as "adilet.zan.kz" or "npm.Run" are lower-case after the dot or not prose.)
    const joined = /[a-zа-яёәғқңөұүһі][.!?…]["«“]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]/gu;
    const text = document.body.innerText;
    for (const m of text.matchAll(joined)) {
      const at = m.index ?? 0;
      problems.push(
        `sentences joined without a space: «…${text.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ')}…»`,
      );
    }
    return problems;
  });
  return found.map((p) => `${path}: ${p}`);
}
