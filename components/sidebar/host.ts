/**
 * The `backstory-sidebar` host element: one open shadow root that holds the sidebar, the mark card
 * and the live region, guarded against pages that fight it.
 *
 * - It is appended to <html>, not <body>: a `transform` or `filter` on body would otherwise become
 *   the containing block of the fixed panel, and pages that rebuild body would drop it.
 * - The panel is `position: fixed` inside the shadow root. Page CSS such as `* { all: unset }`
 *   only reaches the host element itself, and the shadow root's `:host { all: initial !important }`
 *   wins over any non-important page rule (important rules of a shadow tree beat the page's).
 * - A page script that removes unknown elements gets the same host put back (the shadow root and
 *   its rendered state go with it), a bounded number of times so two scripts never loop forever.
 * - Keystrokes inside are stopped at the shadow root, so typing in the sidebar never triggers the
 *   page's shortcuts.
 *
 * Why not WXT's createShadowRootUi: it brings anchor watching (wait-element), CSS fetching and
 * positioning helpers we do not use, about 4 KB gzipped of a content script injected into every
 * page, whose budget is 40 KB. The stylesheet is bundled as a string instead (`?inline`), which also
 * saves a request and keeps the CSS out of web_accessible_resources.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export const HOST_TAG = 'backstory-sidebar';
/**
 * The skip control's element: first in the document (before <head>), so the first Tab on a page
 * reaches "Skip to Backstory" instead of every page link coming before the panel.
 */
export const SKIP_TAG = 'backstory-skip';

/** How many times per minute the host is put back after the page removed it. */
const MAX_REMOUNTS_PER_MINUTE = 20;

/** Key events that must not leave the shadow root (page shortcuts). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export interface HostHandle {
  host: HTMLElement;
  /** Where to render the Preact tree. */
  container: HTMLElement;
  shadow: ShadowRoot;
  /** The skip control's element (see SKIP_TAG). */
  skip: HTMLElement;
  /** What the skip control does (open the panel and move focus into it). */
  onSkip(handler: () => void): void;
  /** Remove the host element and stop guarding it. Safe to call twice. */
  remove(): void;
}

/** Remove hosts left behind by an earlier instance of the content script (update, reload). */
export function removeStaleHosts(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(`${HOST_TAG}, ${SKIP_TAG}`))) el.remove();
}

/** The shadow root's stylesheet: a reset of everything the host could inherit, then ours. */
export function shadowCss(css: string): string {
  return `:host{all:initial !important;}\n${css.replaceAll(':root', ':host')}`;
}

export function mountHost(ctx: ContentScriptContext, css: string, doc: Document = document): HostHandle {
  removeStaleHosts(doc);
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = shadowCss(css);
  const container = doc.createElement('div');
  container.className = 'backstory-root';
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, (e) => e.stopPropagation());
  doc.documentElement.append(host);

  const skip = doc.createElement(SKIP_TAG);
  const skipShadow = skip.attachShadow({ mode: 'open' });
  const skipStyle = doc.createElement('style');
  skipStyle.textContent = shadowCss(css);
  const skipButton = doc.createElement('button');
  skipButton.type = 'button';
  skipButton.className = 'bs-skip';
  skipButton.setAttribute('data-testid', 'skip');
  skipButton.textContent = 'Skip to Backstory';
  let skipHandler: (() => void) | null = null;
  skipButton.addEventListener('click', () => skipHandler?.());
  for (const type of ISOLATED_EVENTS) skipButton.addEventListener(type, (e) => e.stopPropagation());
  skipShadow.append(skipStyle, skipButton);
  doc.documentElement.prepend(skip);

  // Put the host back when a page script removes it.
  const remounts: number[] = [];
  const guard = new MutationObserver(() => {
    if ((host.isConnected && skip.isConnected) || ctx.isInvalid) return;
    const now = Date.now();
    while (remounts.length > 0 && now - remounts[0]! > 60_000) remounts.shift();
    if (remounts.length >= MAX_REMOUNTS_PER_MINUTE) return;
    remounts.push(now);
    if (!host.isConnected) {
      for (const el of Array.from(doc.querySelectorAll(HOST_TAG))) el.remove();
      doc.documentElement.append(host);
    }
    if (!skip.isConnected) doc.documentElement.prepend(skip);
  });
  guard.observe(doc.documentElement, { childList: true });

  let removed = false;
  const stopOnInvalid = ctx.onInvalidated(() => remove());
  function remove() {
    if (removed) return;
    removed = true;
    guard.disconnect();
    stopOnInvalid();
    host.remove();
    skip.remove();
  }
  return { host, container, shadow, skip, onSkip: (handler) => void (skipHandler = handler), remove };
}
