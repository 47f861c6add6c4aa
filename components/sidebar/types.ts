/**
 * What the page controller hands the sidebar's Preact tree. The controller owns the state (it
 * hears from the background, the settings and the page); components only render it and call back.
 */
import type { KbDocument } from '@/lib/kb/types';
import type { MarkTone } from '@/lib/marks/plan';
import type { AnalyseReply } from '@/lib/messages';
import type { SidebarSide } from '@/lib/settings/schema';
import type { Placed } from '@/lib/view/layout';
import type { StoryView } from '@/lib/view/story-view';

/** An analyse reply that has a story to show. */
export type ShownReply = AnalyseReply & { view: StoryView };

export interface MarkCardState {
  tone: MarkTone;
  /** The KB claim the marked sentence states, in its cleanest wording; null when it has none. */
  claim: string | null;
  /** Who reports it: outlets (or titles) of the sources, cleanest first. */
  sources: string[];
  notes: string[];
  /** Viewport coordinates of the marked line the card belongs to. */
  anchor: { left: number; top: number; bottom: number };
}

export interface SidebarState {
  reply: ShownReply;
  /** The panel is open (data-view "panel"). */
  open: boolean;
  /** While the panel is closed, the edge tab is shown (data-view "tab"; else "hidden"). */
  tabShown?: boolean;
  /** Where the panel and the tab go (lib/view/layout.ts); beside the page when left out. */
  placement?: { panel: Placed; tab: Placed };
  /** Shown under "Badge only": no marks, no tab. */
  badgeOnly?: boolean;
  /** Marks on the page, for the tab's count. */
  markCount?: number;
  side: SidebarSide;
  width: number;
  /** Open at this fact: expand it and move focus to it. `nonce` makes a repeat request count. */
  focus: { fact: string; nonce: number } | null;
  /** Fact id → id of the in-page mark that states it, for facts with a mark on the page. */
  markedFacts: Record<string, string>;
  /** Page sentence → id of its in-page mark, for sentences that have one. */
  markedSentences: Record<string, string>;
  card: MarkCardState | null;
  /** Polite announcement for screen readers; changes are read out. */
  announcement: string;
  /** True when the panel was opened by the reader (move focus into it), false when by itself. */
  takeFocus: boolean;
  /** How many parts of the panel's overview are drawn (Sidebar.tsx, SIDEBAR_PARTS); all when left out. */
  parts?: number;
}

export interface SidebarActions {
  close(): void;
  /** Open the panel (from the edge tab), moving focus into it. */
  open(): void;
  setSide(side: SidebarSide): void;
  /** `commit` false while dragging (render only), true when the reader lets go (remember it). */
  setWidth(width: number, commit: boolean): void;
  dismiss(): void;
  /** Undo "Not this story". */
  undismiss(): void;
  /** Scroll to the in-page mark of a fact and show its card. */
  showOnPage(fact: string): void;
  /** Scroll to one in-page mark (by mark id) and show its card. */
  showMark(mark: string): void;
  loadDocument(doc: string): Promise<KbDocument | null>;
  /** Draw every part of the panel now (the reader scrolled before the page was idle). */
  showAll?(): void;
}
