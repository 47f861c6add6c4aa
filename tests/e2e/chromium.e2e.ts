/**
 * Backstory in real Chromium (Debian's build, headless, through playwright-core), loaded from the
 * built extension in .output/chrome-mv3. Each test does what a reader does and checks what they see.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from './harness/chromium';
import { startServer, type TestServer } from './harness/server';
import { HOST, coveredText, hostAttributes, inSidebar, panelGeometry, waitForPipeline, waitForVerdict, waitForView } from './harness/sidebar';
import { SCREENSHOTS } from './harness/paths';
import { HOSTILE_CONDITIONS } from './harness/hostile';

const require = createRequire(import.meta.url);
// The service worker's `chrome` global, as seen from code evaluated inside it.
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { local: { remove(key: string): Promise<void> } };
};
/** Failure limit for waiting on the UI; not a performance assertion. */
const POLL = { timeout: 10_000, interval: 100 };
let server: TestServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer();
  ext = await launchChromium();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`${server.base}${path}`);
  return page;
}

/** The badge text of the page's tab, read in the service worker. */
async function badgeOf(page: Page): Promise<string> {
  await page.bringToFront();
  return ext.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.action.getBadgeText({ tabId: tab!.id! });
  });
}

/**
 * Opens the toolbar popup for `page`. Headless Chromium has no toolbar to click, so the popup page
 * is opened in a tab, the article's tab is brought back to the front, and the popup is reloaded so
 * that it reads the article's tab as the current one, exactly as when it drops down over it.
 */
async function openPopupFor(page: Page): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await page.bringToFront();
  await popup.reload();
  await expect.poll(() => popup.locator('#verdict').textContent(), POLL).not.toMatch(/loading/i);
  return popup;
}

/** Flips a popup switch to `on` once the popup has loaded enough to enable it, and waits for it. */
async function setSwitch(popup: Page, selector: string, on: boolean) {
  const box = popup.locator(selector);
  await expect.poll(() => box.isEnabled(), POLL).toBe(true);
  const isOn = async () => (await box.getAttribute('aria-checked')) === 'true';
  if ((await isOn()) !== on) await box.dispatchEvent('click');
  await expect.poll(isOn, POLL).toBe(on);
}

/** Back to default settings, so one failed test cannot leave Backstory switched off for the next. */
async function resetSettings() {
  await ext.worker.evaluate(() => chrome.storage.local.remove('settings'));
}

describe('on a covered article', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open('/e2e/covered-responses.html');
    await waitForVerdict(page, 'match');
  });

  it('opens the sidebar by itself, styled by its own shadow-root CSS', async () => {
    await inSidebar(page, '[data-testid=panel]').waitFor({ state: 'visible', timeout: 10_000 });
    const geometry = await panelGeometry(page);
    expect(geometry?.position).toBe('fixed');
    expect(geometry!.width).toBeGreaterThan(250);
    expect(geometry!.height).toBeGreaterThan(400);
    const attributes = await hostAttributes(page);
    expect(attributes?.story).toBeTruthy();
  });

  it('names the story and says why it matched', async () => {
    await expect.poll(() => inSidebar(page, '[data-testid=story-title]').textContent(), POLL).toMatch(/written|response|document/i);
    await expect.poll(() => inSidebar(page, '[data-testid=reasons]').textContent(), POLL).toMatch(/Blinken/);
  });

  it('shows key facts with source counts, expandable to each source', async () => {
    const facts = inSidebar(page, '[data-testid=fact]');
    expect(await facts.count()).toBeGreaterThanOrEqual(3);
    await expect.poll(() => facts.first().textContent(), POLL).toMatch(/source/);
    expect(await inSidebar(page, '[data-testid=fact][data-on-page="true"]').count()).toBeGreaterThanOrEqual(1);
    const expand = inSidebar(page, '[data-testid=fact-expand]').first();
    await expand.click();
    await expect.poll(() => expand.getAttribute('aria-expanded'), POLL).toBe('true');
  });

  it('shows where sources differ, what the article leaves out, the timeline and the coverage', async () => {
    // Sources differ on how the reply was handed over (in person, privately) and on its areas.
    await expect.poll(() => inSidebar(page, '[data-testid=discrepancies]').textContent(), POLL).toMatch(/in person|privately|arms control/i);
    expect(await inSidebar(page, '[data-testid=discrepancy]').count()).toBeGreaterThanOrEqual(1);
    expect(await inSidebar(page, '[data-testid=missing]').count()).toBe(1);
    expect(await inSidebar(page, '[data-testid=timeline-item]').count()).toBeGreaterThanOrEqual(2);
    expect(await inSidebar(page, '[data-testid=timeline-item][data-current="true"]').count()).toBeGreaterThanOrEqual(1);
    expect(await inSidebar(page, '[data-testid=coverage-item]').count()).toBeGreaterThanOrEqual(4);
  });

  it('says each thing once, in reader order, clean sources first, with no internal ids', async () => {
    const sections = await page.evaluate((host) => {
      const root = document.querySelector(host)!.shadowRoot!;
      const order = Array.from(root.querySelectorAll<HTMLElement>('[data-testid=key-facts], [data-testid=discrepancies], [data-testid=missing], [data-testid=coverage], [data-testid=timeline]')).map((el) => el.dataset.testid);
      const confirmed = Array.from(root.querySelectorAll<HTMLElement>('[data-testid=fact]')).map((el) => el.dataset.factId);
      const missing = Array.from(root.querySelectorAll<HTMLElement>('[data-testid=missing-fact]')).map((el) => el.dataset.factId);
      const noted = Array.from(root.querySelectorAll('[data-testid=coverage-item]')).map((el) => el.querySelector('[data-testid=quality-note]') !== null);
      return { order, confirmed, missing, noted, text: root.querySelector('[data-testid=panel]')!.textContent ?? '' };
    }, HOST);
    expect(sections.order).toEqual(['key-facts', 'discrepancies', 'missing', 'coverage', 'timeline']);
    expect(sections.confirmed.filter((id) => sections.missing.includes(id))).toEqual([]);
    // Every clean source comes before any with an impossible date or garbled names.
    expect(sections.noted.indexOf(true)).toBeGreaterThan(0);
    expect(sections.noted.slice(sections.noted.indexOf(true))).not.toContain(false);
    expect(sections.text).not.toMatch(/\bd\d{3}\b/);
  });

  it('opens a piece of coverage in a reader view inside the sidebar', async () => {
    await inSidebar(page, '[data-testid=coverage-item] button').first().click();
    const reader = inSidebar(page, '[data-testid=reader]');
    await reader.waitFor({ timeout: 5_000 });
    await expect.poll(() => reader.textContent(), POLL).toMatch(/Sullivan|Blinken/);
  });

  it('marks matching passages in place without changing the page text', async () => {
    const attributes = await hostAttributes(page);
    expect(Number(attributes?.marks)).toBeGreaterThanOrEqual(2);
    const text = await page.locator('article p').nth(2).textContent();
    expect(text).toContain('The document was delivered in Moscow by US Ambassador John Sullivan');
  });

  it('opens the sidebar at the fact when a mark is clicked', async () => {
    await inSidebar(page, '[data-testid=close]').click();
    await inSidebar(page, '[data-testid=panel]').waitFor({ state: 'hidden', timeout: 10_000 });
    const point = await page.evaluate(() => {
      // Marks are painted with the CSS Custom Highlight API where available, else as <mark> elements.
      const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
      for (const name of ['backstory-same', 'backstory-differs']) {
        const range = registry?.get(name)?.values().next().value as Range | undefined;
        if (range) {
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const r = range.getClientRects()[0]!;
          return { x: r.left + Math.min(10, r.width / 2), y: r.top + r.height / 2 };
        }
      }
      const mark = document.querySelector('mark.backstory-mark');
      mark?.scrollIntoView({ block: 'center' });
      const r = mark!.getBoundingClientRect();
      return { x: r.left + 5, y: r.top + r.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await inSidebar(page, '[data-testid=mark-card]').waitFor({ timeout: 5_000 });
    await page.mouse.click(point.x, point.y);
    await inSidebar(page, '[data-testid=panel]').waitFor({ state: 'visible', timeout: 5_000 });
    await expect.poll(() => inSidebar(page, '[data-testid=fact][data-active="true"]').count(), POLL).toBe(1);
  });

  it('closes with Escape and keeps keys typed inside it from reaching the page', async () => {
    await page.evaluate(() => {
      (window as unknown as { pageKeys: string[] }).pageKeys = [];
      document.addEventListener('keydown', (e) => (window as unknown as { pageKeys: string[] }).pageKeys.push(e.key));
    });
    await page.bringToFront();
    // Open it again with the popup's button (popup → background → content script).
    const popup = await openPopupFor(page);
    await popup.locator('#open-sidebar').dispatchEvent('click');
    await inSidebar(page, '[data-testid=panel]').waitFor({ state: 'visible', timeout: 5_000 });
    await popup.close();
    await inSidebar(page, '[data-testid=close]').focus();
    await page.keyboard.press('j');
    await page.keyboard.press('Escape');
    await inSidebar(page, '[data-testid=panel]').waitFor({ state: 'hidden', timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as { pageKeys: string[] }).pageKeys)).toEqual([]);
  });

  it('has no serious accessibility violations (axe-core)', async () => {
    await page.bringToFront();
    const popup = await openPopupFor(page);
    await popup.locator('#open-sidebar').dispatchEvent('click');
    await inSidebar(page, '[data-testid=panel]').waitFor({ state: 'visible', timeout: 5_000 });
    // Evaluated through the driver rather than added as a <script>, so the popup's CSP allows it.
    const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axeSource);
    const sidebarViolations = await page.evaluate(async (host) => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run({ include: [[host]] }, { resultTypes: ['violations'] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
    }, HOST);
    expect(sidebarViolations).toEqual([]);
    await popup.evaluate(axeSource);
    const popupViolations = await popup.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(popupViolations).toEqual([]);
    await popup.close();
  });

  it('shows a match badge that clears when the tab navigates away', async () => {
    expect(await badgeOf(page)).not.toBe('');
    await page.goto(`${server.base}/e2e/unrelated.html`);
    await waitForPipeline(page);
    expect(await badgeOf(page)).toBe('');
  });
});

/** Viewport coordinates of the middle of the first line of the first mark, scrolled into view. */
async function firstMarkPoint(page: Page): Promise<{ x: number; y: number; top: number; bottom: number }> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    let range: Range | undefined;
    for (const name of ['backstory-same', 'backstory-differs']) range ??= registry?.get(name)?.values().next().value as Range | undefined;
    if (!range) {
      const mark = document.querySelector('mark.backstory-mark');
      range = document.createRange();
      range.selectNodeContents(mark!);
    }
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0]!;
    return { x: r.left + Math.min(40, r.width / 2), y: r.top + r.height / 2, top: r.top, bottom: r.bottom };
  });
}

describe('the reader at different widths', () => {
  for (const width of [1280, 1024, 800, 400]) {
    it(`never covers the article's text or page links at ${width} px, and opens on demand where it does not open by itself`, async () => {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${server.base}/e2e/covered-responses.html`);
      await waitForVerdict(page, 'match');
      const wide = width >= 1000;
      // Wide enough to keep the article readable beside it: the panel opens by itself; narrower,
      // only the edge tab (verdict, story, count) shows.
      await waitForView(page, wide ? 'panel' : 'tab');
      expect(await coveredText(page)).toEqual([]);
      if (!wide) {
        const tab = inSidebar(page, '[data-testid=edge-tab]');
        expect(await tab.getAttribute('aria-label')).toMatch(/This article covers “.+”\. \d+ marked passages?\./);
        expect(await inSidebar(page, '[data-testid=edge-tab-count]').textContent()).toBe((await hostAttributes(page))?.marks);
        await tab.click();
        await waitForView(page, 'panel');
        if (width >= 800) {
          // Opening made room: the page is pushed aside, nothing of the article lies under the panel.
          expect(await coveredText(page)).toEqual([]);
        } else {
          // Too narrow to share: the reader's request opens a sheet, and the page under it cannot
          // take focus where it cannot be seen. (The sheet does lie over the text — the check sees it.)
          expect(await page.evaluate(() => document.body.inert)).toBe(true);
          expect((await coveredText(page)).length).toBeGreaterThan(0);
        }
        await page.keyboard.press('Escape');
        await waitForView(page, 'tab');
        expect(await page.evaluate(() => document.body.inert)).toBe(false);
        expect(await coveredText(page)).toEqual([]);
      } else {
        // Closed, the tab stays while marks are shown, and reopens the panel.
        await inSidebar(page, '[data-testid=close]').click();
        await waitForView(page, 'tab');
        expect(await coveredText(page)).toEqual([]);
        await inSidebar(page, '[data-testid=edge-tab]').click();
        await waitForView(page, 'panel');
        expect(await coveredText(page)).toEqual([]);
      }
      await page.close();
    });
  }
});

describe('clicks and marks', () => {
  it('a page button over a mark, and a page script clicking a mark, never open Backstory', async () => {
    const page = await open('/e2e/covered-responses.html');
    await waitForVerdict(page, 'match');
    await waitForView(page, 'panel');
    await inSidebar(page, '[data-testid=close]').click();
    await waitForView(page, 'tab');
    const point = await firstMarkPoint(page);
    // The page puts a cookie-style button right over the marked line.
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
    // A page script's synthetic click on the marked text itself.
    await page.evaluate(({ x, y }) => {
      document.getElementById('over-mark')!.remove();
      const target = document.elementFromPoint(x, y)!;
      target.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true }));
      (target as HTMLElement).click();
    }, point);
    // Nothing opened; the reader's own click on the text does open it, at the mark's fact.
    expect((await hostAttributes(page))?.view).toBe('tab');
    await page.mouse.click(point.x, point.y);
    await waitForView(page, 'panel');
    await page.close();
  });

  it('names the claim and its sources on a mark card placed off the marked line', async () => {
    const page = await open('/e2e/covered-responses.html');
    await waitForVerdict(page, 'match');
    const point = await firstMarkPoint(page);
    await page.mouse.move(point.x, point.y);
    const card = inSidebar(page, '[data-testid=mark-card]');
    await card.waitFor({ timeout: 5_000 });
    expect(await inSidebar(page, '[data-testid=mark-card-claim]').textContent()).toBeTruthy();
    expect(await inSidebar(page, '[data-testid=mark-card-sources]').textContent()).toMatch(/^Reported by \S/);
    const box = (await card.boundingBox())!;
    // Below the line or above it, never over it.
    expect(box.y >= point.bottom || box.y + box.height <= point.top).toBe(true);
    await page.close();
  });

  it('"Badge only" paints no marks and shows no tab', async () => {
    const page = await open('/e2e/covered-responses.html');
    await waitForVerdict(page, 'match');
    const popup = await openPopupFor(page);
    try {
      await setSwitch(popup, '#toggle-badge-only', true);
      await page.waitForFunction((host) => document.querySelector(host)?.getAttribute('data-marks') === '0', HOST, { timeout: 10_000 });
      await waitForView(page, 'hidden');
      const painted = await page.evaluate(() => ({
        marks: document.querySelectorAll('mark.backstory-mark').length,
        highlights: ['backstory-same', 'backstory-differs'].reduce((n, name) => n + ((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(name)?.size ?? 0), 0),
      }));
      expect(painted).toEqual({ marks: 0, highlights: 0 });
    } finally {
      await resetSettings();
      await popup.close();
      await page.close();
    }
  });
});

describe('keyboard', () => {
  it('the first Tab on the page reaches "Skip to Backstory", which opens the panel and moves focus into it', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 800, height: 800 });
    await page.goto(`${server.base}/e2e/covered-responses.html`);
    await waitForVerdict(page, 'match');
    await waitForView(page, 'tab');
    await page.keyboard.press('Tab');
    const focused = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return { tag: active?.localName ?? null, inside: active?.shadowRoot?.activeElement?.getAttribute('data-testid') ?? null };
      });
    expect(await focused()).toEqual({ tag: 'backstory-skip', inside: 'skip' });
    await page.keyboard.press('Enter');
    await waitForView(page, 'panel');
    await expect.poll(focused, POLL).toEqual({ tag: 'backstory-sidebar', inside: 'panel' });
    // Nothing of the page that could take focus lies under the panel.
    expect(await coveredText(page)).toEqual([]);
    await page.close();
  });
});

describe('privacy', () => {
  it("the page's scripts cannot read the reader's history from the sidebar; the popup shows it", async () => {
    const page = await open('/e2e/covered-responses.html');
    await waitForVerdict(page, 'match');
    await waitForView(page, 'panel');
    // What a page script can read: the host's attributes and everything under it.
    const readable = await page.evaluate((host) => {
      const el = document.querySelector(host)!;
      return { attributes: el.getAttributeNames().sort(), text: el.shadowRoot?.textContent ?? '' , light: el.textContent ?? '' };
    }, HOST);
    expect(readable.attributes).toEqual(['data-marks', 'data-story', 'data-verdict', 'data-view']);
    expect(readable.text).toMatch(/Backstory|written/i);
    expect(readable.text).not.toMatch(/You have read|reading history/i);
    expect(readable.light).toBe('');
    const popup = await openPopupFor(page);
    await expect.poll(() => popup.locator('#reading').textContent(), POLL).toMatch(/^You have read \d+ of \d+ pieces of coverage on this story\.$/);
    await popup.close();
    await page.close();
  });
});

/** The background's history, as the popup reads it. */
async function historyUrls(popup: Page): Promise<string[]> {
  return popup.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ recent: { url: string }[] }> } } }).chrome.runtime;
    return (await runtime.sendMessage({ type: 'history-summary', limit: 50 })).recent.map((e) => e.url);
  });
}

describe('addresses, undo and unsupported pages', () => {
  it('files a pushState article under its own URL, and withdraws the verdict when the page swaps it in place', async () => {
    const page = await open('/spa/weather');
    await waitForPipeline(page);
    await page.click('#to-diplomacy');
    await waitForVerdict(page, 'match');
    const popup = await openPopupFor(page);
    const urls = await historyUrls(popup);
    expect(urls.some((u) => u.endsWith('/spa/diplomacy'))).toBe(true);
    expect(urls.some((u) => u.endsWith('/spa/weather'))).toBe(false);
    await popup.close();
    // The page replaces the article with the weather story, keeping the URL.
    await page.click('#swap-in-place');
    await page.waitForFunction((host) => !document.querySelector(host), HOST, { timeout: 15_000 });
    expect(await badgeOf(page)).toBe('');
    await page.close();
  });

  it('"Not this story" also holds for a ?utm_ copy of the page, and is undone from the popup', async () => {
    const page = await open('/e2e/covered-responses.html');
    await waitForVerdict(page, 'match');
    await inSidebar(page, '[data-testid=not-this-story]').click();
    await inSidebar(page, '[data-testid=undo-dismiss]').waitFor({ timeout: 5_000 });
    await page.goto(`${server.base}/e2e/covered-responses.html?utm_source=newsletter&fbclid=x`);
    await waitForVerdict(page, 'match');
    await waitForView(page, 'hidden');
    expect((await hostAttributes(page))?.marks).toBe('0');
    const popup = await openPopupFor(page);
    await expect.poll(() => popup.locator('#verdict').textContent(), POLL).toMatch(/not about/);
    await popup.locator('#undo-dismiss').dispatchEvent('click');
    await page.waitForFunction((host) => Number(document.querySelector(host)?.getAttribute('data-marks')) > 0, HOST, { timeout: 10_000 });
    expect(['panel', 'tab']).toContain((await hostAttributes(page))?.view);
    await expect.poll(() => popup.locator('#verdict').textContent(), POLL).toMatch(/^Match/);
    // "Clear history" asks first; "Keep it" keeps it.
    await popup.reload();
    await popup.locator('#clear-history').dispatchEvent('click');
    await expect.poll(() => popup.locator('#confirm-clear').textContent(), POLL).toMatch(/Delete all \d+ articles?/);
    await popup.locator('#confirm-clear-no').dispatchEvent('click');
    expect(await popup.locator('#confirm-clear').count()).toBe(0);
    expect((await historyUrls(popup)).length).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it('reads a covered article in French: the story, the language line, and no marks', async () => {
    // A report of the covered story in French, our own wording (tests/e2e/pages/in-french.html).
    const page = await open('/e2e/in-french.html');
    await waitForVerdict(page, 'match');
    expect(await page.locator(HOST).getAttribute('data-marks')).toBe('0');
    await expect.poll(() => inSidebar(page, '[data-testid=reasons]').textContent(), POLL).toMatch(/Written in French: recognised by its names, dates and what happened/);
    const popup = await openPopupFor(page);
    await expect.poll(() => popup.locator('#verdict').textContent(), POLL).toMatch(/^Match/);
    await popup.close();
    await page.close();
  });

  it('the popup says a page in a language Backstory does not read is not analysed, and names the ones it reads', async () => {
    const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Washington overhandigt Moskou zijn schriftelijke antwoord</title><meta property="og:type" content="article"></head><body><article>
      <h1>Washington overhandigt Moskou zijn schriftelijke antwoord over veiligheidsgaranties</h1>
      <p>De Verenigde Staten hebben woensdag hun schriftelijke antwoord op de Russische veiligheidseisen aan Moskou overhandigd, zei minister van Buitenlandse Zaken Antony Blinken.</p>
      <p>Ambassadeur John Sullivan bracht het document naar het ministerie, waar vice-minister Alexander Grushko hem ontving, meldde het Russische ministerie.</p>
      <p>Volgens Blinken blijft de deur van de NAVO open en wordt de tekst niet openbaar gemaakt.</p>
    </article></body></html>`;
    server.page('/e2e/in-dutch.html', html);
    const page = await open('/e2e/in-dutch.html');
    await waitForPipeline(page);
    const popup = await openPopupFor(page);
    await expect.poll(() => popup.locator('#verdict').textContent(), POLL).toMatch(/^Not analysed\. Written in Dutch; Backstory reads articles in English, German, French, Spanish, Italian, Russian and Ukrainian\.$/);
    await popup.close();
    await page.close();
  });
});

describe('elsewhere', () => {
  it('stays silent on an unrelated article: no host element, no badge', async () => {
    const page = await open('/e2e/unrelated.html');
    await waitForPipeline(page);
    expect(await page.locator(HOST).count()).toBe(0);
    expect(await badgeOf(page)).toBe('');
    await page.close();
  });

  it('on a related article only the badge speaks; the popup opens the sidebar', async () => {
    const page = await open('/e2e/related-geneva.html');
    await waitForVerdict(page, 'related');
    await inSidebar(page, '[data-testid=panel]').waitFor({ state: 'hidden', timeout: 10_000 });
    expect(await badgeOf(page)).not.toBe('');
    const popup = await openPopupFor(page);
    await expect.poll(() => popup.locator('#verdict').textContent(), POLL).toMatch(/related/i);
    await popup.locator('#open-sidebar').dispatchEvent('click');
    await inSidebar(page, '[data-testid=panel]').waitFor({ state: 'visible', timeout: 5_000 });
    await popup.close();
    await page.close();
  });

  it('follows a single-page site from one article to another', async () => {
    const page = await open('/spa/weather');
    await waitForPipeline(page);
    expect(await page.locator(HOST).count()).toBe(0);
    await page.click('#to-diplomacy');
    await waitForVerdict(page, 'match');
    expect((await hostAttributes(page))?.story).toBeTruthy();
    await page.click('a[data-story=weather]');
    await page.waitForFunction((host) => !document.querySelector(host) || document.querySelector(host)!.getAttribute('data-verdict') === 'none', HOST, { timeout: 15_000 });
    expect(await badgeOf(page)).toBe('');
    await page.close();
  });

  it('finds an article whose text arrives after load, and marks it', async () => {
    const page = await open('/e2e/late.html');
    await waitForVerdict(page, 'match', 25_000);
    await page.waitForFunction((host) => Number(document.querySelector(host)?.getAttribute('data-marks')) > 0, HOST, { timeout: 10_000 });
    await page.close();
  });

  it('recognises a covered page without article markup (div soup), read by Readability in the background, and marks it', async () => {
    const page = await open('/pages/divsoup-responses.html');
    await waitForVerdict(page, 'match');
    await page.waitForFunction((host) => Number(document.querySelector(host)?.getAttribute('data-marks')) > 0, HOST, { timeout: 10_000 });
    await page.close();
  });
});

describe('the popup switches', () => {
  afterEach(resetSettings);
  it('turns Backstory off everywhere and back on, live', async () => {
    const page = await open('/e2e/covered-responses.html');
    await waitForVerdict(page, 'match');
    const popup = await openPopupFor(page);
    await setSwitch(popup, '#toggle-enabled', false);
    await page.waitForFunction((host) => !document.querySelector(host), HOST, { timeout: 10_000 });
    const leftovers = await page.evaluate(() => ({
      marks: document.querySelectorAll('mark.backstory-mark').length,
      highlights: ['backstory-same', 'backstory-differs'].some((n) => ((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(n)?.size ?? 0) > 0),
    }));
    expect(leftovers).toEqual({ marks: 0, highlights: false });
    await setSwitch(popup, '#toggle-enabled', true);
    await waitForVerdict(page, 'match');
    await popup.close();
    await page.close();
  });

  it('turns Backstory off for one site only, live', async () => {
    const page = await open('/e2e/covered-responses.html');
    await waitForVerdict(page, 'match');
    const popup = await openPopupFor(page);
    await setSwitch(popup, '#toggle-site', false);
    await page.waitForFunction((host) => !document.querySelector(host), HOST, { timeout: 10_000 });
    // Another site (localhost is another host name for the same server) still gets Backstory.
    const other = await ext.context.newPage();
    await other.goto(`${server.base.replace('127.0.0.1', 'localhost')}/e2e/covered-responses.html`);
    await waitForVerdict(other, 'match');
    await other.close();
    await page.bringToFront();
    await popup.reload();
    await setSwitch(popup, '#toggle-site', true);
    await waitForVerdict(page, 'match');
    await popup.close();
    await page.close();
  });
});

describe('on hostile pages', () => {
  for (const condition of HOSTILE_CONDITIONS) {
    it(`survives ${condition} and leaves the page intact`, async () => {
      const page = await ext.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${server.base}/hostile/${condition}/covered-responses.html`);
      await waitForVerdict(page, 'match');
      if (condition === 'element-remover') await page.waitForTimeout(3_000); // let the page's sweeps run
      await inSidebar(page, '[data-testid=panel]').waitFor({ state: 'visible', timeout: 10_000 });
      const geometry = await panelGeometry(page);
      expect(geometry?.position).toBe('fixed');
      expect(geometry!.width).toBeGreaterThan(250);
      // Fixed to the viewport even when body is transformed.
      expect(Math.abs(geometry!.top)).toBeLessThan(2);
      expect(await page.locator(HOST).count()).toBe(1);
      expect(await page.locator('article h1').textContent()).toBe('US hands Moscow written answers on security demands, keeps NATO door open');
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('the background after it sleeps', () => {
  it('rebuilds what it needs: the popup still knows the tab and a new page is still analysed', async () => {
    const page = await open('/e2e/covered-responses.html');
    await waitForVerdict(page, 'match');
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    const popup = await openPopupFor(page);
    await expect.poll(() => popup.locator('#verdict').textContent(), POLL).toMatch(/match/i);
    await popup.close();
    const next = await open('/e2e/late.html');
    await waitForVerdict(next, 'match', 25_000);
    await next.close();
    await page.close();
  });
});

describe('history', () => {
  it('survives a browser restart with the same profile', async () => {
    const profile = await launchChromium();
    const page = await profile.context.newPage();
    await page.goto(`${server.base}/e2e/covered-responses.html`);
    await waitForVerdict(page, 'match');
    const dir = profile.profileDir;
    await profile.close({ keepProfile: true });
    const again = await launchChromium({ profileDir: dir });
    try {
      const popup = await again.context.newPage();
      await popup.goto(`chrome-extension://${again.extensionId}/popup.html`);
      await expect.poll(() => popup.locator('#history').textContent(), POLL).toMatch('US hands Moscow written answers');
    } finally {
      await again.close();
    }
  });
});

describe('screenshots for the README', () => {
  it('captures the sidebar in light and dark, and the popup', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const page = await open('/e2e/covered-responses.html');
    await waitForVerdict(page, 'match');
    await inSidebar(page, '[data-testid=panel]').waitFor({ state: 'visible', timeout: 10_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'sidebar-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(SCREENSHOTS, 'sidebar-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    // At 800 px the panel does not open by itself: the edge tab, then the panel with the page pushed.
    await page.setViewportSize({ width: 800, height: 800 });
    await page.reload();
    await waitForVerdict(page, 'match');
    await waitForView(page, 'tab');
    await page.screenshot({ path: join(SCREENSHOTS, 'tab-800.png') });
    await inSidebar(page, '[data-testid=edge-tab]').click();
    await waitForView(page, 'panel');
    await page.screenshot({ path: join(SCREENSHOTS, 'sidebar-800.png') });
    const popup = await openPopupFor(page);
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup.png') });
    await popup.close();
    await page.close();
  });
});
