/**
 * The content script's controller for one tab: runs the pipeline (prefilter → extract → analyse →
 * render → marks) for the current URL, follows settings and SPA navigation, and owns everything
 * Backstory puts on the page, so that one `teardown()` takes all of it away.
 *
 * Every listener goes through the ContentScriptContext, and every timer and observer is released
 * by `teardown()`, which runs on invalidation, so an extension update or reload leaves nothing
 * orphaned behind. The late-text watch (late-text-watch.ts), the pointer on marks
 * (mark-pointer.ts), the host (host.ts) and the painter (mark-painter.ts) are its parts.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractFromMarkup } from '@/lib/extract/extract-article';
import type { ParagraphBlocks } from '@/lib/extract/paragraphs';
import { prefilterPage } from '@/lib/extract/prefilter';
import type { KbDocument, PrefilterVocabulary } from '@/lib/kb/types';
import { markClaim } from '@/lib/marks/card';
import { planMarks, type MarkSpec } from '@/lib/marks/plan';
import type { ExtractedArticle } from '@/lib/match/types';
import { MAX_PAGE_HTML_CHARS, type AnalyseReply, type MessageOf, type MessageType, type ReplyOf, type SidebarAction } from '@/lib/messages';
import { SIDEBAR_WIDTH, clampSidebarWidth, isActiveOn, type Settings, type SettingsStore } from '@/lib/settings';
import { marginFor, planLayout, type Layout, type ViewMode } from '@/lib/view/layout';
import { articleExtent } from './article-bounds';
import { HOST_TAG, SKIP_TAG, mountHost, removeStaleHosts, type HostHandle } from './host';
import { LateTextWatch } from './late-text-watch';
import { MarkPainter, removeStaleMarks, type PaintedMark } from './mark-painter';
import { MarkPointer } from './mark-pointer';
import { serialisePage, type PageMarkup } from './page-markup';
import { SidebarApp } from './SidebarApp';
import { SIDEBAR_PARTS } from './Sidebar';
import { guardedTimeout, measured, measuredAsync, waitForSettle, whenIdle, yieldToPage } from './timing';
import type { ShownReply, SidebarActions, SidebarState } from './types';

export type Send = <K extends MessageType>(message: MessageOf<K>) => Promise<ReplyOf<K>>;

export interface PageControllerDeps {
  ctx: ContentScriptContext;
  settings: SettingsStore;
  vocabulary: PrefilterVocabulary;
  send: Send;
  /** The sidebar's stylesheet, put into its shadow root. */
  css: string;
}

/** After a run starts, late text (lazy paragraphs, hydration) is re-checked for this long. */
const LATE_TEXT_WINDOW_MS = 30_000;
/** The DOM counts as settled after this long without a mutation. */
const SETTLE_MS = 500;
/** Re-analyses per page caused by late text; a page that never stops changing gets no more. */
const MAX_LATE_RECHECKS = 6;
/** Settled-DOM checks per page (each reads the body's text length). */
const MAX_LATE_SETTLES = 20;
/** Body text growth (share of its length) below which late mutations are not worth re-extracting. */
const LATE_TEXT_CHANGE = 0.02;
/** Delay between mounting the live region and filling it, so screen readers read the update. */
const ANNOUNCE_DELAY_MS = 150;
/** After an anchor jump, report to the background this much later (see onNavigate). */
const RESTATE_DELAY_MS = 500;
/** After an SPA navigation, wait at most this long for the new article to settle. */
const NAVIGATION_SETTLE_MAX_MS = 3_000;
/**
 * The panel's later parts (Sidebar.tsx) are drawn when the page is idle, but no later than this
 * after the previous one: long enough for the marks' slices and the page's own work to go
 * first, short enough that a reader who looks down finds them there (scrolling draws them at once).
 */
const PART_IDLE_TIMEOUT_MS = 300;

/** A cheap fingerprint of the extracted text, to tell whether late text changed the article. */
function articleSignature(article: ExtractedArticle | null): string {
  if (!article) return '';
  return `${article.title}\u0000${article.paragraphs.length}\u0000${article.paragraphs.reduce((n, p) => n + p.length, 0)}`;
}

/**
 * What the content script finds on the page by itself: the article (or that there is none), or,
 * when only the Readability fallback can tell, the page's markup for the background to extract.
 */
type Found = ({ article: ExtractedArticle | null } | { markup: PageMarkup }) & { blocks: ParagraphBlocks };

function findArticle(url: string): Found {
  const found = extractFromMarkup(document, url);
  return found.needsFallback ? { markup: serialisePage(document), blocks: found.blocks } : { article: found.article, blocks: found.blocks };
}

/** The href of the page's `<link rel=canonical>`, for one history entry per article. */
function canonicalHref(): string | null {
  return document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? null;
}

function withoutHash(url: string): string {
  const at = url.indexOf('#');
  return at === -1 ? url : url.slice(0, at);
}

export class PageController {
  private settings: Settings | null = null;
  private active = false;
  private url = location.href;
  /** Bumped by every run and teardown; async work from an older run checks it and stops. */
  private runId = 0;
  private host: HostHandle | null = null;
  private readonly painter = new MarkPainter(document, { skip: (el) => el.localName === HOST_TAG || el.localName === SKIP_TAG });
  private state: SidebarState | null = null;
  private article: ExtractedArticle | null = null;
  /** Where the article's paragraphs were found in the page (extraction's elements, by text). */
  private blocks: ParagraphBlocks = new Map();
  private specs: MarkSpec[] = [];
  /** URL whose first result has been shown; later runs for it keep the reader's open/closed choice. */
  private shownUrl: string | null = null;
  private readonly lateText: LateTextWatch;
  private readonly pointer: MarkPointer;
  /** Body text length when late text was last looked at, and re-analyses since the run began. */
  private lateTextSize = 0;
  private lateRechecks = 0;
  private runningId = 0;
  private focusNonce = 0;
  private returnFocus: HTMLElement | null = null;
  private restateTimer: number | null = null;
  /** An analysis request is on its way to the background. */
  private analysing = false;
  /** The reader asked to open the panel while the analysis was on its way. */
  private openWhenShown = false;
  /** The reader opened or closed the panel on this page; late re-runs keep that choice. */
  private readerChose = false;
  private readonly documents = new Map<string, Promise<KbDocument | null>>();
  private readonly actions: SidebarActions;
  /** Where panel and tab go, measured for the current page and viewport. */
  private layout: Layout | null = null;
  /** What Backstory last applied to the page: the view, its margin, and the page's own values. */
  private applied: { view: ViewMode; side: 'left' | 'right'; margin: number; inert: boolean } | null = null;
  private savedMargin: { prop: string; value: string; priority: string } | null = null;
  private savedInert: boolean | null = null;
  private resizeFrame = false;
  /** What start() found on the page while the settings were being read (see start). */
  private early: { url: string; textSize: number; found: Found | null } | null = null;
  /** A later part of the panel is waiting for an idle moment. */
  private partPending = false;
  /** The last layout found no paragraph element of the article: measure again once marks are painted. */
  private extentFromMarks = false;

  constructor(private readonly deps: PageControllerDeps) {
    const isOwn = (node: Node | EventTarget | null) => {
      const host = this.host?.host ?? null;
      const skip = this.host?.skip ?? null;
      return !!host && node instanceof Node && (node === host || host.contains(node) || node === skip || !!skip?.contains(node));
    };
    this.lateText = new LateTextWatch(deps.ctx, {
      ignore: isOwn,
      onSettled: () => void this.onSettled(this.runningId),
      settleMs: SETTLE_MS,
      windowMs: LATE_TEXT_WINDOW_MS,
      maxSettles: MAX_LATE_SETTLES,
    });
    this.pointer = new MarkPointer(deps.ctx, this.painter, {
      card: (card) => this.patchState({ card }),
      activate: (mark) => this.openAtMark(mark),
      isOwn,
      describe: (mark) => (this.state ? markClaim(mark.spec, this.state.reply.view.facts, this.state.reply.view.coverage) : { claim: null, sources: [] }),
    });
    this.actions = {
      close: () => this.setOpen(false, false),
      open: () => this.setOpen(true, true),
      setSide: (side) => {
        if (this.state) this.state.side = side;
        this.relayout();
        void this.deps.settings.update({ sidebarSide: side });
      },
      setWidth: (width, commit) => {
        if (this.state) this.state.width = clampSidebarWidth(width);
        this.relayout();
        if (commit) void this.deps.settings.update({ sidebarWidth: clampSidebarWidth(width) });
      },
      dismiss: () => void this.dismiss(),
      undismiss: () => void this.undismiss(true),
      showOnPage: (fact) => this.showOnPage(fact),
      showMark: (mark) => this.showMark(mark),
      loadDocument: (doc) => this.loadDocument(doc),
      showAll: () => this.showAllParts(),
    };
  }

  /** Wire listeners and run for the current page if Backstory is on here. */
  async start(): Promise<void> {
    const { ctx } = this.deps;
    // A previous instance (before an update or reload) may have left its UI behind.
    removeStaleHosts(document);
    removeStaleMarks(document);
    ctx.onInvalidated(() => this.teardown());
    const unwatch = this.deps.settings.watch((s) => this.applySettings(s));
    ctx.onInvalidated(unwatch);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => this.onNavigate(newUrl));
    ctx.addEventListener(window, 'resize', () => this.onResize(), { passive: true });
    this.pointer.listen();
    const settings = measuredAsync('backstory:settings', () => this.deps.settings.get());
    // The browser takes from a few to some tens of milliseconds to hand over the settings: look at
    // the page meanwhile (prefilter, extraction). Nothing of what is found leaves the content
    // script, and nothing is put on the page, before the settings say Backstory is on here.
    const url = location.href;
    this.early = { url, textSize: document.body?.textContent?.length ?? 0, found: this.look(url) };
    this.applySettings(await settings);
    this.early = null;
  }

  /** Handle the background's open / close / toggle command; replies whether the panel is open. */
  command(action: SidebarAction): { open: boolean } {
    if (!this.state) {
      // Asked before the analysis is back: open when it arrives, if there is anything to show.
      this.openWhenShown = action !== 'close' && this.analysing;
      return { open: false };
    }
    const open = action === 'toggle' ? !this.state.open : action === 'open';
    this.setOpen(open, open);
    return { open: this.state.open };
  }

  // ── settings and navigation ────────────────────────────────────────────────────────────────

  private applySettings(settings: Settings): void {
    const wasActive = this.active;
    this.settings = settings;
    this.active = isActiveOn(settings, location.hostname);
    if (!this.active) {
      if (wasActive || this.host) this.teardown();
      void this.reportUnanalysed(location.href);
      return;
    }
    if (!wasActive) {
      void this.run(location.href);
      return;
    }
    if (this.state && this.article && this.state.reply && badgeOnlyChanged(this.state, settings)) {
      // Badge only paints nothing and shows no tab; switching it repaints (or clears) at once.
      this.show(this.state.reply, this.article);
      return;
    }
    if (this.state) {
      this.state.side = settings.sidebarSide;
      this.state.width = settings.sidebarWidth;
    }
    this.relayout();
  }

  private onNavigate(newUrl: URL): void {
    if (!this.active) return;
    if (withoutHash(newUrl.href) === withoutHash(this.url)) {
      // A jump to an anchor (#comments) is the same article: keep the sidebar and marks as they
      // are, but report to the background again, which clears the tab's badge on any URL change.
      // The navigate event comes before the browser reports the tab as loading (when the badge is
      // cleared), so report a little later.
      this.url = newUrl.href;
      if (this.restateTimer !== null) clearTimeout(this.restateTimer);
      this.restateTimer = guardedTimeout(this.deps.ctx, () => this.restate(), RESTATE_DELAY_MS);
      return;
    }
    this.teardown();
    this.url = newUrl.href;
    // Until the new article is judged, this tab shows nothing: say so now, so the badge of the
    // previous article does not linger while the new one loads.
    void this.reportUnanalysed(newUrl.href);
    const id = this.runId;
    // The navigate event fires before the new article is in the DOM: wait for it to settle.
    void waitForSettle(this.deps.ctx, SETTLE_MS, NAVIGATION_SETTLE_MAX_MS).then(() => {
      if (id === this.runId && this.active) void this.run(newUrl.href);
    });
  }

  // ── the pipeline ───────────────────────────────────────────────────────────────────────────

  private async run(url: string): Promise<void> {
    const id = ++this.runId;
    // What start() found while the settings were on their way, if it is about this page.
    const early = this.early?.url === url ? this.early : null;
    this.early = null;
    this.url = url;
    this.runningId = id;
    this.lateTextSize = early ? early.textSize : (document.body?.textContent?.length ?? 0);
    this.lateRechecks = 0;
    this.lateText.start();
    await this.analyse(id, undefined, early ? early.found : undefined);
  }

  /** Prefilter and, when the page passes, extract (each timed); null when the prefilter stops it. */
  private look(url: string): Found | null {
    const pre = measured('backstory:prefilter', () => prefilterPage(document, this.deps.vocabulary));
    if (!pre.pass) return null;
    // Serialising the markup for the background is part of extraction, and timed with it.
    return measured('backstory:extract', () => findArticle(url));
  }

  /**
   * Prefilter, extract and ask the background; then show the result. `late`: what a re-check of
   * late text found (onSettled), already known to differ when it is an article.
   */
  private async analyse(id: number, late?: Found, early?: Found | null): Promise<void> {
    const { ctx } = this.deps;
    const found = late ?? (early === undefined ? this.look(this.url) : early);
    if (!found) {
      this.article = null;
      void this.reportUnanalysed(this.url);
      return;
    }
    const before = articleSignature(this.article);
    let article: ExtractedArticle | null;
    let reply: AnalyseReply | null;
    if ('markup' in found) {
      const { markup } = found;
      if (!markup.ok) {
        console.warn(`Backstory: this page's markup is ${markup.chars} characters, more than the ${MAX_PAGE_HTML_CHARS} it hands over for analysis; the page is not analysed.`);
        if (!late) this.notAnalysed();
        return;
      }
      const answer = await this.ask({ type: 'analyse-page-html', url: this.url, html: markup.html });
      if (!answer || id !== this.runId || !this.active || ctx.isInvalid) return;
      if (!answer.article || answer.article.paragraphs.length === 0) {
        // A late re-check that finds nothing leaves what is shown, as one that extracts here does.
        if (!late) this.notAnalysed();
        return;
      }
      if (late && articleSignature(answer.article) === before) {
        // The late text did not change the article; marks may still need repainting.
        this.repaintLostMarks();
        return;
      }
      ({ article } = answer);
      reply = answer;
    } else {
      article = found.article;
      if (!article || article.paragraphs.length === 0) {
        this.notAnalysed();
        return;
      }
      this.article = article;
      reply = await this.ask({ type: 'analyse', article, canonical: canonicalHref() });
      if (!reply || id !== this.runId || !this.active || ctx.isInvalid) return;
    }
    this.article = article;
    this.blocks = found.blocks;
    this.show(reply, article);
  }

  /** One round trip to the background, timed; null when it is unreachable. */
  private async ask<K extends 'analyse' | 'analyse-page-html'>(message: MessageOf<K>): Promise<ReplyOf<K> | null> {
    try {
      this.analysing = true;
      return await measuredAsync('backstory:analyse', () => this.deps.send(message));
    } catch (err) {
      // The background is unreachable (extension reloaded, worker failed to start): show nothing.
      if (this.deps.ctx.isValid) console.warn('Backstory: analysis failed', err);
      return null;
    } finally {
      this.analysing = false;
    }
  }

  /** The article Backstory spoke about is gone from the page: take everything back. */
  private withdraw(): void {
    if (!this.state && !this.article) return;
    this.clearPage();
    this.notAnalysed();
  }

  private notAnalysed(): void {
    this.article = null;
    void this.reportUnanalysed(this.url);
  }

  private show(reply: AnalyseReply, article: ExtractedArticle): void {
    if (reply.analysis.verdict === 'none' || !reply.view) {
      // Nothing to say: no host element, no marks.
      this.clearPage();
      return;
    }
    const shown = reply as ShownReply;
    const first = this.shownUrl === null || withoutHash(this.shownUrl) !== withoutHash(this.url);
    this.shownUrl = this.url;
    if (first) this.readerChose = false;
    const requested = this.openWhenShown;
    this.openWhenShown = false;
    // Until the reader opens or closes it, the panel follows the verdict: a page first judged
    // related whose text arrives late and turns out a match opens then.
    const badgeOnly = this.settings?.badgeOnly ?? false;
    const previous = this.state;
    this.state = {
      reply: shown,
      open: false,
      tabShown: !badgeOnly && !reply.dismissed,
      badgeOnly,
      side: this.settings?.sidebarSide ?? 'right',
      width: this.settings?.sidebarWidth ?? SIDEBAR_WIDTH.default,
      focus: null,
      markedFacts: {},
      markedSentences: {},
      card: null,
      // Kept as it was on a re-run for the same story; a new story is announced after the first
      // render (a live region only reads out changes it was present for).
      announcement: previous?.reply.view.story.id === shown.view.story.id && !first ? previous.announcement : '',
      takeFocus: requested,
    };
    // "Badge only" and "Not this story" paint nothing on the page.
    this.specs = reply.dismissed || badgeOnly ? [] : planMarks(reply.analysis.alignments);
    // The panel (or tab) first, the marks after it: the reader sees Backstory's answer as soon as
    // it is here, and the marks follow in slices that leave the page its frames.
    this.painter.clear();
    // Measured before the host goes in: the page's layout is then usually clean and cheap to read,
    // and the host's own style and layout are left to the browser's next frame.
    const layout = measured('backstory:layout', () => this.measureLayout());
    const handle = this.ensureHost();
    // The panel opens by itself only for a match, on a viewport wide enough to keep the article
    // readable beside it; elsewhere the edge tab waits for the reader.
    const byItself = reply.analysis.verdict === 'match' && !badgeOnly && !reply.dismissed && layout.mayOpenByItself;
    this.state.open = requested || (this.readerChose ? (previous?.open ?? false) : byItself);
    // The first screen (header, verdict, first section) now, the rest of the panel when idle.
    this.state.parts = this.state.open ? 1 : SIDEBAR_PARTS;
    handle.host.setAttribute('data-verdict', reply.analysis.verdict);
    handle.host.setAttribute('data-story', reply.view.story.id);
    this.renderNow(true);
    this.drawLaterParts();
    if (this.state.announcement === '') {
      const text = announce(shown);
      guardedTimeout(this.deps.ctx, () => {
        if (this.state?.reply === shown) this.patchState({ announcement: text });
      }, ANNOUNCE_DELAY_MS);
    }
    void this.paintMarks(article);
  }

  /**
   * Paint the current specs in slices (each a `backstory:marks` measure), then tell the panel and
   * the tab which facts have a mark. A newer paint or a teardown meanwhile stops this one.
   */
  private async paintMarks(article: ExtractedArticle): Promise<void> {
    const { ctx } = this.deps;
    this.pointer.reset();
    const painted = await this.painter.paint(this.specs, article.paragraphs, this.blocks, {
      pause: yieldToPage,
      slice: (run) => {
        measured('backstory:marks', run);
        // Our own <mark> wrapping (fallback) must not read as late page text.
        this.lateText.discardPending();
      },
      cancelled: () => ctx.isInvalid,
    });
    if (painted === null || !this.state || ctx.isInvalid) return;
    const before = this.state.markCount ?? 0;
    this.pointer.reset();
    const markedFacts: Record<string, string> = {};
    for (const m of this.painter.marks) for (const f of m.spec.facts) markedFacts[f] ??= m.spec.id;
    const markedSentences: Record<string, string> = {};
    for (const m of this.painter.marks) markedSentences[m.spec.sentence] = m.spec.id;
    this.state.markedFacts = markedFacts;
    this.state.markedSentences = markedSentences;
    this.state.markCount = this.painter.marks.length;
    this.host?.host.setAttribute('data-marks', String(this.painter.marks.length));
    if (painted === 0 && before === 0) return;
    // Where the article is may have been known only from the marks (no paragraph element found).
    if (this.extentFromMarks) this.measureLayout();
    // A later part of the panel still to be drawn will show the marks with it: one render fewer.
    if (this.partPending && this.state.open) return;
    this.renderNow(true);
  }

  /**
   * The DOM settled after a change within the window after a run: an article whose text arrived
   * late is analysed (again), and marks whose text was re-rendered or appeared later are painted.
   */
  private async onSettled(id: number): Promise<void> {
    if (id !== this.runId || !this.active || this.deps.ctx.isInvalid) return;
    // Cheap gate before the costly part: tickers, ads and comment widgets change the DOM all the
    // time without changing the article.
    const textSize = document.body?.textContent?.length ?? 0;
    const changed = Math.abs(textSize - this.lateTextSize) > Math.max(200, this.lateTextSize * LATE_TEXT_CHANGE);
    const marksLost = this.article !== null && this.specs.length > 0 && this.painter.liveCount() < this.painter.marks.length;
    // Marks whose sentence was not on the page yet: any text change may have brought it.
    const marksMissing = this.painter.marks.length < this.specs.length && textSize !== this.lateTextSize;
    if (!changed && !marksLost && !marksMissing) return;
    this.lateTextSize = textSize;
    if (this.lateRechecks >= MAX_LATE_RECHECKS) return;
    this.lateRechecks += 1;
    const before = articleSignature(this.article);
    const pre = prefilterPage(document, this.deps.vocabulary);
    if (!pre.pass) {
      // The page replaced its article in place with something Backstory does not cover: what it
      // said about the old one (verdict, badge, marks) is withdrawn.
      this.withdraw();
      return;
    }
    const found = extractFromMarkup(document, this.url);
    if (found.needsFallback) {
      // Whether the article changed is known only from the background's answer: worth a round
      // trip when the text grew or shrank, not for marks a re-render took away.
      if (changed) {
        await this.analyse(id, { markup: serialisePage(document), blocks: found.blocks });
        return;
      }
    } else if (found.article && found.article.paragraphs.length > 0 && articleSignature(found.article) !== before) {
      await this.analyse(id, { article: found.article, blocks: found.blocks });
      return;
    } else if (changed && (!found.article || found.article.paragraphs.length === 0)) {
      this.withdraw();
      return;
    }
    this.repaintLostMarks();
  }

  /** Repaint when marks lost their text to a re-render, or some were not on the page before. */
  private repaintLostMarks(): void {
    if (!this.article || this.specs.length === 0) return;
    if (this.painter.liveCount() < this.painter.marks.length || this.painter.marks.length < this.specs.length) {
      void this.paintMarks(this.article);
    }
  }

  /** Repeat the last report to the background for the current URL, leaving the page as it is. */
  private restate(): void {
    const article = this.article;
    if (!article) {
      void this.reportUnanalysed(this.url);
      return;
    }
    // The article's own URL (without the new anchor), so history keeps one entry per article.
    this.deps.send({ type: 'analyse', article, canonical: canonicalHref() }).catch(() => {
      // The background is restarting; its badge for this tab simply stays cleared.
    });
  }

  private async reportUnanalysed(url: string): Promise<void> {
    if (this.deps.ctx.isInvalid) return;
    try {
      await this.deps.send({ type: 'page-state', url, lang: document.documentElement.lang || null });
    } catch {
      // The background may be restarting; the badge simply stays as it was.
    }
  }

  // ── host and rendering ─────────────────────────────────────────────────────────────────────

  private ensureHost(): HostHandle {
    if (!this.host) {
      this.host = mountHost(this.deps.ctx, this.deps.css);
      // "Skip to Backstory": open the panel if needed and move focus into it.
      this.host.onSkip(() => {
        if (this.state?.open) this.focusPanel();
        else this.setOpen(true, true);
      });
    }
    return this.host;
  }

  /**
   * Render the current state. Only a new result is timed as `backstory:render`: hover and scroll
   * re-render often, and every measure stays in the page's performance timeline.
   */
  private renderNow(timed = false): void {
    if (!this.host || !this.state) return;
    const state = this.state;
    const container = this.host.container;
    const draw = () => render(<SidebarApp state={state} actions={this.actions} />, container);
    this.applyView();
    if (timed) measured('backstory:render', draw);
    else draw();
    // Focus requests are one-shot.
    state.takeFocus = false;
  }

  /** Draw the panel's next part when the page is idle, and so on until all are drawn (each a timed render). */
  private drawLaterParts(): void {
    const state = this.state;
    if (!state || this.partPending || (state.parts ?? SIDEBAR_PARTS) >= SIDEBAR_PARTS) return;
    this.partPending = true;
    whenIdle(this.deps.ctx, () => {
      this.partPending = false;
      if (this.state !== state || (state.parts ?? SIDEBAR_PARTS) >= SIDEBAR_PARTS) return;
      state.parts = state.open ? (state.parts ?? SIDEBAR_PARTS) + 1 : SIDEBAR_PARTS;
      if (state.open) this.renderNow(true);
      this.drawLaterParts();
    }, PART_IDLE_TIMEOUT_MS);
  }

  /** The reader scrolled the panel before its later parts were drawn: draw them all now. */
  private showAllParts(): void {
    if (!this.state || (this.state.parts ?? SIDEBAR_PARTS) >= SIDEBAR_PARTS) return;
    this.state.parts = SIDEBAR_PARTS;
    this.renderNow(true);
  }

  private patchState(patch: Partial<SidebarState>): void {
    if (!this.state) return;
    Object.assign(this.state, patch);
    this.renderNow();
  }

  private setOpen(open: boolean, takeFocus: boolean): void {
    if (!this.state) return;
    this.readerChose = true;
    const host = this.host?.host ?? null;
    if (open && takeFocus && !this.state.open) {
      // Where the reader was on the page, to go back there when the panel closes.
      const active = document.activeElement;
      this.returnFocus = active instanceof HTMLElement && active !== host && active !== document.body ? active : null;
    }
    const hadFocus = !!host && document.activeElement === host;
    Object.assign(this.state, { open, takeFocus, card: null, focus: open ? this.state.focus : null });
    this.relayout();
    if (!open && hadFocus) {
      if (this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
      else (document.activeElement as HTMLElement | null)?.blur?.();
      this.returnFocus = null;
    }
  }

  /** Move focus into the open panel. */
  private focusPanel(): void {
    this.host?.shadow.querySelector<HTMLElement>('[data-testid=panel]')?.focus({ preventScroll: true });
  }

  /** Remove marks, host and state for the current page, keeping listeners (settings, SPA). */
  private clearPage(): void {
    this.restorePage();
    this.painter.clear();
    if (this.host) {
      render(null, this.host.container);
      this.host.remove();
    }
    this.host = null;
    this.state = null;
    this.specs = [];
    this.pointer.reset();
  }

  /** Everything off: cancel pending work and remove all Backstory added to the page. */
  teardown(): void {
    this.runId += 1;
    this.lateText.stop();
    if (this.restateTimer !== null) clearTimeout(this.restateTimer);
    this.restateTimer = null;
    this.clearPage();
    this.article = null;
    this.shownUrl = null;
    this.openWhenShown = false;
  }

  // ── actions from the sidebar ───────────────────────────────────────────────────────────────

  private async dismiss(): Promise<void> {
    const state = this.state;
    if (!state) return;
    const story = state.reply.view.story.id;
    this.specs = [];
    this.painter.clear();
    this.host?.host.setAttribute('data-marks', '0');
    state.reply = { ...state.reply, dismissed: true };
    // The panel stays open on its note and "Undo"; once closed, nothing of Backstory is shown.
    this.patchState({ tabShown: false, markCount: 0, markedFacts: {}, markedSentences: {}, card: null, announcement: 'Backstory will not show this story on this page again. Undo is in the panel and the toolbar popup.' });
    try {
      await this.deps.send({ type: 'dismiss-story', url: this.url, story, canonical: canonicalHref() });
    } catch (err) {
      console.warn('Backstory: could not remember the dismissal', err);
    }
  }

  /**
   * Undo "Not this story": the story's marks and tab come back. `tell`: the reader undid it here
   * (tell the background); false when the popup did and the background already knows.
   */
  async undismiss(tell: boolean, story?: string): Promise<void> {
    const state = this.state;
    if (!state || !state.reply.dismissed || !this.article) return;
    if (story !== undefined && state.reply.view.story.id !== story) return;
    const restored = { ...state.reply, dismissed: false };
    this.show(restored, this.article);
    this.patchState({ announcement: 'Backstory shows this story on this page again.' });
    if (!tell) return;
    try {
      await this.deps.send({ type: 'undismiss-story', url: this.url, story: restored.view.story.id, canonical: canonicalHref() });
    } catch (err) {
      console.warn('Backstory: could not undo the dismissal', err);
    }
  }

  private showOnPage(fact: string): void {
    const markId = this.state?.markedFacts[fact];
    if (markId) this.showMark(markId);
  }

  private showMark(markId: string): void {
    const mark = this.painter.marks.find((m) => m.spec.id === markId);
    if (!mark || mark.range.collapsed) return;
    const el = mark.element ?? (mark.range.startContainer.nodeType === 1 ? (mark.range.startContainer as Element) : mark.range.startContainer.parentElement);
    el?.scrollIntoView({ block: 'center' });
    if (mark.element) {
      mark.element.focus({ preventScroll: true });
    } else {
      // Highlights are not elements and cannot take focus: select the text instead, which moves
      // the reading position there for keyboard and screen-reader users.
      const selection = document.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(mark.range.cloneRange());
    }
    this.pointer.pin(mark);
    this.patchState({ announcement: `On the page: ${mark.spec.notes[0] ?? ''}` });
  }

  private loadDocument(doc: string): Promise<KbDocument | null> {
    let pending = this.documents.get(doc);
    if (!pending) {
      pending = this.deps.send({ type: 'document', doc }).then((r) => r.document);
      pending.catch(() => this.documents.delete(doc));
      this.documents.set(doc, pending);
    }
    return pending;
  }

  /** A mark was clicked: open the panel at the fact it states. */
  private openAtMark(mark: PaintedMark): void {
    if (!this.state) return;
    const fact = mark.spec.facts[0];
    this.focusNonce += 1;
    this.readerChose = true;
    Object.assign(this.state, { open: true, card: null, focus: fact ? { fact, nonce: this.focusNonce } : null, takeFocus: !fact });
    this.relayout();
  }

  // ── room on the page ───────────────────────────────────────────────────────────────────────

  /** Measure the article with none of Backstory's margin on the page, and plan where things go. */
  private measureLayout(): Layout {
    this.setMargin(this.state?.side ?? 'right', 0);
    const root = document.documentElement;
    const viewportWidth = root.clientWidth || window.innerWidth;
    const article = this.article ? articleExtent(document, this.article.paragraphs, this.painter.marks, (el) => el.localName === HOST_TAG, this.blocks) : null;
    this.extentFromMarks = article === null || article.fromMarks;
    this.layout = planLayout({
      viewportWidth,
      side: this.state?.side ?? this.settings?.sidebarSide ?? 'right',
      panelWidth: this.state?.width ?? this.settings?.sidebarWidth ?? SIDEBAR_WIDTH.default,
      article,
    });
    if (this.state) this.state.placement = { panel: this.layout.panel, tab: this.layout.tab };
    // Force the applied state to be re-read: the margin was just taken off.
    if (this.applied) this.applied = { ...this.applied, margin: 0 };
    return this.layout;
  }

  /** Measure again and render (viewport resized, panel opened, closed, resized or moved). */
  private relayout(): void {
    if (!this.state) return;
    this.measureLayout();
    this.renderNow();
  }

  private onResize(): void {
    if (!this.state || this.resizeFrame) return;
    this.resizeFrame = true;
    window.requestAnimationFrame(() => {
      this.resizeFrame = false;
      if (this.deps.ctx.isValid) this.relayout();
    });
  }

  /** What the reader sees, on the host (`data-view`) and as room made on the page. */
  private applyView(): void {
    const state = this.state;
    const host = this.host?.host;
    if (!state || !host || !this.layout) return;
    const view: ViewMode = state.open ? 'panel' : state.tabShown ? 'tab' : 'hidden';
    const margin = marginFor(this.layout, view);
    // A sheet covers the page: the page below must not take focus where it cannot be seen.
    const inert = view === 'panel' && this.layout.panel.placement === 'sheet';
    const a = this.applied;
    if (a && a.view === view && a.side === state.side && a.margin === margin && a.inert === inert) return;
    if (a && a.side !== state.side) this.setMargin(a.side, 0);
    this.setMargin(state.side, margin);
    this.setInert(inert);
    host.setAttribute('data-view', view);
    this.applied = { view, side: state.side, margin, inert };
  }

  /** Give the page a margin on `side` (0: the page's own value back). */
  private setMargin(side: 'left' | 'right', px: number): void {
    const style = document.documentElement.style;
    const prop = `margin-${side}`;
    if (px <= 0) {
      if (this.savedMargin) {
        const saved = this.savedMargin;
        this.savedMargin = null;
        style.removeProperty(saved.prop);
        if (saved.value) style.setProperty(saved.prop, saved.value, saved.priority);
      }
      return;
    }
    if (this.savedMargin && this.savedMargin.prop !== prop) this.setMargin(this.savedMargin.prop === 'margin-left' ? 'left' : 'right', 0);
    this.savedMargin ??= { prop, value: style.getPropertyValue(prop), priority: style.getPropertyPriority(prop) };
    style.setProperty(prop, `${px}px`, 'important');
  }

  private setInert(inert: boolean): void {
    const body = document.body;
    if (!body) return;
    if (inert) {
      this.savedInert ??= body.inert;
      body.inert = true;
    } else if (this.savedInert !== null) {
      body.inert = this.savedInert;
      this.savedInert = null;
    }
  }

  /** Give the page back its own margin and focusability. */
  private restorePage(): void {
    if (this.savedMargin) this.setMargin(this.savedMargin.prop === 'margin-left' ? 'left' : 'right', 0);
    this.setInert(false);
    this.applied = null;
    this.layout = null;
  }
}

function badgeOnlyChanged(state: SidebarState, settings: Settings): boolean {
  return (state.badgeOnly ?? false) !== settings.badgeOnly;
}

function announce(reply: ShownReply): string {
  const { analysis, view } = reply;
  const lead = analysis.verdict === 'match' ? 'Backstory: this article covers' : 'Backstory: related coverage for';
  return `${lead} “${view.story.title}”. ${view.facts.length} key facts, ${view.coverage.length} related reports.`;
}
