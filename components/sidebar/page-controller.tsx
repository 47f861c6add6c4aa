/**
 * The content script's controller for one tab: runs the pipeline (prefilter → extract → analyse →
 * render → marks) for the current URL, follows settings and SPA navigation, and owns everything
 * Backstory puts on the page, so that one `teardown()` takes all of it away.
 *
 * Every listener, timer and observer goes through the ContentScriptContext (or is released in
 * `ctx.onInvalidated`), so an extension update or reload leaves nothing orphaned behind.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle } from '@/lib/extract/extract-article';
import { prefilterPage } from '@/lib/extract/prefilter';
import type { KbDocument, PrefilterVocabulary } from '@/lib/kb/types';
import { markAt, nearestRect } from '@/lib/marks/hit-test';
import { planMarks, type MarkSpec } from '@/lib/marks/plan';
import type { ExtractedArticle } from '@/lib/match/types';
import type { AnalyseReply, MessageOf, MessageType, ReplyOf, SidebarAction } from '@/lib/messages';
import { clampSidebarWidth, isActiveOn, type Settings, type SettingsStore } from '@/lib/settings';
import { HOST_TAG, mountHost, removeStaleHosts, type HostHandle } from './host';
import { MarkPainter, removeStaleMarks } from './mark-painter';
import { SidebarApp } from './SidebarApp';
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

/** Time a synchronous phase as a performance measure named `backstory:<phase>`. */
function measured<T>(name: string, fn: () => T): T {
  const start = `${name}:start`;
  performance.mark(start);
  try {
    return fn();
  } finally {
    performance.measure(name, start);
  }
}

async function measuredAsync<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const start = `${name}:start`;
  performance.mark(start);
  try {
    return await fn();
  } finally {
    performance.measure(name, start);
  }
}

/**
 * A timer that never fires after the context is invalidated. Not `ctx.setTimeout`: that registers
 * an abort listener per call which stays until the page unloads, and the settle timers and hover
 * frames here are created thousands of times on a long-lived page. Teardown (run on invalidation)
 * clears the pending ones.
 */
function guardedTimeout(ctx: ContentScriptContext, fn: () => void, ms: number): number {
  return window.setTimeout(() => {
    if (ctx.isValid) fn();
  }, ms);
}

/** A cheap fingerprint of the extracted text, to tell whether late text changed the article. */
function articleSignature(article: ExtractedArticle | null): string {
  if (!article) return '';
  return `${article.title}\u0000${article.paragraphs.length}\u0000${article.paragraphs.reduce((n, p) => n + p.length, 0)}`;
}

function withoutHash(url: string): string {
  const at = url.indexOf('#');
  return at === -1 ? url : url.slice(0, at);
}

function isInside(host: Element | null, node: Node | null): boolean {
  return !!host && !!node && (node === host || host.contains(node));
}

export class PageController {
  private settings: Settings | null = null;
  private active = false;
  private url = location.href;
  /** Bumped by every run and teardown; async work from an older run checks it and stops. */
  private runId = 0;
  private host: HostHandle | null = null;
  private readonly painter = new MarkPainter(document, { skip: (el) => el.localName === HOST_TAG });
  private state: SidebarState | null = null;
  private article: ExtractedArticle | null = null;
  private specs: MarkSpec[] = [];
  /** URL whose first result has been shown; later runs for it keep the reader's open/closed choice. */
  private shownUrl: string | null = null;
  private lateObserver: MutationObserver | null = null;
  private settleTimer: number | null = null;
  private lateWindowTimer: number | null = null;
  private lateTextSize = 0;
  private lateRechecks = 0;
  private lateSettles = 0;
  private focusNonce = 0;
  private returnFocus: HTMLElement | null = null;
  private restateTimer: number | null = null;
  /** An analysis request is on its way to the background. */
  private analysing = false;
  /** The reader asked to open the panel while the analysis was on its way. */
  private openWhenShown = false;
  /** The reader opened or closed the panel on this page; late re-runs keep that choice. */
  private readerChose = false;
  private hoverFrame = false;
  private scrollFrame = false;
  private hoverId: string | null = null;
  private readonly documents = new Map<string, Promise<KbDocument | null>>();
  private readonly actions: SidebarActions;

  constructor(private readonly deps: PageControllerDeps) {
    this.actions = {
      close: () => this.setOpen(false, false),
      setSide: (side) => {
        this.patchState({ side });
        void this.deps.settings.update({ sidebarSide: side });
      },
      setWidth: (width, commit) => {
        this.patchState({ width: clampSidebarWidth(width) });
        if (commit) void this.deps.settings.update({ sidebarWidth: clampSidebarWidth(width) });
      },
      dismiss: () => void this.dismiss(),
      showOnPage: (fact) => this.showOnPage(fact),
      showMark: (mark) => this.showMark(mark),
      loadDocument: (doc) => this.loadDocument(doc),
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
    // Capture phase on window: we see the pointer even where the page stops propagation, and being
    // passive we never delay or cancel what the page does with the same event.
    ctx.addEventListener(window, 'mousemove', (e) => this.onPointerMove(e), { passive: true, capture: true });
    ctx.addEventListener(window, 'click', (e) => this.onPageClick(e), { passive: true, capture: true });
    ctx.addEventListener(window, 'scroll', () => this.onScroll(), { passive: true, capture: true });
    this.applySettings(await this.deps.settings.get());
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
    this.patchState({ side: settings.sidebarSide, width: settings.sidebarWidth });
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
    const id = this.runId;
    // The navigate event fires before the new article is in the DOM: wait for it to settle.
    this.waitForSettle(NAVIGATION_SETTLE_MAX_MS).then(() => {
      if (id === this.runId && this.active) void this.run(newUrl.href);
    });
  }

  private waitForSettle(maxMs: number): Promise<void> {
    const { ctx } = this.deps;
    return new Promise((resolve) => {
      let quiet: number | null = null;
      const done = () => {
        observer.disconnect();
        if (quiet !== null) clearTimeout(quiet);
        clearTimeout(cap);
        stopOnInvalid();
        resolve();
      };
      const observer = new MutationObserver(() => {
        if (quiet !== null) clearTimeout(quiet);
        quiet = guardedTimeout(ctx, done, SETTLE_MS);
      });
      observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
      quiet = guardedTimeout(ctx, done, SETTLE_MS);
      const cap = guardedTimeout(ctx, done, maxMs);
      const stopOnInvalid = ctx.onInvalidated(() => observer.disconnect());
    });
  }

  // ── the pipeline ───────────────────────────────────────────────────────────────────────────

  private async run(url: string): Promise<void> {
    const id = ++this.runId;
    this.url = url;
    this.watchLateText(id);
    await this.analyse(id);
  }

  /** Prefilter, extract (unless given the article) and ask the background; then show the result. */
  private async analyse(id: number, extracted?: ExtractedArticle): Promise<void> {
    const { ctx, vocabulary, send } = this.deps;
    if (!extracted) {
      const pre = measured('backstory:prefilter', () => prefilterPage(document, vocabulary));
      if (!pre.pass) {
        this.article = null;
        void this.reportUnanalysed(this.url);
        return;
      }
    }
    const article = extracted ?? measured('backstory:extract', () => extractArticle(document, this.url));
    if (!article || article.paragraphs.length === 0) {
      this.article = null;
      void this.reportUnanalysed(this.url);
      return;
    }
    this.article = article;
    let reply: AnalyseReply;
    try {
      this.analysing = true;
      reply = await measuredAsync('backstory:analyse', () => send({ type: 'analyse', article }));
    } catch (err) {
      // The background is unreachable (extension reloaded, worker failed to start): show nothing.
      if (ctx.isValid) console.warn('Backstory: analysis failed', err);
      return;
    } finally {
      this.analysing = false;
    }
    if (id !== this.runId || !this.active || ctx.isInvalid) return;
    this.show(reply, article);
  }

  private show(reply: AnalyseReply, article: ExtractedArticle): void {
    if (reply.analysis.verdict === 'none' || !reply.view) {
      // Nothing to say: no host element, no marks.
      this.clearPage();
      return;
    }
    const handle = this.ensureHost();
    const shown = reply as ShownReply;
    const first = this.shownUrl === null || withoutHash(this.shownUrl) !== withoutHash(this.url);
    this.shownUrl = this.url;
    if (first) this.readerChose = false;
    const requested = this.openWhenShown;
    this.openWhenShown = false;
    // Until the reader opens or closes it, the panel follows the verdict: a page first judged
    // related whose text arrives late and turns out a match opens then.
    const byItself = reply.analysis.verdict === 'match' && !this.settings?.badgeOnly && !reply.dismissed;
    const open = requested || (this.readerChose ? (this.state?.open ?? false) : byItself);
    const previous = this.state;
    this.state = {
      reply: shown,
      open,
      side: this.settings?.sidebarSide ?? 'right',
      width: this.settings?.sidebarWidth ?? 380,
      focus: null,
      markedFacts: {},
      markedSentences: {},
      card: null,
      // Kept as it was on a re-run for the same story; a new story is announced after the first
      // render (a live region only reads out changes it was present for).
      announcement: previous?.reply.view.story.id === shown.view.story.id && !first ? previous.announcement : '',
      takeFocus: requested,
    };
    this.specs = reply.dismissed ? [] : planMarks(reply.analysis.alignments);
    this.paintMarks(article);
    handle.host.setAttribute('data-verdict', reply.analysis.verdict);
    handle.host.setAttribute('data-story', reply.view.story.id);
    this.renderNow();
    if (this.state.announcement === '') {
      const text = announce(shown);
      guardedTimeout(this.deps.ctx, () => {
        if (this.state?.reply === shown) this.patchState({ announcement: text });
      }, ANNOUNCE_DELAY_MS);
    }
  }

  private paintMarks(article: ExtractedArticle): void {
    measured('backstory:marks', () => this.painter.paint(this.specs, article.paragraphs));
    // Our own <mark> wrapping (fallback) must not read as late page text.
    this.lateObserver?.takeRecords();
    const markedFacts: Record<string, string> = {};
    for (const m of this.painter.marks) for (const f of m.spec.facts) markedFacts[f] ??= m.spec.id;
    const markedSentences: Record<string, string> = {};
    for (const m of this.painter.marks) markedSentences[m.spec.sentence] = m.spec.id;
    if (this.state) {
      this.state.markedFacts = markedFacts;
      this.state.markedSentences = markedSentences;
    }
    this.host?.host.setAttribute('data-marks', String(this.painter.marks.length));
  }

  /**
   * Re-check the page when it changes within the window after a run: an article whose text arrives
   * late gets analysed (again) once the DOM settles, and marks whose text was re-rendered are
   * painted again.
   */
  private watchLateText(id: number): void {
    const { ctx } = this.deps;
    this.stopLateWatch();
    if (!document.body) return;
    this.lateTextSize = document.body.textContent?.length ?? 0;
    this.lateRechecks = 0;
    this.lateSettles = 0;
    const observer = new MutationObserver((records) => {
      const host = this.host?.host ?? null;
      if (records.every((r) => isInside(host, r.target))) return;
      if (this.settleTimer !== null) clearTimeout(this.settleTimer);
      this.settleTimer = guardedTimeout(ctx, () => {
        this.settleTimer = null;
        void this.onSettled(id);
      }, SETTLE_MS);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    this.lateObserver = observer;
    this.lateWindowTimer = guardedTimeout(ctx, () => {
      if (this.lateObserver === observer) this.stopLateWatch();
    }, LATE_TEXT_WINDOW_MS);
  }

  private async onSettled(id: number): Promise<void> {
    if (id !== this.runId || !this.active || this.deps.ctx.isInvalid) return;
    // Pages that never stop changing (live tickers, web apps) get a bounded number of looks.
    if (++this.lateSettles > MAX_LATE_SETTLES) {
      this.stopLateWatch();
      return;
    }
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
    if (!pre.pass) return;
    const now = extractArticle(document, this.url);
    if (now && now.paragraphs.length > 0 && articleSignature(now) !== before) {
      await this.analyse(id, now);
      return;
    }
    if (this.article && this.specs.length > 0 && (marksLost || marksMissing)) {
      this.paintMarks(this.article);
      this.renderNow();
    }
  }

  private stopLateWatch(): void {
    this.lateObserver?.disconnect();
    this.lateObserver = null;
    if (this.lateWindowTimer !== null) clearTimeout(this.lateWindowTimer);
    this.lateWindowTimer = null;
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    this.settleTimer = null;
  }

  /** Repeat the last report to the background for the current URL, leaving the page as it is. */
  private restate(): void {
    const article = this.article;
    if (!article) {
      void this.reportUnanalysed(this.url);
      return;
    }
    // The article's own URL (without the new anchor), so history keeps one entry per article.
    this.deps.send({ type: 'analyse', article }).catch(() => {
      // The background is restarting; its badge for this tab simply stays cleared.
    });
  }

  private async reportUnanalysed(url: string): Promise<void> {
    if (this.deps.ctx.isInvalid) return;
    try {
      await this.deps.send({ type: 'page-state', url });
    } catch {
      // The background may be restarting; the badge simply stays as it was.
    }
  }

  // ── host and rendering ─────────────────────────────────────────────────────────────────────

  private ensureHost(): HostHandle {
    this.host ??= mountHost(this.deps.ctx, this.deps.css);
    return this.host;
  }

  private renderNow(): void {
    if (!this.host || !this.state) return;
    const state = this.state;
    const container = this.host.container;
    measured('backstory:render', () => render(<SidebarApp state={state} actions={this.actions} />, container));
    // Focus requests are one-shot.
    state.takeFocus = false;
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
    this.patchState({ open, takeFocus, card: null, focus: open ? this.state.focus : null });
    if (!open && hadFocus) {
      if (this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
      else (document.activeElement as HTMLElement | null)?.blur?.();
      this.returnFocus = null;
    }
  }

  /** Remove marks, host and state for the current page, keeping listeners (settings, SPA). */
  private clearPage(): void {
    this.painter.clear();
    if (this.host) {
      render(null, this.host.container);
      this.host.remove();
    }
    this.host = null;
    this.state = null;
    this.specs = [];
    this.hoverId = null;
  }

  /** Everything off: cancel pending work and remove all Backstory added to the page. */
  teardown(): void {
    this.runId += 1;
    this.stopLateWatch();
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
    this.patchState({ open: false, markedFacts: {}, markedSentences: {}, card: null, announcement: 'Backstory will not show this story on this page again.' });
    try {
      await this.deps.send({ type: 'dismiss-story', url: this.url, story });
    } catch (err) {
      console.warn('Backstory: could not remember the dismissal', err);
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
    const rect = mark.range.getClientRects()[0];
    if (rect) {
      this.hoverId = mark.spec.id;
      this.patchState({
        card: { tone: mark.spec.tone, notes: mark.spec.notes, anchor: { left: rect.left, top: rect.top, bottom: rect.bottom } },
        announcement: `On the page: ${mark.spec.notes[0] ?? ''}`,
      });
    }
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

  // ── marks: hover card and click ────────────────────────────────────────────────────────────

  private markRects() {
    return this.painter.marks.map((m) => ({ id: m.spec.id, rects: Array.from(m.range.getClientRects()) }));
  }

  private onPointerMove(e: MouseEvent): void {
    if (this.painter.marks.length === 0 || !this.state || this.hoverFrame) return;
    if (isInside(this.host?.host ?? null, e.target as Node | null)) return;
    this.hoverFrame = true;
    const { clientX: x, clientY: y } = e;
    // One hit test per frame at most: mousemove can fire far more often than the screen redraws.
    window.requestAnimationFrame(() => {
      this.hoverFrame = false;
      if (!this.state || this.deps.ctx.isInvalid) return;
      const rects = this.markRects();
      const id = markAt(rects, x, y);
      if (id === this.hoverId) return;
      this.hoverId = id;
      if (!id) {
        this.patchState({ card: null });
        return;
      }
      const mark = this.painter.marks.find((m) => m.spec.id === id)!;
      const rect = nearestRect(rects.find((r) => r.id === id)!.rects, y);
      if (!rect) return;
      this.patchState({ card: { tone: mark.spec.tone, notes: mark.spec.notes, anchor: { left: rect.left, top: rect.top, bottom: rect.bottom } } });
    });
  }

  /** Keep the card on its mark while the page scrolls (at most once a frame); hide it once off-screen. */
  private onScroll(): void {
    if (!this.state?.card || this.scrollFrame) return;
    this.scrollFrame = true;
    window.requestAnimationFrame(() => {
      this.scrollFrame = false;
      const mark = this.painter.marks.find((m) => m.spec.id === this.hoverId);
      const rect = mark ? mark.range.getClientRects()[0] : undefined;
      if (!this.state?.card || this.deps.ctx.isInvalid) return;
      if (!mark || !rect || rect.bottom < 0 || rect.top > window.innerHeight) {
        this.hideCard();
        return;
      }
      this.patchState({ card: { ...this.state.card, anchor: { left: rect.left, top: rect.top, bottom: rect.bottom } } });
    });
  }

  private hideCard(): void {
    if (this.state?.card) {
      this.hoverId = null;
      this.patchState({ card: null });
    }
  }

  private onPageClick(e: MouseEvent): void {
    if (this.painter.marks.length === 0 || !this.state) return;
    if (isInside(this.host?.host ?? null, e.target as Node | null)) return;
    // A click that ends a text selection is the reader selecting, not asking for Backstory.
    if (document.getSelection()?.isCollapsed === false) return;
    const id = markAt(this.markRects(), e.clientX, e.clientY);
    if (!id) return;
    const mark = this.painter.marks.find((m) => m.spec.id === id)!;
    const fact = mark.spec.facts[0];
    this.focusNonce += 1;
    this.readerChose = true;
    this.patchState({ open: true, card: null, focus: fact ? { fact, nonce: this.focusNonce } : null, takeFocus: !fact });
  }
}

function announce(reply: ShownReply): string {
  const { analysis, view } = reply;
  const lead = analysis.verdict === 'match' ? 'Backstory: this article covers' : 'Backstory: related coverage for';
  return `${lead} “${view.story.title}”. ${view.facts.length} key facts, ${view.coverage.length} related reports.`;
}
