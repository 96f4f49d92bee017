import { msg } from '@lit/localize';

/**
 * Wording used by more than one element: one id each, so it is translated once. Each
 * element's own wording stays with the element (e.g. the course checker's texts.ts).
 */

/** The button that moves to the page's `<rug-contact-card>` (accordion and checker). */
export const goToCardText = () =>
  msg('Naar de contactgegevens', {
    id: 'shared.go-to-card',
    desc: 'Button that moves to the clinic’s contact details on the same page',
  });
