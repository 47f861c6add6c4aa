/**
 * The reader's settings: their current shape, defaults and the rules that keep stored values sane.
 * Pure data and functions; the storage wiring is in ./store.ts and older shapes in ./migrate.ts.
 */

/** Bump when the stored shape changes, and add a step to MIGRATIONS in ./migrate.ts. */
export const SETTINGS_VERSION = 2;

export type SidebarSide = 'left' | 'right';

export interface Settings {
  /** Backstory runs on every site unless this is false. */
  enabled: boolean;
  /** Site keys (see siteKey) where the reader switched Backstory off. Sorted, no duplicates. */
  disabledSites: string[];
  /** On a match, show only the toolbar badge; the sidebar opens when the reader asks. */
  badgeOnly: boolean;
  sidebarSide: SidebarSide;
  /** Sidebar width in CSS pixels, within SIDEBAR_WIDTH. */
  sidebarWidth: number;
}

/** The stored form: the settings plus the version they were written with. */
export interface StoredSettings extends Settings {
  version: typeof SETTINGS_VERSION;
}

/** Narrow enough to leave most of a laptop page readable, wide enough for a fact and its sources. */
export const SIDEBAR_WIDTH = { min: 280, max: 640, default: 380 } as const;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  badgeOnly: false,
  sidebarSide: 'right',
  sidebarWidth: SIDEBAR_WIDTH.default,
});

/** Clamp a width to the allowed range; anything that is not a finite number gives the default. */
export function clampSidebarWidth(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return SIDEBAR_WIDTH.default;
  return Math.round(Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, value)));
}

/**
 * The key under which a site is switched off: the lower-cased hostname without a leading "www.",
 * so that "www.example.com" and "example.com" are one site to the reader. Returns null for values
 * that cannot be hostnames (empty, containing spaces or slashes).
 */
export function siteKey(hostname: string): string | null {
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  if (!host || /[\s/\\?#@]/.test(host)) return null;
  return host.startsWith('www.') && host.length > 4 ? host.slice(4) : host;
}

/** Whether Backstory should run on a page of this hostname under these settings. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const key = siteKey(hostname);
  return key === null || !settings.disabledSites.includes(key);
}

/** Settings with the site switched on or off; other sites are untouched. */
export function withSite(settings: Settings, hostname: string, active: boolean): Settings {
  const key = siteKey(hostname);
  if (key === null) return settings;
  const others = settings.disabledSites.filter((s) => s !== key);
  return { ...settings, disabledSites: active ? others : normaliseSites([...others, key]) };
}

/** Keep only valid site keys, de-duplicated and sorted so equal lists compare equal. */
export function normaliseSites(values: unknown): string[] {
  if (!Array.isArray(values)) return [];
  const keys = new Set<string>();
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const key = siteKey(v);
    if (key !== null) keys.add(key);
  }
  return [...keys].sort();
}

/**
 * Coerce a partly valid current-version object into Settings, field by field: a bad field falls
 * back to its default and leaves the good ones alone.
 */
export function sanitiseSettings(raw: Record<string, unknown>): Settings {
  return {
    enabled: typeof raw.enabled === 'boolean' ? raw.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: normaliseSites(raw.disabledSites),
    badgeOnly: typeof raw.badgeOnly === 'boolean' ? raw.badgeOnly : DEFAULT_SETTINGS.badgeOnly,
    sidebarSide: raw.sidebarSide === 'left' || raw.sidebarSide === 'right' ? raw.sidebarSide : DEFAULT_SETTINGS.sidebarSide,
    sidebarWidth: clampSidebarWidth(raw.sidebarWidth),
  };
}
