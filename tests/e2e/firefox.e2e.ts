/**
 * The core of Backstory in real Firefox (Debian's firefox-esr, headless, through puppeteer-core over
 * WebDriver BiDi), loaded from the built extension in .output/firefox-mv3.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { firefoxPopupUrl, launchFirefox } from './harness/firefox';
import { startServer, type TestServer } from './harness/server';
import { coveredTextIn } from './harness/sidebar';

const HOST = 'backstory-sidebar';
const PANEL = `${HOST} >>> [data-testid=panel]`;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchFirefox();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page at a laptop's width (Puppeteer's default viewport is 800 px, where the panel waits behind its tab). */
async function open(path: string, width = 1280): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 800 });
  await page.goto(`${server.base}${path}`);
  return page;
}

async function waitForView(page: Page, view: 'panel' | 'tab' | 'hidden') {
  await page.waitForFunction((host, v) => document.querySelector(host)?.getAttribute('data-view') === v, { timeout: 10_000 }, HOST, view);
}

const view = (page: Page) => page.evaluate((host) => document.querySelector(host)?.getAttribute('data-view') ?? null, HOST);

async function waitForVerdict(page: Page, verdict: string) {
  await page.waitForFunction((host, v) => document.querySelector(host)?.getAttribute('data-verdict') === v, { timeout: 20_000 }, HOST, verdict);
}

async function panelVisible(page: Page): Promise<boolean> {
  return page.evaluate((host) => {
    const panel = document.querySelector(host)?.shadowRoot?.querySelector('[data-testid=panel]');
    if (!panel) return false;
    const r = panel.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(panel).visibility !== 'hidden';
  }, HOST);
}

/** Whether an error, or one of its causes, is a WebDriver BiDi protocol error. */
function fromProtocol(err: unknown): boolean {
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) if (/ProtocolError|Protocol error/.test(`${(e as Error).name}: ${(e as Error).message}`)) return true;
  return false;
}

/** A step on an extension page, asked again when BiDi fails the script call itself (a protocol
 *  error while the page is still settling is the driver's, not the popup's). */
async function askAgainOnProtocolError<T>(step: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step();
    } catch (err) {
      if (attempt >= 3 || !fromProtocol(err)) throw err;
    }
  }
}

/** See chromium.e2e.ts: the popup is opened in a tab, then re-read with the article's tab in front. */
async function openPopupFor(page: Page): Promise<Page> {
  const popup = await browser.newPage();
  // BiDi never reports this navigation as finished; wait for the popup's content instead.
  popup.goto(firefoxPopupUrl, { timeout: 0 }).catch(() => {});
  // While the extension page is still navigating, BiDi can fail a script call outright ("right-hand
  // side of 'in' should be an object"); that is the driver, not the popup: ask again.
  await askAgainOnProtocolError(() => popup.waitForSelector('#verdict', { timeout: 15_000 }));
  await page.bringToFront();
  await askAgainOnProtocolError(() => popup.evaluate(() => location.reload()));
  await new Promise((r) => setTimeout(r, 300));
  await askAgainOnProtocolError(() => popup.waitForFunction(() => !/loading/i.test(document.querySelector('#verdict')?.textContent ?? 'loading'), { timeout: 15_000 }));
  return popup;
}

describe('Firefox', () => {
  it('opens the styled sidebar on a covered article and marks its passages', async () => {
    const page = await open('/e2e/covered-responses.html');
    await waitForVerdict(page, 'match');
    await page.waitForSelector(PANEL, { visible: true, timeout: 10_000 });
    const position = await page.evaluate((host) => {
      const panel = document.querySelector(host)!.shadowRoot!.querySelector('[data-testid=panel]')!;
      return getComputedStyle(panel).position;
    }, HOST);
    expect(position).toBe('fixed');
    const facts = await page.$$(`${HOST} >>> [data-testid=fact]`);
    expect(facts.length).toBeGreaterThanOrEqual(3);
    await page.waitForFunction((host) => Number(document.querySelector(host)?.getAttribute('data-marks')) > 0, { timeout: 10_000 }, HOST);
    await page.close();
  });

  it('shows discrepancies, the timeline and the coverage', async () => {
    const page = await open('/e2e/covered-responses.html');
    await waitForVerdict(page, 'match');
    await page.waitForSelector(PANEL, { visible: true, timeout: 10_000 });
    const counts = await page.evaluate((host) => {
      const root = document.querySelector(host)!.shadowRoot!;
      const n = (sel: string) => root.querySelectorAll(sel).length;
      return { discrepancies: n('[data-testid=discrepancy]'), timeline: n('[data-testid=timeline-item]'), coverage: n('[data-testid=coverage-item]') };
    }, HOST);
    expect(counts.discrepancies).toBeGreaterThanOrEqual(1);
    expect(counts.timeline).toBeGreaterThanOrEqual(2);
    expect(counts.coverage).toBeGreaterThanOrEqual(4);
    await page.close();
  });

  for (const condition of ['strict-csp', 'global-css', 'body-transform'] as const) {
    it(`keeps a working sidebar on a hostile page (${condition})`, async () => {
      const page = await open(`/hostile/${condition}/covered-responses.html`);
      await waitForVerdict(page, 'match');
      await page.waitForSelector(PANEL, { visible: true, timeout: 10_000 });
      const geometry = await page.evaluate((host) => {
        const panel = document.querySelector(host)!.shadowRoot!.querySelector('[data-testid=panel]')!;
        const r = panel.getBoundingClientRect();
        return { position: getComputedStyle(panel).position, width: r.width, top: r.top };
      }, HOST);
      expect(geometry.position).toBe('fixed');
      expect(geometry.width).toBeGreaterThan(250);
      expect(Math.abs(geometry.top)).toBeLessThan(2);
      await page.close();
    });
  }

  it('reads a covered article in French: the story, the language line, no marks', async () => {
    const page = await open('/e2e/in-french.html');
    await waitForVerdict(page, 'match');
    await page.waitForSelector(PANEL, { visible: true, timeout: 10_000 });
    const seen = await page.evaluate((host) => {
      const el = document.querySelector(host)!;
      return { marks: el.getAttribute('data-marks'), reasons: el.shadowRoot?.querySelector('[data-testid=reasons]')?.textContent ?? '' };
    }, HOST);
    expect(seen.marks).toBe('0');
    expect(seen.reasons).toMatch(/Written in French: recognised by its names, dates and what happened/);
    await page.close();
  });

  it('stays silent on an unrelated article', async () => {
    const page = await open('/e2e/unrelated.html');
    await page.waitForFunction(() => performance.getEntriesByName('backstory:prefilter').length > 0, { timeout: 20_000 });
    expect(await page.$(HOST)).toBeNull();
    await page.close();
  });

  it('opens the sidebar from the popup on a related article (popup → background → content script)', async () => {
    const page = await open('/e2e/related-geneva.html');
    await waitForVerdict(page, 'related');
    expect(await panelVisible(page)).toBe(false);
    const popup = await openPopupFor(page);
    expect(await popup.$eval('#verdict', (el) => el.textContent ?? '')).toMatch(/related/i);
    await popup.waitForFunction(() => !(document.querySelector('#open-sidebar') as HTMLButtonElement | null)?.disabled, { timeout: 10_000 });
    await popup.$eval('#open-sidebar', (el) => (el as HTMLElement).click());
    await page.waitForSelector(PANEL, { visible: true, timeout: 10_000 });
    await popup.close();
    await page.close();
  });

  it('closes with Escape', async () => {
    const page = await open('/e2e/covered-responses.html');
    await waitForVerdict(page, 'match');
    await page.waitForSelector(PANEL, { visible: true, timeout: 10_000 });
    const close = await page.waitForSelector(`${HOST} >>> [data-testid=close]`);
    await close!.focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      (host) => {
        const panel = document.querySelector(host)?.shadowRoot?.querySelector('[data-testid=panel]');
        return !panel || panel.getBoundingClientRect().width === 0;
      },
      { timeout: 10_000 },
      HOST,
    );
    await page.close();
  });

  it('is switched off everywhere from the popup, live, leaving no trace', async () => {
    const page = await open('/e2e/covered-responses.html');
    await waitForVerdict(page, 'match');
    const popup = await openPopupFor(page);
    await popup.waitForFunction(() => !(document.querySelector('#toggle-enabled') as HTMLButtonElement | null)?.disabled, { timeout: 10_000 });
    await popup.$eval('#toggle-enabled', (el) => (el as HTMLElement).click());
    await page.waitForFunction((host) => !document.querySelector(host), { timeout: 10_000 }, HOST);
    expect(await page.$$eval('mark.backstory-mark', (m) => m.length)).toBe(0);
    await popup.$eval('#toggle-enabled', (el) => (el as HTMLElement).click());
    await waitForVerdict(page, 'match');
    await popup.close();
    await page.close();
  });

  for (const width of [1280, 1024, 800, 400]) {
    it(`never covers the article's text or page links at ${width} px; the tab opens the panel on demand`, async () => {
      const page = await open('/e2e/covered-responses.html', width);
      await waitForVerdict(page, 'match');
      await waitForView(page, width >= 1000 ? 'panel' : 'tab');
      expect(await page.evaluate(coveredTextIn, HOST)).toEqual([]);
      if (width < 1000) {
        const tab = await page.waitForSelector(`${HOST} >>> [data-testid=edge-tab]`);
        await tab!.click();
        await waitForView(page, 'panel');
        if (width >= 800) expect(await page.evaluate(coveredTextIn, HOST)).toEqual([]);
        else expect(await page.evaluate(() => document.body.inert)).toBe(true);
      }
      await page.close();
    });
  }

  it('a page button over a mark and a script\'s synthetic click open nothing; the reader\'s click does', async () => {
    const page = await open('/e2e/covered-responses.html', 800);
    await waitForVerdict(page, 'match');
    await waitForView(page, 'tab');
    const point = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      let range: Range | undefined;
      for (const name of ['backstory-same', 'backstory-differs']) range ??= registry?.get(name)?.values().next().value as Range | undefined;
      if (!range) {
        range = document.createRange();
        range.selectNodeContents(document.querySelector('mark.backstory-mark')!);
      }
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const r = range.getClientRects()[0]!;
      return { x: r.left + Math.min(40, r.width / 2), y: r.top + r.height / 2 };
    });
    await page.evaluate(({ x, y }) => {
      const button = document.createElement('button');
      button.id = 'over-mark';
      button.textContent = 'OK';
      Object.assign(button.style, { position: 'fixed', left: `${x - 30}px`, top: `${y - 15}px`, width: '60px', height: '30px', zIndex: '10' });
      (window as unknown as { pageClicks: number }).pageClicks = 0;
      button.addEventListener('click', () => (window as unknown as { pageClicks: number }).pageClicks++);
      document.body.append(button);
    }, point);
    await page.mouse.click(point.x, point.y);
    expect(await page.evaluate(() => (window as unknown as { pageClicks: number }).pageClicks)).toBe(1);
    await page.evaluate(({ x, y }) => {
      document.getElementById('over-mark')!.remove();
      (document.elementFromPoint(x, y) as HTMLElement).click();
    }, point);
    expect(await view(page)).toBe('tab');
    await page.mouse.click(point.x, point.y);
    await waitForView(page, 'panel');
    await page.close();
  });

  it('the page cannot read the reader\'s history from the sidebar; the popup shows it', async () => {
    const page = await open('/e2e/covered-responses.html');
    await waitForVerdict(page, 'match');
    await waitForView(page, 'panel');
    const readable = await page.evaluate((host) => {
      const el = document.querySelector(host)!;
      return { attributes: el.getAttributeNames().sort(), text: el.shadowRoot?.textContent ?? '' };
    }, HOST);
    expect(readable.attributes).toEqual(['data-marks', 'data-story', 'data-verdict', 'data-view']);
    expect(readable.text).not.toMatch(/You have read|reading history/i);
    const popup = await openPopupFor(page);
    await askAgainOnProtocolError(() => popup.waitForFunction(() => /^You have read \d+ of \d+/.test(document.querySelector('#reading')?.textContent ?? ''), { timeout: 10_000 }));
    await popup.close();
    await page.close();
  });

  it('files a pushState article under its own URL, and withdraws the verdict when the page swaps it in place', async () => {
    const page = await open('/spa/weather');
    await page.waitForFunction(() => performance.getEntriesByName('backstory:prefilter').length > 0, { timeout: 20_000 });
    await page.click('#to-diplomacy');
    await waitForVerdict(page, 'match');
    const popup = await openPopupFor(page);
    const urls = await popup.evaluate(async () => {
      const runtime = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<{ recent: { url: string }[] }> } } }).browser.runtime;
      return (await runtime.sendMessage({ type: 'history-summary', limit: 50 })).recent.map((e) => e.url);
    });
    expect(urls.some((u) => u.endsWith('/spa/diplomacy'))).toBe(true);
    expect(urls.some((u) => u.endsWith('/spa/weather'))).toBe(false);
    await popup.close();
    await page.bringToFront();
    await page.click('#swap-in-place');
    await page.waitForFunction((host) => !document.querySelector(host), { timeout: 15_000 }, HOST);
    await page.close();
  });
});
