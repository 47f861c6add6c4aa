/**
 * Which click targets belong to the page rather than to the marked text: links, buttons, form
 * fields, labels and anything scripted to act like them. A click on one of these, even when it lies
 * over or inside a marked passage, is the reader using the page, and Backstory leaves it alone.
 */

/** Page controls; a click that lands inside one of these is never Backstory's. */
export const PAGE_CONTROL_SELECTOR = [
  'a[href]',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'summary',
  'option',
  'video',
  'audio',
  'iframe',
  '[contenteditable]:not([contenteditable="false"])',
  '[role=button]',
  '[role=link]',
  '[role=checkbox]',
  '[role=menuitem]',
  '[role=tab]',
  '[role=switch]',
  '[role=option]',
  '[role=slider]',
].join(',');
// Not listed on purpose: `details` (its open body is article text) and `[onclick]` (pages put it on
// whole wrappers for analytics, which would make every mark unclickable).

/** The part of Element used: `closest` (so tests can hand in a plain object). */
export interface ClosestCapable {
  closest(selector: string): unknown;
}

/** Whether a click on `target` is a click on a page control (the target or one of its ancestors). */
export function isPageControl(target: ClosestCapable | null | undefined): boolean {
  if (!target || typeof target.closest !== 'function') return false;
  return target.closest(PAGE_CONTROL_SELECTOR) !== null;
}

/** Whether a click should be treated as the reader's click on a mark. */
export function answersClick(event: { isTrusted: boolean; button: number; defaultPrevented?: boolean }, target: ClosestCapable | null | undefined): boolean {
  // A page script's synthetic click (element.click(), dispatchEvent) is never the reader's.
  if (!event.isTrusted) return false;
  if (event.button !== 0) return false;
  return !isPageControl(target);
}
