import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SIDEBAR_WIDTH, migrateSettings, needsRewrite, toStored } from '@/lib/settings';

describe('settings migrations', () => {
  it('reads the unversioned prototype shape (v0): sidebarOpen false becomes badge-only', () => {
    expect(migrateSettings({ sidebarOpen: false, fontSize: 18 })).toEqual({ ...DEFAULT_SETTINGS, badgeOnly: true });
    expect(migrateSettings({ sidebarOpen: true, fontSize: 14 })).toEqual({ ...DEFAULT_SETTINGS, badgeOnly: false });
  });

  it('reads v1: origins become site keys, sidebarOpen becomes badgeOnly, width gets its default', () => {
    const v1 = {
      version: 1,
      enabled: false,
      disabledSites: ['https://www.Example.com', 'http://news.example.org:8080', 'not a url'],
      sidebarSide: 'left',
      sidebarOpen: false,
    };
    expect(migrateSettings(v1)).toEqual({
      enabled: false,
      disabledSites: ['example.com', 'news.example.org'],
      badgeOnly: true,
      sidebarSide: 'left',
      sidebarWidth: SIDEBAR_WIDTH.default,
    });
  });

  it('keeps a valid current value as it is', () => {
    const v2 = { version: 2, enabled: true, disabledSites: ['a.example'], badgeOnly: true, sidebarSide: 'left', sidebarWidth: 500 };
    expect(migrateSettings(v2)).toEqual({ enabled: true, disabledSites: ['a.example'], badgeOnly: true, sidebarSide: 'left', sidebarWidth: 500 });
    expect(needsRewrite(v2)).toBe(false);
  });

  it('gives the defaults for garbage instead of throwing', () => {
    for (const raw of [undefined, null, 42, 'settings', [], [1, 2], { version: 'two' }, { version: -1 }, { version: 1.5 }]) {
      expect(migrateSettings(raw), JSON.stringify(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('repairs bad fields one by one and keeps the good ones', () => {
    const damaged = { version: 2, enabled: 'yes', disabledSites: ['ok.example', 3, '', 'has space.example', 'OK.example'], badgeOnly: true, sidebarSide: 'top', sidebarWidth: 99999 };
    expect(migrateSettings(damaged)).toEqual({ enabled: true, disabledSites: ['ok.example'], badgeOnly: true, sidebarSide: 'right', sidebarWidth: SIDEBAR_WIDTH.max });
    expect(needsRewrite(damaged)).toBe(true);
  });

  it('reads a newer build\'s settings by field name and does not ask to overwrite them', () => {
    const future = { version: SETTINGS_VERSION + 1, enabled: false, disabledSites: [], badgeOnly: false, sidebarSide: 'left', sidebarWidth: 300, newThing: 1 };
    expect(migrateSettings(future).enabled).toBe(false);
    expect(migrateSettings(future).sidebarSide).toBe('left');
    expect(needsRewrite(future)).toBe(false);
  });

  it('writes the current version', () => {
    expect(toStored(DEFAULT_SETTINGS)).toEqual({ version: SETTINGS_VERSION, ...DEFAULT_SETTINGS });
    expect(needsRewrite({ sidebarOpen: true })).toBe(true);
  });
});
