import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { TabState } from '@/lib/messages';
import { createTabStates, hostnameOf, isTabState } from '@/lib/tabs/tab-states';

const s: TabState = { url: 'https://x.example/a', verdict: 'related', story: 's2', storyTitle: 'T', dismissed: false };

describe('tab states', () => {
  beforeEach(() => fakeBrowser.reset());

  for (const [name, make] of [
    ['session storage', () => createTabStates(browser.storage.session)],
    ['memory fallback', () => createTabStates(null)],
  ] as const) {
    it(`stores, lists and forgets per-tab state (${name})`, async () => {
      const tabs = make();
      expect(await tabs.get(1)).toBeNull();
      await tabs.set(1, s);
      await tabs.set(2, { ...s, verdict: 'match' });
      expect(await tabs.get(1)).toEqual(s);
      expect([...(await tabs.all()).keys()].sort()).toEqual([1, 2]);
      await tabs.remove(1);
      expect(await tabs.get(1)).toBeNull();
      expect([...(await tabs.all()).keys()]).toEqual([2]);
    });
  }

  it('ignores malformed values and unrelated keys in session storage', async () => {
    await browser.storage.session.set({ 'tab:3': { url: 'https://x', verdict: 'maybe' }, 'tab:x': s, other: s });
    const tabs = createTabStates(browser.storage.session);
    expect(await tabs.get(3)).toBeNull();
    expect((await tabs.all()).size).toBe(0);
  });

  it('checks the shape of a state', () => {
    expect(isTabState(s)).toBe(true);
    expect(isTabState({ ...s, dismissed: undefined })).toBe(false);
    expect(isTabState({ ...s, story: 3 })).toBe(false);
    expect(isTabState(null)).toBe(false);
  });

  it('reads hostnames from URLs', () => {
    expect(hostnameOf('https://www.Example.com:8080/a?b#c')).toBe('www.example.com');
    expect(hostnameOf('about:blank')).toBeNull();
    expect(hostnameOf('not a url')).toBeNull();
  });
});
