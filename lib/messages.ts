/**
 * The one message contract between the extension's contexts. Every message sent with
 * `browser.runtime.sendMessage` or `browser.tabs.sendMessage` is a `Message`, and its reply type is
 * fixed by its `type`. Nothing else in the extension sends untyped messages.
 *
 * Direction is part of the name of each section: content → background, popup → background,
 * background → content.
 */
import type { KbDocument } from './kb/types';
import type { Analysis, ExtractedArticle } from './match/types';
import type { StoryView } from './view/story-view';

/** Request and reply types, keyed by message type. */
export interface MessageMap {
  // content → background
  /** Analyse the page's extracted article; the background records matched visits in history. */
  analyse: { request: { article: ExtractedArticle }; reply: AnalyseReply };
  /** One seed document, for the sidebar's reader view. */
  document: { request: { doc: string }; reply: { document: KbDocument | null } };
  /** "Not this story": hide the story on this page (url) and remember it. */
  'dismiss-story': { request: { url: string; story: string }; reply: { ok: boolean } };

  // popup → background
  /** The state of one tab as the background last heard it from that tab's content script. */
  'tab-state': { request: { tabId: number }; reply: TabState | null };
  /** Ask the tab's content script to open, close or toggle the sidebar. */
  'sidebar-request': { request: { tabId: number; action: SidebarAction }; reply: { delivered: boolean } };

  // background → content
  /** Open, close or toggle the sidebar in this tab. */
  'sidebar-command': { request: { action: SidebarAction }; reply: { open: boolean } };
}

export interface AnalyseReply {
  analysis: Analysis;
  /** What the sidebar shows, for match and related verdicts; null for none. */
  view: StoryView | null;
  /** True when the reader said "not this story" for this story on this URL. */
  dismissed: boolean;
  /** "You have read 2 of the 5 pieces of coverage on this story"; null when unknown. */
  reading: { read: number; total: number } | null;
  /** Why the visit could not be recorded (quota, private window), or null. Never blocks the sidebar. */
  storageError: string | null;
}

export type SidebarAction = 'open' | 'close' | 'toggle';

export interface TabState {
  url: string;
  verdict: Analysis['verdict'];
  story: string | null;
  storyTitle: string | null;
}

export type MessageType = keyof MessageMap;
export type Message = { [K in MessageType]: { type: K } & MessageMap[K]['request'] }[MessageType];
export type MessageOf<K extends MessageType> = Extract<Message, { type: K }>;
export type ReplyOf<K extends MessageType> = MessageMap[K]['reply'];

const MESSAGE_TYPES: ReadonlySet<string> = new Set<MessageType>(['analyse', 'document', 'dismiss-story', 'tab-state', 'sidebar-request', 'sidebar-command']);

/** Narrow an incoming value to a Message; anything else (other extensions, stale versions) is ignored. */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && MESSAGE_TYPES.has((value as { type?: unknown }).type as string);
}
