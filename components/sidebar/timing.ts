/**
 * Timing helpers for the content script: performance measures for its phases, timers that die
 * with the extension context, and waiting for the page's DOM to stop changing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Time a synchronous phase as a performance measure (`backstory:prefilter`, …). */
export function measured<T>(name: string, fn: () => T): T {
  const start = `${name}:start`;
  performance.mark(start);
  try {
    return fn();
  } finally {
    performance.measure(name, start);
  }
}

/** Time an asynchronous phase (the analyse round trip) as a performance measure. */
export async function measuredAsync<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const start = `${name}:start`;
  performance.mark(start);
  try {
    return await fn();
  } finally {
    performance.measure(name, start);
  }
}

/**
 * Give the main thread back to the page for a moment: `scheduler.yield()` where the browser has
 * it (Chromium 129+: the continuation runs ahead of other queued tasks, yet input and rendering
 * go first), else a zero timeout. Not requestAnimationFrame, which never fires in a background
 * tab, where the marks would then wait until the reader looks.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Run `fn` when the page is idle, or after `timeoutMs` at the latest (requestIdleCallback; a zero
 * timeout where it is missing). Never runs after the context is invalidated.
 */
export function whenIdle(ctx: ContentScriptContext, fn: () => void, timeoutMs: number): void {
  const run = () => {
    if (ctx.isValid) fn();
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: timeoutMs });
  else window.setTimeout(run, 0);
}

/**
 * A timer that never fires after the context is invalidated. Not `ctx.setTimeout`: that registers
 * an abort listener per call which stays until the page unloads, and settle timers are created
 * thousands of times on a long-lived page. Owners clear pending ones in their teardown.
 */
export function guardedTimeout(ctx: ContentScriptContext, fn: () => void, ms: number): number {
  return window.setTimeout(() => {
    if (ctx.isValid) fn();
  }, ms);
}

/**
 * Resolve once the document has gone `settleMs` without a mutation, or after `maxMs` whatever
 * happens (a page with a ticker never settles). Never resolves after invalidation.
 */
export function waitForSettle(ctx: ContentScriptContext, settleMs: number, maxMs: number): Promise<void> {
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
      quiet = guardedTimeout(ctx, done, settleMs);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    quiet = guardedTimeout(ctx, done, settleMs);
    const cap = guardedTimeout(ctx, done, maxMs);
    const stopOnInvalid = ctx.onInvalidated(() => observer.disconnect());
  });
}
