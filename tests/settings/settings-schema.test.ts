import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SIDEBAR_WIDTH, clampSidebarWidth, isActiveOn, siteKey, withSite } from '@/lib/settings';

describe('settings schema', () => {
  it('treats www and case variants of a hostname as one site', () => {
    expect(siteKey('WWW.Example.COM')).toBe('example.com');
    expect(siteKey('example.com.')).toBe('example.com');
    expect(siteKey('www')).toBe('www');
    expect(siteKey('www.example')).toBe('example');
    expect(siteKey('')).toBeNull();
    expect(siteKey('a/b')).toBeNull();
  });

  it('switches one site off and on without touching others', () => {
    const off = withSite(withSite(DEFAULT_SETTINGS, 'b.example', false), 'www.a.example', false);
    expect(off.disabledSites).toEqual(['a.example', 'b.example']);
    expect(isActiveOn(off, 'a.example')).toBe(false);
    expect(isActiveOn(off, 'c.example')).toBe(true);
    const on = withSite(off, 'A.example', true);
    expect(on.disabledSites).toEqual(['b.example']);
    expect(isActiveOn(on, 'a.example')).toBe(true);
  });

  it('is inactive everywhere when switched off globally', () => {
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'anything.example')).toBe(false);
  });

  it('clamps the sidebar width', () => {
    expect(clampSidebarWidth(10)).toBe(SIDEBAR_WIDTH.min);
    expect(clampSidebarWidth(10_000)).toBe(SIDEBAR_WIDTH.max);
    expect(clampSidebarWidth(401.6)).toBe(402);
    expect(clampSidebarWidth(Number.NaN)).toBe(SIDEBAR_WIDTH.default);
    expect(clampSidebarWidth('400')).toBe(SIDEBAR_WIDTH.default);
  });
});
