/**
 * The `backstory-sidebar` host element: one shadow root that holds the sidebar, the mark card and
 * the live region, guarded against pages that fight it.
 *
 * - It is appended to <html>, not <body>: a `transform` or `filter` on body would otherwise become
 *   the containing block of the fixed panel, and pages that rebuild body would drop it.
 * - The panel is `position: fixed` inside the shadow root (position 'inline'), so page CSS such as
 *   `* { all: unset }` only reaches the host element, whose `:host { all: initial !important }`
 *   reset (WXT) wins over any non-important page rule.
 * - A page script that removes unknown elements gets the same host put back (the shadow root and
 *   its rendered state go with it), a bounded number of times so two scripts never loop forever.
 * - Keystrokes inside are stopped at the shadow root (isolateEvents), so typing in the sidebar never
 *   triggers the page's shortcuts.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';

export const HOST_TAG = 'backstory-sidebar';

/** How many times per minute the host is put back after the page removed it. */
const MAX_REMOUNTS_PER_MINUTE = 20;

export interface HostHandle {
  host: HTMLElement;
  /** Where to render the Preact tree. */
  container: HTMLElement;
  shadow: ShadowRoot;
  /** Remove the host element and stop guarding it. */
  remove(): void;
}

/** Remove hosts left behind by an earlier instance of the content script (update, reload). */
export function removeStaleHosts(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(HOST_TAG))) el.remove();
}

export async function mountHost(ctx: ContentScriptContext): Promise<HostHandle> {
  removeStaleHosts(document);
  let container: HTMLElement | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: HOST_TAG,
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    onMount(uiContainer) {
      container = document.createElement('div');
      container.className = 'backstory-root';
      uiContainer.append(container);
      return container;
    },
    onRemove(el) {
      el?.remove();
    },
  });
  ui.mount();
  const host = ui.shadowHost;

  // Put the host back when a page script removes it.
  const remounts: number[] = [];
  const guard = new MutationObserver(() => {
    if (host.isConnected || ctx.isInvalid) return;
    const now = Date.now();
    while (remounts.length > 0 && now - remounts[0]! > 60_000) remounts.shift();
    if (remounts.length >= MAX_REMOUNTS_PER_MINUTE) return;
    remounts.push(now);
    removeStaleHosts(document);
    document.documentElement.append(host);
  });
  guard.observe(document.documentElement, { childList: true });
  // Body-level removals are covered too, for pages that moved the host into body.
  if (document.body) guard.observe(document.body, { childList: true });

  let removed = false;
  const remove = () => {
    if (removed) return;
    removed = true;
    guard.disconnect();
    ui.remove();
  };
  ctx.onInvalidated(remove);
  return { host, container: container!, shadow: ui.shadow, remove };
}
