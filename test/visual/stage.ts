// The page the visual tests photograph: one element at a time on a white stage, in a
// font every CI machine has (Debian's fonts-dejavu-core), at a fixed width, with nothing
// moving, nothing focused and no caret, so that the pixels are the same on every run.
import { waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../dist/rugwijzer.js';

export const LANGS = ['nl', 'en'] as const;
export const WIDTHS = [375, 1280] as const;
/**
 * The viewport that makes an element 650 px wide, a CMS theme's content column
 * (WordPress's default block theme): the column plus the stage's padding.
 */
export const CMS_COLUMN = 650 + 2 * 16;
export type Lang = (typeof LANGS)[number];
export type Width = (typeof WIDTHS)[number] | typeof CMS_COLUMN;

/** Any `rug-*` element, as the tests use it. */
export interface RugElement extends HTMLElement {
  updateComplete: Promise<boolean>;
}

const VIEWPORT_HEIGHT = 800;

const PAGE_CSS = `
  html {
    background: #fff;
    scrollbar-width: none; /* the layout width is the viewport's, with or without scrolling */
  }
  body {
    margin: 0;
    font-family: 'DejaVu Sans';
    font-size: 16px;
    line-height: 1.5;
    color: #1b1b1b;
    background: #fff;
  }
  .rug-visual-stage {
    padding: 16px;
    background: #fff;
    caret-color: transparent; /* inherited into the shadow roots */
  }
`;

let prepared = false;

/** Stops at once when DejaVu Sans is missing: the text would fall back to another font. */
function requireDejaVu(): void {
  const context = document.createElement('canvas').getContext('2d')!;
  const width = (font: string) => {
    context.font = font;
    return context.measureText('Lage rugpijn, Wwmil 0123').width;
  };
  const withDejaVu = width("16px 'DejaVu Sans', monospace");
  if (withDejaVu === width('16px monospace') || withDejaVu === width('16px serif')) {
    throw new Error(
      'DejaVu Sans is not installed: `apt-get install fonts-dejavu-core` (see .ci/run).',
    );
  }
}

/** The baselines are Chromium's pixels: another browser would only report differences. */
function requireChromium(): void {
  if (!navigator.userAgent.includes('Chrome/')) {
    throw new Error(
      'The visual tests run in Chromium only: `npm run test:visual` (web-test-runner --group visual).',
    );
  }
}

/** The page styles and media emulation, once per file. */
async function preparePage(): Promise<void> {
  if (prepared) return;
  prepared = true;
  const style = document.createElement('style');
  style.textContent = PAGE_CSS;
  document.head.append(style);
  await emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
}

/** Nothing left of an earlier test: no element, no remembered or session data. */
export function clearStage(): void {
  document.querySelectorAll('.rug-visual-stage').forEach((stage) => stage.remove());
  localStorage.clear();
  sessionStorage.clear();
}

/**
 * Puts `markup` (one element) on a fresh stage in `lang` at `width` px and waits until it
 * has rendered in that language.
 */
export async function mount<T extends RugElement>(
  markup: string,
  lang: Lang,
  width: Width,
): Promise<{ stage: HTMLElement; el: T }> {
  requireChromium();
  await preparePage();
  requireDejaVu();
  clearStage();
  await setViewport({ width, height: VIEWPORT_HEIGHT, deviceScaleFactor: 1 });
  const stage = document.createElement('div');
  stage.className = 'rug-visual-stage';
  stage.lang = lang;
  stage.innerHTML = markup;
  document.body.append(stage);
  const el = stage.firstElementChild as T;
  await el.updateComplete;
  // The page has one locale, loaded on demand: wait until the element speaks `lang`.
  await waitUntil(
    () => el.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') === lang,
    `${el.localName} in ${lang}`,
  );
  await el.updateComplete;
  return { stage, el };
}

interface UserAgentData {
  getHighEntropyValues(hints: string[]): Promise<{ uaFullVersion?: string }>;
}

/**
 * Compares only in the Chromium that drew the baselines: another version draws text a few
 * pixels differently, and an apt upgrade on a CI machine must not fail every shot. The
 * skip says what to do; `npm run test:visual:update` redraws and records the version.
 */
before(async function () {
  const response = await fetch('/test/visual/baselines/chromium-version.txt');
  const baseline = response.ok ? (await response.text()).trim() : 'unknown';
  // The user-agent string says only 156.0.0.0; the full version is a high-entropy value.
  const agent = (navigator as Navigator & { userAgentData?: UserAgentData }).userAgentData;
  const running =
    (await agent?.getHighEntropyValues(['uaFullVersion']))?.uaFullVersion ?? 'unknown';
  if (running !== baseline) {
    console.warn(
      `Visual baselines were drawn with Chromium ${baseline}, this is ${running}: comparison skipped. Run \`npm run test:visual:update\` and review the PNGs.`,
    );
    this.skip();
  }
});

/** Waits for fonts, rendering and paint, removes focus and ends any animation, then compares. */
export async function snapshot(stage: HTMLElement, el: RugElement, name: string): Promise<void> {
  await document.fonts.ready;
  await el.updateComplete;
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (active instanceof HTMLElement) active.blur();
  (document.activeElement as HTMLElement | null)?.blur();
  for (const animation of document.getAnimations()) animation.finish();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await visualDiff(stage, name);
}
