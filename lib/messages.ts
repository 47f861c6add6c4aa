/**
 * The one message contract between the extension's contexts. Every message sent with
 * `browser.runtime.sendMessage` or `browser.tabs.sendMessage` is a `Message`, and its reply type is
 * fixed by its `type`. Nothing else in the extension sends untyped messages.
 *
 * Direction is part of the name of each section: content → background, popup → background,
 * background → content.
 */
import type { HistoryEntry, KbChangedArticle } from './history/types';
import type { KbDocument } from './kb/types';
import type { Analysis, ExtractedArticle } from './match/types';
import type { StoryView } from './view/story-view';

/** Request and reply types, keyed by message type. */
export interface MessageMap {
  // content → background
  /** Analyse the page's extracted article; the background records matched visits in history. */
  /**
   * `canonical`: the href of the page's `<link rel=canonical>`, if any; history and dismissals are
   * keyed by it when it names the page's own site (lib/history/canonical-url.ts).
   */
  analyse: { request: { article: ExtractedArticle; canonical?: string | null }; reply: AnalyseReply };
  /**
   * Extract and analyse a page whose markup has no article container to trust: the content script
   * sends its serialised markup (at most MAX_PAGE_HTML_CHARS characters), and the background runs
   * the extraction with the Readability fallback, which is too large for the content script, then
   * the same path as `analyse`. `article` is what it extracted, for the marks; null when the page
   * holds no article (nothing is recorded then). `url` is the page's own claim; the background
   * keys everything by the sender tab's URL when it has one.
   */
  'analyse-page-html': { request: { url: string; html: string }; reply: (AnalyseReply & { article: ExtractedArticle }) | { article: null } };
  /** One seed document, for the sidebar's reader view. */
  document: { request: { doc: string }; reply: { document: KbDocument | null } };
  /** "Not this story": hide the story on this page (url, or its canonical URL) and remember it. */
  'dismiss-story': { request: { url: string; story: string; canonical?: string | null }; reply: { ok: boolean } };
  /** Undo "Not this story" for this page and story. */
  'undismiss-story': { request: { url: string; story: string; canonical?: string | null }; reply: { ok: boolean } };
  /**
   * "This tab now shows `url`, and I am not analysing it": sent by the content script whenever it
   * decides not to ask for an analysis (the prefilter said no, Backstory is off here, or an SPA
   * moved to an unrelated page). The background clears the tab's badge and remembers the URL so
   * the popup can offer the per-site switch (without the "tabs" permission the popup cannot read
   * the tab's URL itself). An `analyse` for the tab replaces this state.
   */
  'page-state': { request: { url: string; lang?: string | null }; reply: { ok: boolean } };

  // popup → background
  /** The state of one tab as the background last heard it from that tab's content script. */
  'tab-state': { request: { tabId: number }; reply: TabState | null };
  /** Undo "Not this story" for the story shown in a tab (the popup's button). */
  'tab-undismiss': { request: { tabId: number }; reply: { ok: boolean } };
  /** Ask the tab's content script to open, close or toggle the sidebar. */
  'sidebar-request': { request: { tabId: number; action: SidebarAction }; reply: { delivered: boolean } };
  /** Recent history, its size, KB changes to facts the reader saw, and any storage failure. */
  'history-summary': { request: { limit: number }; reply: HistorySummary };
  /** Delete every stored article and dismissal. */
  'history-clear': { request: Record<never, never>; reply: { ok: true } | { ok: false; error: string } };
  /** The reader has read the KB-change notice: record the stored articles against the current KB. */
  'kb-changes-seen': { request: Record<never, never>; reply: { ok: true; updated: number } | { ok: false; error: string } };
  /** The whole history as JSON, for the reader to save. */
  'history-export': { request: Record<never, never>; reply: { ok: true; json: string } | { ok: false; error: string } };

  // background → content
  /** Open, close or toggle the sidebar in this tab. */
  'sidebar-command': { request: { action: SidebarAction }; reply: { open: boolean } };
  /** The reader undid "Not this story" in the popup: show the story on this page again. */
  'story-restored': { request: { story: string }; reply: { ok: boolean } };
}

export interface AnalyseReply {
  analysis: Analysis;
  /** What the sidebar shows, for match and related verdicts; null for none. */
  view: StoryView | null;
  /** True when the reader said "not this story" for this story on this URL. */
  dismissed: boolean;
  /** Why the visit could not be recorded (quota, private window), or null. Never blocks the sidebar. */
  storageError: string | null;
}

/**
 * The largest page markup (UTF-16 characters) `analyse-page-html` carries. News pages run from
 * 100 KB to about 1 MB of markup, most of it inline scripts; past this the page is refused rather
 * than copied between processes and parsed again.
 */
export const MAX_PAGE_HTML_CHARS = 2 * 1024 * 1024;

export type SidebarAction = 'open' | 'close' | 'toggle';

export interface TabState {
  url: string;
  verdict: Analysis['verdict'];
  story: string | null;
  storyTitle: string | null;
  /** The reader said "not this story" for this story on this page: no badge, sidebar hidden. */
  dismissed: boolean;
  /**
   * "You have read 2 of the 5 pieces of coverage on this story", from the reader's history. Shown
   * in the popup only: nothing derived from history is ever put into the page, where its scripts
   * could read it. Null or absent when unknown.
   */
  reading?: { read: number; total: number } | null;
  /** The address history and dismissals use for this page (canonical, tracking parameters dropped). */
  key?: string;
  /**
   * Why the page was not analysed, when Backstory cannot read it (today: its language), as a
   * reader-facing sentence; null or absent otherwise.
   */
  unsupported?: string | null;
}

export interface HistorySummary {
  recent: HistoryEntry[];
  /** Articles stored in all. */
  total: number;
  /** Stored articles whose facts the current KB states differently from when the reader saw them. */
  kbChanges: KbChangedArticle[];
  /** The latest failure to read or write history, reader-facing, or null. */
  storageError: string | null;
}

export type MessageType = keyof MessageMap;
export type Message = { [K in MessageType]: { type: K } & MessageMap[K]['request'] }[MessageType];
export type MessageOf<K extends MessageType> = Extract<Message, { type: K }>;
export type ReplyOf<K extends MessageType> = MessageMap[K]['reply'];

const MESSAGE_TYPES: ReadonlySet<string> = new Set<MessageType>([
  'analyse',
  'analyse-page-html',
  'document',
  'dismiss-story',
  'undismiss-story',
  'page-state',
  'tab-undismiss',
  'story-restored',
  'tab-state',
  'sidebar-request',
  'history-summary',
  'history-clear',
  'history-export',
  'kb-changes-seen',
  'sidebar-command',
]);

/** Narrow an incoming value to a Message; anything else (other extensions, stale versions) is ignored. */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && MESSAGE_TYPES.has((value as { type?: unknown }).type as string);
}
