/**
 * Watches the page for text that arrives after the first run (lazy paragraphs, hydration, a
 * single-page site filling in its article) and calls back once the DOM has settled. Bounded: it
 * stops after a time window and after a number of settled checks, so pages that never stop
 * changing (tickers, web apps) cost nothing after a while.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardedTimeout } from './timing';

export interface LateTextWatchOptions {
  /** Mutations only inside nodes this accepts (Backstory's own host) are not page changes. */
  ignore: (node: Node) => boolean;
  /** Called when the DOM has been quiet for `settleMs` after a change. */
  onSettled: () => void;
  settleMs: number;
  /** How long after `start` to keep watching. */
  windowMs: number;
  /** How many settled callbacks at most per `start`. */
  maxSettles: number;
}

export class LateTextWatch {
  private observer: MutationObserver | null = null;
  private settleTimer: number | null = null;
  private windowTimer: number | null = null;
  private settles = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly options: LateTextWatchOptions,
  ) {
    ctx.onInvalidated(() => this.stop());
  }

  get watching(): boolean {
    return this.observer !== null;
  }

  start(): void {
    this.stop();
    if (!document.body) return;
    this.settles = 0;
    const observer = new MutationObserver((records) => {
      if (records.every((r) => this.options.ignore(r.target))) return;
      if (this.settleTimer !== null) clearTimeout(this.settleTimer);
      this.settleTimer = guardedTimeout(this.ctx, () => {
        this.settleTimer = null;
        if (++this.settles >= this.options.maxSettles) this.stop();
        this.options.onSettled();
      }, this.options.settleMs);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    this.observer = observer;
    this.windowTimer = guardedTimeout(this.ctx, () => this.stop(), this.options.windowMs);
  }

  /** Drop mutations queued so far (Backstory's own fallback <mark> wrapping). */
  discardPending(): void {
    this.observer?.takeRecords();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    if (this.windowTimer !== null) clearTimeout(this.windowTimer);
    this.settleTimer = null;
    this.windowTimer = null;
  }
}
