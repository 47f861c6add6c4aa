import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION, createSettingsStore, type Settings } from '@/lib/settings';

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());
  const store = () => createSettingsStore(browser.storage);

  it('gives the defaults when nothing is stored', async () => {
    expect(await store().get()).toEqual(DEFAULT_SETTINGS);
  });

  it('stores a change with the current version and reads it back', async () => {
    await store().update({ badgeOnly: true, sidebarWidth: 20 });
    const raw = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    expect(raw).toEqual({ version: SETTINGS_VERSION, ...DEFAULT_SETTINGS, badgeOnly: true, sidebarWidth: 280 });
    expect((await store().get()).badgeOnly).toBe(true);
  });

  it('tells every watcher about a change made in another context, and stops after unsubscribe', async () => {
    const seen: Settings[] = [];
    const stop = store().watch((s) => seen.push(s));
    await store().update({ enabled: false });
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, enabled: false }]);
    stop();
    await store().update({ enabled: true });
    expect(seen).toHaveLength(1);
  });

  it('ignores changes to other keys and other areas', async () => {
    const seen: Settings[] = [];
    store().watch((s) => seen.push(s));
    await browser.storage.local.set({ other: 1 });
    await browser.storage.session.set({ [SETTINGS_KEY]: { enabled: false } });
    expect(seen).toEqual([]);
  });

  it('rewrites a v1 value in the current shape on migrate, and leaves a newer build\'s value alone', async () => {
    await browser.storage.local.set({ [SETTINGS_KEY]: { version: 1, enabled: true, disabledSites: ['https://x.example'], sidebarSide: 'right', sidebarOpen: true } });
    await store().migrate();
    expect((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({ version: SETTINGS_VERSION, ...DEFAULT_SETTINGS, disabledSites: ['x.example'] });

    const future = { version: SETTINGS_VERSION + 1, enabled: false, extra: 'kept' };
    await browser.storage.local.set({ [SETTINGS_KEY]: future });
    await store().migrate();
    expect((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(future);
  });

  it('reports the defaults to watchers when the value is removed', async () => {
    await store().update({ enabled: false });
    const seen: Settings[] = [];
    store().watch((s) => seen.push(s));
    await browser.storage.local.remove(SETTINGS_KEY);
    expect(seen).toEqual([DEFAULT_SETTINGS]);
  });
});
