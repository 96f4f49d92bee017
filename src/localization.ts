import {
  configureLocalization,
  LOCALE_STATUS_EVENT,
  type LocaleStatusEventDetail,
} from '@lit/localize';
import type { ReactiveElement } from 'lit';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

/**
 * Locale resolution for every `rug-*` element on the page.
 *
 * `@lit/localize` in runtime mode has one active locale per page, so all elements share
 * it. It is the `lang` of the element whose own `lang` was set most recently; else the
 * `lang` of the closest ancestor that has one (usually `<html lang>`); else Dutch.
 */
export type Locale = typeof sourceLocale | (typeof targetLocales)[number];

/** `en` and any `en-*` give English; everything else gives Dutch. */
export function toLocale(lang: string): Locale {
  return /^en(-|$)/i.test(lang.trim()) ? 'en' : 'nl';
}

let localization: ReturnType<typeof configureLocalization> | undefined;
/** Connected elements, in the order they connected. */
const hosts = new Set<ReactiveElement>();
/** Connected elements with a `lang` of their own, the most recently set last. */
const ownLang: HTMLElement[] = [];
let observer: MutationObserver | undefined;

function configured() {
  localization ??= configureLocalization({
    sourceLocale,
    targetLocales,
    // A literal path, so rollup emits the English chunk beside the script and the
    // browser resolves it relative to the script, not the page.
    loadLocale: () => import('./generated/locales/en.js'),
  });
  return localization;
}

/** The `lang` an element inherits, crossing shadow roots up to `<html>`. */
function inheritedLang(element: Element): string {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) {
      return node.getAttribute('lang')!;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return '';
}

function resolveLocale(): Locale {
  const latest = ownLang[ownLang.length - 1];
  if (latest) return toLocale(latest.getAttribute('lang')!);
  for (const host of hosts) return toLocale(inheritedLang(host));
  return sourceLocale;
}

/**
 * The locale last asked of `@lit/localize`: while English loads, `getLocale()` still says
 * Dutch, and a change back to Dutch in that time must still be asked for.
 */
let requested: Locale = sourceLocale;

function applyLocale(): void {
  const { setLocale } = configured();
  const locale = resolveLocale();
  if (locale !== requested) {
    requested = locale;
    setLocale(locale).catch((error: unknown) => {
      console.warn('rugwijzer: could not load the language', locale, error);
    });
  }
}

function forgetOwnLang(host: HTMLElement): void {
  const index = ownLang.indexOf(host);
  if (index >= 0) ownLang.splice(index, 1);
}

/** Once a locale has loaded, every connected element renders in it. */
function rerenderWhenReady(event: CustomEvent<LocaleStatusEventDetail>): void {
  if (event.detail.status === 'ready') for (const host of hosts) host.requestUpdate();
}

/** The active locale, for `lang` on shadow content and for `Intl`. */
export function activeLocale(): Locale {
  return configured().getLocale() as Locale;
}

/** Call when an element connects: it takes part in choosing the page's locale. */
export function connectLocale(host: ReactiveElement): void {
  hosts.add(host);
  if (host.getAttribute('lang') && !ownLang.includes(host)) ownLang.push(host);
  if (!observer) {
    // One listener for the page instead of `updateWhenLocaleChanges` on every element.
    window.addEventListener(LOCALE_STATUS_EVENT, rerenderWhenReady);
    // Ancestors' `lang` (usually `<html lang>`) can change at run time too.
    observer = new MutationObserver(applyLocale);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  applyLocale();
}

/** Call when an element disconnects: nothing of it stays behind. */
export function disconnectLocale(host: ReactiveElement): void {
  hosts.delete(host);
  forgetOwnLang(host);
  if (hosts.size === 0) {
    window.removeEventListener(LOCALE_STATUS_EVENT, rerenderWhenReady);
    observer?.disconnect();
    observer = undefined;
  }
  applyLocale();
}

/** Call when an element's own `lang` is set, changed or removed. */
export function ownLangChanged(host: ReactiveElement): void {
  forgetOwnLang(host);
  if (host.isConnected && hosts.has(host) && host.getAttribute('lang')) ownLang.push(host);
  applyLocale();
}
