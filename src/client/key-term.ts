/**
 * Key terms on a touch screen: a tap shows the definition in place instead of leaving the lesson for the
 * glossary (hover and keyboard focus already show it). A second tap on the term, a tap elsewhere or Esc
 * closes it; the glossary link inside the definition still leads on. Mouse clicks keep following the link.
 */
export function initKeyTerms(root: Document = document): void {
  let lastPointer = '';
  root.addEventListener('pointerdown', (e) => (lastPointer = e.pointerType), { capture: true });

  const close = (except?: Element) => {
    for (const open of root.querySelectorAll('.key-term[data-open]')) {
      if (open === except) continue;
      open.removeAttribute('data-open');
      open.querySelector('a')?.setAttribute('aria-expanded', 'false');
    }
  };

  root.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    const term = target?.closest('.key-term');
    const link = target?.closest('.key-term > a');
    if (!term || !link) {
      // A tap inside an open definition (on its glossary link, say) leaves it to do its job.
      if (!target?.closest('.key-term[data-open]')) close();
      return;
    }
    if (lastPointer !== 'touch' && lastPointer !== 'pen') return;
    e.preventDefault();
    const opening = !term.hasAttribute('data-open');
    close(term);
    term.toggleAttribute('data-open', opening);
    link.setAttribute('aria-expanded', String(opening));
  });

  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
  });
}
