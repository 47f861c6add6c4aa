/**
 * Running many small steps without holding the page's main thread: steps run one after another
 * inside a slice until the slice has used its budget, then the page gets the thread back (input,
 * rendering, its own scripts) before the next slice starts. Used for painting marks, whose cost
 * grows with the number of marked sentences; one slice is one `backstory:marks` measure.
 *
 * Pure: the clock, the pause between slices and the wrapper around a slice are passed in, so the
 * content script gives it performance.now / scheduler.yield / performance measures and tests give
 * it a fake clock.
 */

export interface SliceOptions {
  /** Milliseconds a slice may use before it yields (a step that is already running finishes). */
  budgetMs: number;
  now(): number;
  /** Give the thread back to the page; resolves when the next slice may run. */
  pause(): Promise<void>;
  /** Runs one slice (e.g. inside a performance measure); calls `run` exactly once. */
  slice?(run: () => void): void;
  /** Checked before each slice: true stops the run (the work was cancelled meanwhile). */
  cancelled?(): boolean;
}

/**
 * Run `steps` in order, in slices of about `budgetMs`. Resolves true when every step ran, false
 * when `cancelled` stopped it first. A step that throws rejects the run; later steps do not run.
 */
export async function runSliced(steps: readonly (() => void)[], options: SliceOptions): Promise<boolean> {
  if (!(options.budgetMs > 0)) throw new Error(`runSliced: budgetMs must be a positive number of milliseconds, got ${String(options.budgetMs)}`);
  const wrap = options.slice ?? ((run: () => void) => run());
  let next = 0;
  while (next < steps.length) {
    if (options.cancelled?.()) return false;
    wrap(() => {
      const started = options.now();
      // At least one step per slice, so a slow step cannot stall the run.
      do {
        steps[next]!();
        next += 1;
      } while (next < steps.length && options.now() - started < options.budgetMs);
    });
    if (next < steps.length) await options.pause();
  }
  return true;
}
