/**
 * The one way every context (background, popup, content script) reads, writes and watches the
 * settings. The storage area is passed in (`browser.storage` in the extension, the fake browser in
 * tests) so this module stays free of extension globals. Values are stored under one key in the
 * `local` area, which every context can read and which fires `storage.onChanged` everywhere, so a
 * switch flipped in the popup reaches open tabs without a reload.
 */
import { migrateSettings, needsRewrite, toStored } from './migrate';
import type { Settings } from './schema';

export const SETTINGS_KEY = 'settings';

/** The part of `browser.storage` the store uses. */
export interface SettingsStorage {
  local: {
    get(keys: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  onChanged: {
    addListener(callback: (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, areaName: string) => void): void;
    removeListener(callback: (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, areaName: string) => void): void;
  };
}

export interface SettingsStore {
  get(): Promise<Settings>;
  /** Apply a change and store the result; returns what was stored. */
  update(change: Partial<Settings> | ((current: Settings) => Settings)): Promise<Settings>;
  /** Call back with the new settings whenever they change in any context; returns an unsubscribe. */
  watch(callback: (settings: Settings) => void): () => void;
  /** Rewrite an older or damaged stored value in the current shape (run once at startup). */
  migrate(): Promise<void>;
}

// The parameter is not called `storage`: WXT's auto-import sees that name and injects
// `import { storage } from 'wxt/utils/storage'`, which pulled @wxt-dev/storage (~3 KB gzipped)
// into every bundle that reads settings, the content script included.
export function createSettingsStore(area: SettingsStorage): SettingsStore {
  async function readRaw(): Promise<unknown> {
    return (await area.local.get(SETTINGS_KEY))[SETTINGS_KEY];
  }

  const store: SettingsStore = {
    async get() {
      return migrateSettings(await readRaw());
    },
    async update(change) {
      const current = await store.get();
      const next = typeof change === 'function' ? change(current) : { ...current, ...change };
      const stored = toStored(next);
      await area.local.set({ [SETTINGS_KEY]: stored });
      return migrateSettings(stored);
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
        if (areaName !== 'local' || !(SETTINGS_KEY in changes)) return;
        callback(migrateSettings(changes[SETTINGS_KEY]?.newValue));
      };
      area.onChanged.addListener(listener);
      return () => area.onChanged.removeListener(listener);
    },
    async migrate() {
      const raw = await readRaw();
      if (raw === undefined || !needsRewrite(raw)) return;
      await area.local.set({ [SETTINGS_KEY]: toStored(migrateSettings(raw)) });
    },
  };
  return store;
}
