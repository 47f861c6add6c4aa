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
    return { verdict: el.getAttribute('data-verdict'), story: el.getAttribute('data-story'), marks: el.getAttribute('data-marks'), view: el.getAttribute('data-view') };
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

/** Waits until the host says the reader sees `view` (panel, tab or hidden). */
export async function waitForView(page: Page, view: 'panel' | 'tab' | 'hidden', timeout = 10_000): Promise<void> {
  await page.waitForFunction(([host, v]) => document.querySelector(host!)?.getAttribute('data-view') === v, [HOST, view] as const, { timeout });
}

/**
 * Run in the page (Playwright or Puppeteer `evaluate`): the article's text blocks that lie in the
 * column of Backstory's visible part (panel or edge tab), and the page's links and controls under
 * it, by their first words; empty when it covers nothing.
 */
export const coveredTextIn = (host: string): string[] => {
    const root = document.querySelector(host)?.shadowRoot;
    const shown = root?.querySelector('[data-testid=panel]') ?? root?.querySelector('[data-testid=edge-tab]');
    if (!shown) return [];
    const box = shown.getBoundingClientRect();
    const covered: string[] = [];
    for (const el of Array.from(document.querySelectorAll('article h1, article p'))) {
      const r = el.getBoundingClientRect();
      // Text is laid out within the block's content box.
      const style = getComputedStyle(el);
      const left = r.left + parseFloat(style.paddingLeft);
      const right = r.right - parseFloat(style.paddingRight);
      // Backstory is fixed to the viewport, so every line scrolls past its column: overlap
      // across is enough to cover text.
      const across = left < box.right && right > box.left;
      if (across && r.width > 0) covered.push((el.textContent ?? '').slice(0, 30));
    }
    // Page controls under it would take focus where the reader cannot see them.
    for (const el of Array.from(document.querySelectorAll('a[href], button, input, select, textarea'))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top) covered.push(`control: ${(el.textContent ?? '').slice(0, 30)}`);
    }
    return covered;
};

export async function coveredText(page: Page): Promise<string[]> {
  return page.evaluate(coveredTextIn, HOST);
}

/**
 * The extension's verdict and story once it has settled on a page, read off the host element (none
 * when no host is mounted). Late text may change the verdict for a few seconds, so it is read again
 * until it agrees with `expected` or a short deadline passes (a failure limit, not a timing check).
 */
export async function settledVerdict(page: Page, expected: { verdict: string; story: string | null }): Promise<{ verdict: string; story: string | null }> {
  const read = () =>
    page.evaluate((host) => {
      const el = document.querySelector(host);
      return { verdict: el?.getAttribute('data-verdict') ?? 'none', story: el?.getAttribute('data-story') || null };
    }, HOST);
  const want = { verdict: expected.verdict, story: expected.verdict === 'none' ? null : expected.story };
  const deadline = Date.now() + (want.verdict === 'none' ? 1_500 : 8_000);
  let seen = await read();
  while (Date.now() < deadline && (seen.verdict !== want.verdict || seen.story !== want.story)) {
    await page.waitForTimeout(200);
    seen = await read();
  }
  return seen;
}
