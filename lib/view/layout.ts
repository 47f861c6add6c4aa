/**
 * Where Backstory's panel and its edge tab go on a page, decided from measurements alone, so that
 * neither ever lies over the article's text.
 *
 * - `beside`: the page leaves enough free room next to the article; the panel (or tab) is fixed
 *   there and the page is left as it is (it may cover a page rail, never the article).
 * - `push`: no free room; the page is given a margin on Backstory's side as wide as the panel (or
 *   the tab), so the page reflows beside it.
 * - `sheet`: even a pushed page would be too narrow to read; the panel covers the whole viewport,
 *   and only when the reader asked for it (it never opens like this by itself).
 *
 * The panel opens by itself only on viewports at least NARROW_VIEWPORT wide and never as a sheet;
 * otherwise the reader sees the tab and opens the panel from it.
 */

export type Side = 'left' | 'right';
export type Placement = 'beside' | 'push' | 'sheet';

/** What the reader sees of Backstory: the panel, the edge tab, or nothing. */
export type ViewMode = 'panel' | 'tab' | 'hidden';

/** Below this viewport width (CSS px) the panel never opens by itself. */
export const NARROW_VIEWPORT = 1000;
/** A pushed page keeps at least this width (a small phone's); narrower, the panel becomes a sheet. */
export const MIN_PAGE_WIDTH = 360;
/** Space kept between the article's text and Backstory. */
export const TEXT_GAP = 16;
/** Width of the edge tab. */
export const TAB_WIDTH = 36;

export interface LayoutInput {
  /** The viewport's width without its scrollbar (documentElement.clientWidth). */
  viewportWidth: number;
  side: Side;
  /** The panel width the reader chose. */
  panelWidth: number;
  /**
   * Horizontal extent of the article's text, in viewport coordinates, measured with no margin of
   * Backstory's on the page; null when it could not be found (taken as the whole viewport).
   */
  article: { left: number; right: number } | null;
}

export interface Placed {
  placement: Placement;
  /** Width of what is placed (the panel may be narrowed to fit beside a pushed page). */
  width: number;
  /** Margin to give the page on Backstory's side, in CSS px (0 when nothing is pushed). */
  margin: number;
}

export interface Layout {
  panel: Placed;
  tab: Placed;
  /** Whether the panel may open without the reader asking (a match on a wide enough viewport). */
  mayOpenByItself: boolean;
}

/** Free room between the article's text and the viewport's edge on `side`. */
export function freeRoom(input: Pick<LayoutInput, 'viewportWidth' | 'side' | 'article'>): number {
  const { viewportWidth, side, article } = input;
  if (!article) return 0;
  const room = side === 'right' ? viewportWidth - article.right : article.left;
  return Math.max(0, Math.floor(room - TEXT_GAP));
}

export function planLayout(input: LayoutInput): Layout {
  const vw = Math.max(0, Math.floor(input.viewportWidth));
  const room = freeRoom(input);
  const wanted = Math.max(0, Math.round(input.panelWidth));

  let panel: Placed;
  if (room >= wanted) panel = { placement: 'beside', width: wanted, margin: 0 };
  else if (vw - wanted >= MIN_PAGE_WIDTH) panel = { placement: 'push', width: wanted, margin: wanted };
  else panel = { placement: 'sheet', width: vw, margin: 0 };

  const tab: Placed = room >= TAB_WIDTH ? { placement: 'beside', width: TAB_WIDTH, margin: 0 } : { placement: 'push', width: TAB_WIDTH, margin: TAB_WIDTH };

  return { panel, tab, mayOpenByItself: vw >= NARROW_VIEWPORT && panel.placement !== 'sheet' };
}

/** The margin the page needs for what the reader sees. */
export function marginFor(layout: Layout, view: ViewMode): number {
  if (view === 'panel') return layout.panel.margin;
  if (view === 'tab') return layout.tab.margin;
  return 0;
}
