import { describe, expect, it } from 'vitest';
import { MIN_PAGE_WIDTH, NARROW_VIEWPORT, TAB_WIDTH, TEXT_GAP, freeRoom, marginFor, planLayout } from '@/lib/view/layout';

// The e2e article page: a 1100 px column with the article in its first three quarters.
const at = (viewportWidth: number, article: { left: number; right: number } | null, side: 'left' | 'right' = 'right', panelWidth = 380) =>
  planLayout({ viewportWidth, side, panelWidth, article });

describe('where the panel and the tab go', () => {
  it('opens beside the article where the page leaves room (it may cover a rail, never the text)', () => {
    const layout = at(1280, { left: 114, right: 880 });
    expect(layout.panel).toEqual({ placement: 'beside', width: 380, margin: 0 });
    expect(layout.tab).toEqual({ placement: 'beside', width: TAB_WIDTH, margin: 0 });
    expect(layout.mayOpenByItself).toBe(true);
  });

  it('pushes the page aside when there is no room beside the article but enough width', () => {
    const layout = at(1024, { left: 24, right: 732 });
    expect(layout.panel).toEqual({ placement: 'push', width: 380, margin: 380 });
    expect(layout.mayOpenByItself).toBe(true);
    expect(marginFor(layout, 'panel')).toBe(380);
    expect(marginFor(layout, 'tab')).toBe(0);
    expect(marginFor(layout, 'hidden')).toBe(0);
  });

  it('never opens by itself below the narrow-viewport width, even where it could push', () => {
    const layout = at(800, { left: 24, right: 564 });
    expect(layout.panel.placement).toBe('push');
    expect(layout.mayOpenByItself).toBe(false);
    expect(at(NARROW_VIEWPORT - 1, { left: 0, right: 100 }).mayOpenByItself).toBe(false);
    expect(at(NARROW_VIEWPORT, { left: 0, right: 100 }).mayOpenByItself).toBe(true);
  });

  it('opens as a sheet (only on request) when a pushed page would be too narrow to read', () => {
    const layout = at(400, { left: 16, right: 384 });
    expect(layout.panel).toEqual({ placement: 'sheet', width: 400, margin: 0 });
    expect(layout.mayOpenByItself).toBe(false);
    // No room for the tab beside full-width text: the page gets a margin as wide as the tab.
    expect(layout.tab).toEqual({ placement: 'push', width: TAB_WIDTH, margin: TAB_WIDTH });
    expect(marginFor(layout, 'tab')).toBe(TAB_WIDTH);
    expect(at(380 + MIN_PAGE_WIDTH, null).panel.placement).toBe('push');
    expect(at(380 + MIN_PAGE_WIDTH - 1, null).panel.placement).toBe('sheet');
  });

  it('measures the room on the side the reader chose, keeping a gap from the text', () => {
    expect(freeRoom({ viewportWidth: 1000, side: 'right', article: { left: 300, right: 600 } })).toBe(400 - TEXT_GAP);
    expect(freeRoom({ viewportWidth: 1000, side: 'left', article: { left: 300, right: 600 } })).toBe(300 - TEXT_GAP);
    expect(at(1000, { left: 420, right: 600 }, 'left').panel.placement).toBe('beside');
    expect(at(1000, { left: 420, right: 620 }, 'right').panel.placement).toBe('push');
  });

  it('takes an article it could not find as filling the viewport', () => {
    expect(freeRoom({ viewportWidth: 1600, side: 'right', article: null })).toBe(0);
    expect(at(1600, null).panel.placement).toBe('push');
    expect(at(1600, null).tab.placement).toBe('push');
  });
});
