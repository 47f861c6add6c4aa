/**
 * Everything the background does, as plain functions over injected parts, so the same logic runs in
 * the service worker (entrypoints/background.ts wires the browser APIs) and in unit tests.
 *
 * Nothing here keeps state that cannot be rebuilt: per-tab state is in TabStates (session storage),
 * history in IndexedDB, the KB is reloaded on demand. Only two small things live in memory: a
 * counter per tab (it only stops a slow analysis from landing after the tab moved on, and cannot
 * outlive the events it orders) and the last storage error (a notice; the
 * popup's own history read reports a lasting failure again).
 *
 * Badge on navigation: browsers reset a tab's badge themselves when a new document loads, but a
 * single-page site moving to another article (pushState) is only seen here as `tabs.onUpdated`
 * `loading` — Chromium reports that for same-document navigations too — until the content script
 * has re-analysed the new page. Clearing on `loading` makes the badge follow at once; the price is
 * that a hash change blanks it until the content script reports again (1–2 s).
 */
import { extractArticle } from '../extract/extract-article';
import { readabilityFallback } from '../extract/readability-fallback';
import type { History, HistoryEntry, SeenFact } from '../history';
import { canonicalUrl, reportedPageUrl } from '../history/canonical-url';
import { coverageOnPage, readingCount } from '../history/reading';
import { isReadLanguage, READ_LANGUAGES_TEXT } from '../match/language';
import { MAX_PAGE_HTML_CHARS, type Message, type MessageOf, type ReplyOf, type TabState } from '../messages';
import { isActiveOn, type Settings } from '../settings/schema';
import type { Kb } from '../kb/types';
import type { Analysis, ExtractedArticle } from '../match/types';
import type { StoryView } from '../view/story-view';
import { badgeFor, type BadgeSpec } from './badge';
import type { KbSource } from './kb-runtime';
import { htmlParser, type HtmlParser } from './page-document';
import { hostnameOf, type TabStates } from './tab-states';

export interface BackgroundDeps {
  kb: KbSource;
  buildStoryView(kb: Kb, analysis: Analysis): StoryView | null;
  history: History;
  tabs: TabStates;
  setBadge(tabId: number, badge: BadgeSpec): Promise<void>;
  sendToTab(tabId: number, message: Message): Promise<unknown>;
  /** The tab the reader is looking at, for a keyboard command that arrives without one. */
  activeTabId(): Promise<number | undefined>;
  now(): number;
  /** Markup from `analyse-page-html` as a Document; linkedom's parser when left out (works anywhere). */
  parseHtml?: HtmlParser;
}

/** Who sent a message: the tab and frame of a content script, nothing for the popup. */
export interface SenderInfo {
  tabId?: number;
  frameId?: number;
  /** The URL of the sending frame, as the browser reports it. */
  url?: string;
  /**
   * True for the extension's own pages (the popup, also when opened in a tab), false for content
   * scripts. Left out, the sender is taken to be a content script.
   */
  extensionPage?: boolean;
}

/**
 * Messages only the popup may send. They read or delete the reader's history, so a content script —
 * which lives in pages that may be hostile, and whose renderer could be compromised — never gets
 * an answer to them.
 */
const EXTENSION_PAGE_ONLY: ReadonlySet<Message['type']> = new Set(['tab-state', 'tab-undismiss', 'sidebar-request', 'history-summary', 'history-clear', 'history-export', 'kb-changes-seen']);

export const TOGGLE_SIDEBAR_COMMAND = 'toggle-sidebar';

/** Our own sentence, analysed once by `warm` and never recorded. */
const WARM_UP_ARTICLE: ExtractedArticle = {
  url: 'about:blank',
  title: 'Ministers to speak by phone',
  paragraphs: ['The two ministers will speak by phone on Tuesday about the letters their governments exchanged, officials said on Monday.'],
  publishedAt: '2022-01-31',
  site: null,
  lang: 'en',
  method: 'plain-text',
};

export function createBackgroundService(deps: BackgroundDeps) {
  /** Per tab, bumped by every report and navigation: an analysis applies only if nothing came after it. */
  const generations = new Map<number, number>();
  const nextGeneration = (tabId: number) => {
    const g = (generations.get(tabId) ?? 0) + 1;
    generations.set(tabId, g);
    return g;
  };
  let storageError: string | null = null;
  /** The warm-up analysis has run in this worker. */
  let warmed = false;
  const parseHtml = deps.parseHtml ?? htmlParser(undefined);

  const noteStorage = <T>(result: { ok: true; value: T } | { ok: false; error: string }, fallback: T): T => {
    if (result.ok) return result.value;
    storageError = result.error;
    return fallback;
  };

  /** Only the top frame speaks for the tab; a content script in an iframe must not set its badge. */
  const tabOf = (sender: SenderInfo) => (sender.tabId !== undefined && (sender.frameId ?? 0) === 0 ? sender.tabId : undefined);

  async function showTab(tabId: number, state: TabState): Promise<void> {
    await deps.tabs.set(tabId, state);
    await deps.setBadge(tabId, badgeFor(state)).catch(() => undefined); // the tab may have closed meanwhile
  }

  async function analyse(message: MessageOf<'analyse'>, sender: SenderInfo): Promise<ReplyOf<'analyse'>> {
    const tabId = tabOf(sender);
    const generation = tabId === undefined ? 0 : nextGeneration(tabId);
    const runtime = await deps.kb.get();
    const { article } = message;
    // Where the tab is: the URL the page reports (current after pushState / replaceState, which
    // the browser's sender URL may not be), as long as it is on the sender's own origin.
    const pageUrl = tabId !== undefined ? reportedPageUrl(article.url, sender.url) : article.url;
    // History and dismissals use one address per article: its canonical URL on the same site,
    // without tracking parameters or "www." (lib/history/canonical-url.ts).
    const key = canonicalUrl(pageUrl, message.canonical);
    const analysis = runtime.matcher().analyse(article);
    const view = analysis.verdict === 'none' ? null : deps.buildStoryView(runtime.kb, analysis);
    const story = analysis.verdict === 'none' ? null : analysis.story;

    let dismissed = false;
    let reading: TabState['reading'] = null;
    let historyError: string | null = null;
    if (story !== null && (analysis.verdict === 'match' || analysis.verdict === 'related')) {
      const dismissal = await deps.history.isDismissed(key, story);
      dismissed = noteStorage(dismissal, false);
      if (!dismissal.ok) historyError = dismissal.error;
      // The sidebar lists the story's coverage; the count is over the same documents.
      const storyDocs = view ? view.coverage.map((c) => c.doc) : (runtime.kb.stories.find((s) => s.id === story)?.documents ?? []);
      const coverage = coverageOnPage(analysis.sharedPhrasing, storyDocs);
      if (!dismissed) {
        const recorded = await deps.history.record({
          url: key,
          at: deps.now(),
          title: article.title,
          site: article.site,
          story,
          storyTitle: analysis.storyTitle,
          verdict: analysis.verdict,
          facts: seenFacts(analysis, runtime),
          coverage,
          kbVersion: runtime.version,
        });
        if (recorded.ok) storageError = null; // writing works again: the old notice is stale
        else historyError = recorded.error;
        noteStorage(recorded, null);
        const onStory = await deps.history.onStory(story);
        if (onStory.ok) reading = readingCount(storyDocs, onStory.value, story, { url: key, verdict: analysis.verdict, coverage });
        else noteStorage(onStory, []);
      }
    }

    if (tabId !== undefined && generations.get(tabId) === generation) {
      // A page in a language Backstory does not read says so (the matcher's first reason names it).
      const unsupported = analysis.verdict === 'none' && /^Written in .*; Backstory reads articles in/.test(analysis.reasons[0] ?? '') ? analysis.reasons[0]! : null;
      await showTab(tabId, { url: pageUrl, verdict: analysis.verdict, story, storyTitle: story === null ? null : analysis.storyTitle, dismissed, reading, key, unsupported });
    }
    return { analysis, view, dismissed, storageError: historyError };
  }

  /**
   * A page the content script could not extract by itself: its markup is parsed here (never run)
   * and extracted with the Readability fallback, then analysed like any other article.
   */
  async function analysePageHtml(message: MessageOf<'analyse-page-html'>, sender: SenderInfo): Promise<ReplyOf<'analyse-page-html'>> {
    const { html } = message;
    if (typeof html !== 'string') throw new Error('Backstory: "analyse-page-html" came without the page\'s markup');
    if (html.length > MAX_PAGE_HTML_CHARS) {
      throw new Error(`Backstory: the page's markup is ${html.length} characters, more than the ${MAX_PAGE_HTML_CHARS} analysed; not analysed`);
    }
    // The address the browser reports for the tab, not the one the page claims.
    const url = tabOf(sender) !== undefined ? reportedPageUrl(message.url, sender.url) : message.url;
    const doc = parseHtml(html);
    const article = extractArticle(doc, url, { fallback: readabilityFallback });
    // Nothing to analyse: the content script reports the page as not analysed, as when it finds
    // nothing itself, so the tab's state is left to it.
    if (!article || article.paragraphs.length === 0) return { article: null };
    const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null;
    return { ...(await analyse({ type: 'analyse', article, canonical }, sender)), article };
  }

  async function dismissStory(message: MessageOf<'dismiss-story'>, sender: SenderInfo): Promise<ReplyOf<'dismiss-story'>> {
    const tabId = tabOf(sender);
    // The same address `analyse` checks dismissals against.
    const url = canonicalUrl(tabId !== undefined ? reportedPageUrl(message.url, sender.url) : message.url, message.canonical);
    const result = await deps.history.dismiss(url, message.story, deps.now());
    noteStorage(result, undefined);
    if (tabId !== undefined) {
      const state = await deps.tabs.get(tabId);
      if (state && state.story === message.story) await showTab(tabId, { ...state, dismissed: true, reading: null });
    }
    return { ok: result.ok };
  }

  /** Undo a dismissal; the tab's badge comes back (its visit is recorded at the next analysis). */
  async function undismiss(key: string, story: string, tabId: number | undefined): Promise<boolean> {
    const result = await deps.history.undismiss(key, story);
    noteStorage(result, false);
    if (tabId !== undefined) {
      const state = await deps.tabs.get(tabId);
      if (state && state.story === story) await showTab(tabId, { ...state, dismissed: false });
    }
    return result.ok;
  }

  async function undismissStory(message: MessageOf<'undismiss-story'>, sender: SenderInfo): Promise<ReplyOf<'undismiss-story'>> {
    const tabId = tabOf(sender);
    const url = canonicalUrl(tabId !== undefined ? reportedPageUrl(message.url, sender.url) : message.url, message.canonical);
    return { ok: await undismiss(url, message.story, tabId) };
  }

  /** The popup's "Show it again": undo for the tab's page, then tell its content script. */
  async function tabUndismiss(tabId: number): Promise<ReplyOf<'tab-undismiss'>> {
    const state = await deps.tabs.get(tabId);
    if (!state || !state.story || !state.dismissed) return { ok: false };
    const ok = await undismiss(state.key ?? canonicalUrl(state.url), state.story, tabId);
    if (ok) await deps.sendToTab(tabId, { type: 'story-restored', story: state.story }).catch(() => undefined);
    return { ok };
  }

  async function summary(limit: number): Promise<ReplyOf<'history-summary'>> {
    const count = Math.max(0, Math.min(100, Math.floor(limit) || 0));
    const recent = noteStorage(await deps.history.recent(count), [] as HistoryEntry[]);
    const total = noteStorage(await deps.history.count(), 0);
    let kbChanges: ReplyOf<'history-summary'>['kbChanges'] = [];
    try {
      const runtime = await deps.kb.get();
      kbChanges = noteStorage(await deps.history.kbChanges(runtime.kb.facts, runtime.version), []);
    } catch {
      // Without a KB there is nothing to compare with; the analysis path reports the KB failure.
    }
    return { recent, total, kbChanges, storageError };
  }

  return {
    /** Answer one message; undefined for messages the background does not handle. */
    async handle(message: Message, sender: SenderInfo): Promise<unknown> {
      if (EXTENSION_PAGE_ONLY.has(message.type) && !sender.extensionPage) {
        throw new Error(`Backstory: "${message.type}" is answered only for the extension's own pages`);
      }
      switch (message.type) {
        case 'analyse':
          return analyse(message, sender);
        case 'analyse-page-html':
          return analysePageHtml(message, sender);
        case 'document': {
          const runtime = await deps.kb.get();
          return { document: runtime.kb.documents.find((d) => d.id === message.doc) ?? null } satisfies ReplyOf<'document'>;
        }
        case 'dismiss-story':
          return dismissStory(message, sender);
        case 'undismiss-story':
          return undismissStory(message, sender);
        case 'tab-undismiss':
          return tabUndismiss(message.tabId);
        case 'page-state': {
          const tabId = tabOf(sender);
          if (tabId !== undefined) nextGeneration(tabId);
          // A page that declares a language other than English is not read at all: say why.
          const lang = typeof message.lang === 'string' ? message.lang.trim().toLowerCase() : '';
          const unsupported = lang && lang !== 'und' && lang !== 'mul' && !isReadLanguage(lang) ? `Written in ${languageName(lang)}; Backstory reads articles in ${READ_LANGUAGES_TEXT}` : null;
          if (tabId !== undefined) await showTab(tabId, { url: message.url, verdict: 'none', story: null, storyTitle: null, dismissed: false, unsupported });
          return { ok: tabId !== undefined } satisfies ReplyOf<'page-state'>;
        }
        case 'tab-state':
          return (await deps.tabs.get(message.tabId)) satisfies ReplyOf<'tab-state'>;
        case 'sidebar-request':
          return { delivered: await sidebar(message.tabId, message.action) } satisfies ReplyOf<'sidebar-request'>;
        case 'history-summary':
          return summary(message.limit);
        case 'history-clear': {
          const result = await deps.history.clear();
          if (result.ok) storageError = null;
          else storageError = result.error;
          return (result.ok ? { ok: true } : { ok: false, error: result.error }) satisfies ReplyOf<'history-clear'>;
        }
        case 'kb-changes-seen': {
          const runtime = await deps.kb.get();
          const result = await deps.history.acknowledgeKb(runtime.kb.facts, runtime.version);
          noteStorage(result, 0);
          return (result.ok ? { ok: true, updated: result.value } : { ok: false, error: result.error }) satisfies ReplyOf<'kb-changes-seen'>;
        }
        case 'history-export': {
          const result = await deps.history.exportJson(deps.now());
          noteStorage(result, '');
          return (result.ok ? { ok: true, json: result.value } : { ok: false, error: result.error }) satisfies ReplyOf<'history-export'>;
        }
        default:
          return undefined; // background → content messages are not for us
      }
    },

    /**
     * Get ready before any page asks (a tab starts loading, the browser starts, the extension is
     * installed): load the KB, build the matcher, run one analysis of a sentence of our own so that
     * the date reader and the language detector have run once, and open the history database. On a
     * fresh worker these cost several hundred milliseconds that the first covered page waited for;
     * on a worker already up they cost nothing (the KB, matcher and database are kept). Nothing of
     * it is recorded or shown.
     */
    async warm(): Promise<void> {
      try {
        const runtime = await deps.kb.get();
        if (!warmed) runtime.matcher().analyse(WARM_UP_ARTICLE);
        warmed = true;
      } catch {
        // A KB that fails to load is reported by the first analysis that needs it.
      }
      await deps.history.prepare();
    },

    /**
     * The tab reports `loading`: its badge and state belong to the page it is leaving (the popup must
     * not describe a browser page or a PDF by the article before it), and an analysis still running
     * for that page must not land on the next one.
     */
    async tabNavigated(tabId: number): Promise<void> {
      nextGeneration(tabId);
      await deps.tabs.remove(tabId);
      await deps.setBadge(tabId, badgeFor(null)).catch(() => undefined);
    },

    async tabClosed(tabId: number): Promise<void> {
      generations.delete(tabId);
      await deps.tabs.remove(tabId);
    },

    async command(name: string, tabId: number | undefined): Promise<boolean> {
      if (name !== TOGGLE_SIDEBAR_COMMAND) return false;
      const target = tabId ?? (await deps.activeTabId());
      return target === undefined ? false : sidebar(target, 'toggle');
    },

    /**
     * Settings changed (in the popup or anywhere): tabs where Backstory is now off lose their badge
     * at once. Their content scripts take down the sidebar themselves; when it is switched back on
     * they analyse again, which brings the badge back.
     */
    async settingsChanged(settings: Settings): Promise<void> {
      for (const [tabId, state] of await deps.tabs.all()) {
        const host = hostnameOf(state.url);
        if (state.verdict === 'none' || (host !== null && isActiveOn(settings, host))) continue;
        await showTab(tabId, { ...state, verdict: 'none', story: null, storyTitle: null });
      }
    },
  };

  async function sidebar(tabId: number, action: 'open' | 'close' | 'toggle'): Promise<boolean> {
    try {
      const reply = await deps.sendToTab(tabId, { type: 'sidebar-command', action });
      return reply !== undefined;
    } catch {
      return false; // no content script there (browser page, store, tab loaded before install)
    }
  }
}

export type BackgroundService = ReturnType<typeof createBackgroundService>;

/** "French" for "fr" (the browser's own names), or the code quoted when it has none. */
export function languageName(code: string): string {
  const base = code.split('-')[0] ?? code;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(base);
    if (name && name.toLowerCase() !== base) return name;
  } catch {
    // Not a valid language code.
  }
  return `language “${base}”`;
}

/** The KB facts an article states (from its alignments), as the reader saw them now. */
function seenFacts(analysis: Analysis, runtime: { fact(id: string): { text: string } | undefined; factFingerprint(id: string): string | undefined }): SeenFact[] {
  const ids = [...new Set(analysis.alignments.map((a) => a.fact).filter((id): id is string => id !== null))].sort();
  const out: SeenFact[] = [];
  for (const id of ids) {
    const fact = runtime.fact(id);
    const fingerprint = runtime.factFingerprint(id);
    if (fact && fingerprint) out.push({ id, text: fact.text, fingerprint });
  }
  return out;
}
