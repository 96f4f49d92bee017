// The demo's language switch: it changes <html lang> at run time, and every rug-*
// element follows (one locale per page). The choice is kept in the URL (?lang=en).
const buttons = document.querySelectorAll('[data-lang]');

function show(lang) {
  document.documentElement.lang = lang;
  for (const button of buttons) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

for (const button of buttons) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang;
    show(lang);
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(null, '', url);
  });
}

show(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'nl');
