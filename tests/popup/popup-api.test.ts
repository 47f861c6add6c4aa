// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { browserPopupApi } from '@/components/popup/popup-api';
import type { TabState } from '@/lib/messages';
import { tabStateKey } from '@/lib/tabs/tab-states';

describe('popup API over the browser', () => {
  beforeEach(() => fakeBrowser.reset());

  it('finds the tab the popup was opened over: the active tab of its window', async () => {
    // The fake browser cannot make a tab active, so the query itself is checked.
    let tabs: { id?: number }[] = [{ id: 12 }];
    const query = vi.spyOn(browser.tabs, 'query').mockImplementation((async () => tabs) as never);
    expect(await browserPopupApi().activeTabId()).toBe(12);
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    tabs = [];
    expect(await browserPopupApi().activeTabId()).toBeUndefined();
    query.mockRestore();
  });

  it('hears changes to that tab\'s state, and only that tab\'s, until unsubscribed', async () => {
    const seen: (TabState | null)[] = [];
    const stop = browserPopupApi().watchTab(4, (s) => seen.push(s));
    const state: TabState = { url: 'https://x.example/a', verdict: 'match', story: 's1', storyTitle: 'T', dismissed: false };
    await browser.storage.session.set({ [tabStateKey(4)]: state, [tabStateKey(5)]: state });
    await browser.storage.session.remove(tabStateKey(4));
    stop();
    await browser.storage.session.set({ [tabStateKey(4)]: state });
    expect(seen).toEqual([state, null]);
  });

  it('offers the export as a file download of a blob, leaving nothing in the page', () => {
    const clicked: { download: string; href: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    browserPopupApi().download('backstory-history-2026-01-27.json', '{"articles":[]}');
    click.mockRestore();
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('backstory-history-2026-01-27.json');
    expect(clicked[0]!.href).toMatch(/^blob:/);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
  });
});
