/**
 * Reading settings written by any earlier version of Backstory (or damaged by hand) into the
 * current shape. Each step turns version N into N+1, so a new version only adds one step.
 *
 * Version history:
 * - 0: the toolchain prototype's unversioned `{ sidebarOpen: boolean, fontSize: number }`.
 *      `sidebarOpen: false` meant "don't show the sidebar by itself"; fontSize was never used.
 * - 1: `{ version: 1, enabled, disabledSites: origins ("https://example.com"), sidebarSide,
 *      sidebarOpen }`.
 * - 2: disabledSites become hostname keys (one site whatever the scheme or "www."),
 *      `sidebarOpen` becomes `badgeOnly` (its inverse), and `sidebarWidth` is added.
 */
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings, sanitiseSettings } from './schema';

type Raw = Record<string, unknown>;

const MIGRATIONS: Record<number, (from: Raw) => Raw> = {
  // 0 → 1: the prototype had only the sidebar flag.
  0: (v0) => ({
    version: 1,
    enabled: true,
    disabledSites: [],
    sidebarSide: 'right',
    sidebarOpen: typeof v0.sidebarOpen === 'boolean' ? v0.sidebarOpen : true,
  }),
  // 1 → 2: origins to hostnames, sidebarOpen to badgeOnly, width appears.
  1: (v1) => {
    const { sidebarOpen, disabledSites, ...rest } = v1;
    return {
      ...rest,
      version: 2,
      disabledSites: Array.isArray(disabledSites) ? disabledSites.map(originToHost) : [],
      badgeOnly: typeof sidebarOpen === 'boolean' ? !sidebarOpen : DEFAULT_SETTINGS.badgeOnly,
      sidebarWidth: DEFAULT_SETTINGS.sidebarWidth,
    };
  },
};

function originToHost(origin: unknown): unknown {
  if (typeof origin !== 'string') return origin;
  try {
    return new URL(origin).hostname;
  } catch {
    return origin; // already a bare hostname; sanitiseSettings drops it if it is not one
  }
}

/** The version a stored value claims: a missing version is the unversioned prototype (0). */
function versionOf(raw: Raw): number | null {
  if (!('version' in raw)) return 0;
  const v = raw.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

/**
 * Current settings from whatever was stored. Garbage (not an object, a version that is not a
 * number) gives the defaults rather than an error: settings must never stop the extension from
 * starting. A version newer than this code (the reader went back to an older build) is read field
 * by field as far as the names still fit, and isCurrent() reports it as not ours to rewrite.
 */
export function migrateSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...DEFAULT_SETTINGS, disabledSites: [] };
  let value = raw as Raw;
  let version = versionOf(value);
  if (version === null) return { ...DEFAULT_SETTINGS, disabledSites: [] };
  if (version > SETTINGS_VERSION) return sanitiseSettings(value);
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { ...DEFAULT_SETTINGS, disabledSites: [] };
    value = step(value);
    version += 1;
  }
  return sanitiseSettings(value);
}

/**
 * Whether the stored value should be rewritten in the current shape: true for older versions,
 * damaged values and nothing stored; false when it is already current or comes from a newer build
 * (rewriting would throw away fields this build does not know).
 */
export function needsRewrite(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return true;
  const r = raw as Raw;
  const version = versionOf(r);
  if (version !== null && version > SETTINGS_VERSION) return false;
  if (version !== SETTINGS_VERSION) return true;
  return JSON.stringify(toStored(migrateSettings(raw))) !== JSON.stringify(r);
}

/** The stored form of settings, fields in a fixed order. */
export function toStored(settings: Settings): Raw {
  return { version: SETTINGS_VERSION, ...sanitiseSettings(settings as unknown as Raw) };
}
