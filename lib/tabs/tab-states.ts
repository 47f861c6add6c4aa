/**
 * What the background knows about each tab, kept where it survives the MV3 service worker going to
 * sleep: `storage.session` (Chrome 102+, Firefox 115+), which is in memory in the browser and gone
 * when the browser closes — right for per-tab state. Where it is missing, a Map is used, and a
 * content script's next report rebuilds what was lost.
 */
import type { TabState } from '../messages';

/** The part of `browser.storage.session` used here. */
export interface SessionArea {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface TabStates {
  get(tabId: number): Promise<TabState | null>;
  set(tabId: number, state: TabState): Promise<void>;
  remove(tabId: number): Promise<void>;
  all(): Promise<Map<number, TabState>>;
}

const PREFIX = 'tab:';

/** The session-storage key of a tab's state (the popup watches it to follow the tab live). */
export function tabStateKey(tabId: number): string {
  return PREFIX + tabId;
}

/** Accept only well-formed states: session storage is shared with every other extension context. */
export function isTabState(value: unknown): value is TabState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.url === 'string' &&
    (v.verdict === 'match' || v.verdict === 'related' || v.verdict === 'none') &&
    (v.story === null || typeof v.story === 'string') &&
    (v.storyTitle === null || typeof v.storyTitle === 'string') &&
    typeof v.dismissed === 'boolean' &&
    (v.key === undefined || typeof v.key === 'string') &&
    (v.unsupported === undefined || v.unsupported === null || typeof v.unsupported === 'string') &&
    (v.reading === undefined || v.reading === null || (typeof v.reading === 'object' && typeof (v.reading as Record<string, unknown>).read === 'number' && typeof (v.reading as Record<string, unknown>).total === 'number'))
  );
}

export function createTabStates(area: SessionArea | null | undefined): TabStates {
  if (!area) {
    const map = new Map<number, TabState>();
    return {
      get: async (id) => map.get(id) ?? null,
      set: async (id, state) => void map.set(id, state),
      remove: async (id) => void map.delete(id),
      all: async () => new Map(map),
    };
  }
  return {
    async get(id) {
      const value = (await area.get(PREFIX + id))[PREFIX + id];
      return isTabState(value) ? value : null;
    },
    set: (id, state) => area.set({ [PREFIX + id]: state }),
    remove: (id) => area.remove(PREFIX + id),
    async all() {
      const out = new Map<number, TabState>();
      for (const [key, value] of Object.entries(await area.get(null))) {
        const id = Number(key.slice(PREFIX.length));
        if (key.startsWith(PREFIX) && Number.isInteger(id) && isTabState(value)) out.set(id, value);
      }
      return out;
    },
  };
}

/** The hostname of a page URL, or null when it has none (about:blank, malformed). */
export function hostnameOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
