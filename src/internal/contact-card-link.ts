/** The page's `<rug-contact-card>`, which advice elsewhere points to, if there is one. */
export function findContactCard(): HTMLElement | null {
  return document.querySelector('rug-contact-card');
}

/** Scrolls the page's contact card into view and moves focus to it. */
export function goToContactCard(): void {
  const card = findContactCard();
  if (!card) return;
  // A card is not focusable by itself; -1 lets focus land there without adding a tab stop.
  if (!card.hasAttribute('tabindex')) card.tabIndex = -1;
  card.scrollIntoView({ block: 'start' });
  card.focus({ preventScroll: true });
}
