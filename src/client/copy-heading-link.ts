/**
 * Teachers share links to a section: clicking a heading's anchor link (Starlight renders one per heading)
 * also copies the section's full address and announces it. Navigation to the anchor still happens.
 */
export function enableCopyHeadingLinks(announcer: HTMLElement, copiedText: string): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.sl-anchor-link');
    if (!link || !navigator.clipboard) return;
    navigator.clipboard.writeText(link.href).then(
      () => {
        announcer.textContent = copiedText;
        link.dataset.copied = 'true';
        setTimeout(() => {
          announcer.textContent = '';
          delete link.dataset.copied;
        }, 2000);
      },
      // Clipboard refused (permissions, insecure context): the link still navigates; nothing to report.
      () => undefined,
    );
  });
}
