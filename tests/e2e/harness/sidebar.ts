/**
 * Reading Backstory's state off a page in Playwright: the host element's data attributes and the
 * sidebar inside its open shadow root (Playwright's CSS locators pierce open shadow roots).
 */
import type { Page } from 'playwright-core';

export const HOST = 'backstory-sidebar';

export function inSidebar(page: Page, selector: string) {
  return page.locator(`${HOST} ${selector}`);
}

/** Waits until the content script has finished its first pass (its prefilter measure exists). */
export async function waitForPipeline(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('backstory:prefilter').length > 0, undefined, { timeout });
}

export async function waitForVerdict(page: Page, verdict: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    ([host, v]) => document.querySelector(host!)?.getAttribute('data-verdict') === v,
    [HOST, verdict] as const,
    { timeout },
  );
}

export async function hostAttributes(page: Page): Promise<Record<string, string | null> | null> {
  return page.evaluate((host) => {
    const el = document.querySelector(host);
    if (!el) return null;
    return { verdict: el.getAttribute('data-verdict'), story: el.getAttribute('data-story'), marks: el.getAttribute('data-marks') };
  }, HOST);
}

/** Bounding box and computed position of the sidebar panel, read through the shadow root. */
export async function panelGeometry(page: Page) {
  return page.evaluate((host) => {
    const panel = document.querySelector(host)?.shadowRoot?.querySelector('[data-testid=panel]');
    if (!panel) return null;
    const r = panel.getBoundingClientRect();
    const style = getComputedStyle(panel);
    return { left: r.left, right: r.right, top: r.top, width: r.width, height: r.height, position: style.position, display: style.display, background: style.backgroundColor };
  }, HOST);
}
