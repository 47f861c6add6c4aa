/**
 * The pointer side of in-page marks: which mark the pointer rests on (for the hover card), which
 * one a click lands on (to open the sidebar at its fact), and keeping a shown card on its mark
 * while the page scrolls. Highlights are not elements, so this hit-tests the pointer against the
 * marks' client rectangles. Listeners are passive and in the capture phase on window: pages that
 * stop propagation do not hide marks, and nothing the page does with the event is delayed or
 * cancelled.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { answersClick, isPageControl, type ClosestCapable } from '@/lib/marks/controls';
import { markAt, nearestRect } from '@/lib/marks/hit-test';
import type { MarkPainter, PaintedMark } from './mark-painter';
import type { MarkCardState } from './types';

export interface MarkPointerCallbacks {
  /** Show this card, or hide it (null). */
  card(card: MarkCardState | null): void;
  /** The reader clicked a mark. */
  activate(mark: PaintedMark): void;
  /** Whether the event comes from Backstory's own UI (ignored). */
  isOwn(target: EventTarget | null): boolean;
  /** The claim a mark states and its sources, for its card. */
  describe(mark: PaintedMark): Pick<MarkCardState, 'claim' | 'sources'>;
}

/** The event's target as an element (a click on text reports the text's parent element). */
function elementOf(target: EventTarget | null): ClosestCapable | null {
  if (!target || typeof (target as Node).nodeType !== 'number') return null;
  const node = target as Node;
  return (node.nodeType === 1 ? node : node.parentElement) as unknown as ClosestCapable | null;
}

export class MarkPointer {
  /** The mark whose card is shown, if any. */
  private current: string | null = null;
  private hoverFrame = false;
  private scrollFrame = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly painter: MarkPainter,
    private readonly callbacks: MarkPointerCallbacks,
  ) {}

  listen(): void {
    const { ctx } = this;
    ctx.addEventListener(window, 'mousemove', (e) => this.onMove(e), { passive: true, capture: true });
    ctx.addEventListener(window, 'click', (e) => this.onClick(e), { passive: true, capture: true });
    ctx.addEventListener(window, 'scroll', () => this.onScroll(), { passive: true, capture: true });
  }

  /** Show a mark's card without the pointer (keyboard: "On this page"). */
  pin(mark: PaintedMark): boolean {
    const rect = mark.range.getClientRects()[0];
    if (!rect) return false;
    this.current = mark.spec.id;
    this.callbacks.card(this.cardFor(mark, rect));
    return true;
  }

  /** Forget the shown card (marks repainted or removed). */
  reset(): void {
    this.current = null;
  }

  private cardFor(mark: PaintedMark, rect: { left: number; top: number; bottom: number }): MarkCardState {
    return { tone: mark.spec.tone, notes: mark.spec.notes, ...this.callbacks.describe(mark), anchor: { left: rect.left, top: rect.top, bottom: rect.bottom } };
  }

  private rects() {
    return this.painter.marks.map((m) => ({ id: m.spec.id, rects: Array.from(m.range.getClientRects()) }));
  }

  private onMove(e: MouseEvent): void {
    if (this.painter.marks.length === 0 || this.hoverFrame || this.callbacks.isOwn(e.target)) return;
    // Over a page control (a cookie button lying over a marked line) the card would promise a
    // click that does not come: no card there.
    if (isPageControl(elementOf(e.target))) {
      if (this.current !== null) {
        this.current = null;
        this.callbacks.card(null);
      }
      return;
    }
    this.hoverFrame = true;
    const { clientX: x, clientY: y } = e;
    // One hit test per frame at most: mousemove can fire far more often than the screen redraws.
    window.requestAnimationFrame(() => {
      this.hoverFrame = false;
      if (this.ctx.isInvalid) return;
      const rects = this.rects();
      const id = markAt(rects, x, y);
      if (id === this.current) return;
      this.current = id;
      const mark = id ? this.painter.marks.find((m) => m.spec.id === id) : undefined;
      const rect = mark ? nearestRect(rects.find((r) => r.id === id)!.rects, y) : null;
      this.callbacks.card(mark && rect ? this.cardFor(mark, rect) : null);
    });
  }

  /** Keep the card on its mark while the page scrolls (once a frame); hide it once off-screen. */
  private onScroll(): void {
    if (this.current === null || this.scrollFrame) return;
    this.scrollFrame = true;
    window.requestAnimationFrame(() => {
      this.scrollFrame = false;
      if (this.ctx.isInvalid || this.current === null) return;
      const mark = this.painter.marks.find((m) => m.spec.id === this.current);
      const rect = mark?.range.getClientRects()[0];
      if (!mark || !rect || rect.bottom < 0 || rect.top > window.innerHeight) {
        this.current = null;
        this.callbacks.card(null);
        return;
      }
      this.callbacks.card(this.cardFor(mark, rect));
    });
  }

  private onClick(e: MouseEvent): void {
    if (this.painter.marks.length === 0 || this.callbacks.isOwn(e.target)) return;
    // Only the reader's own clicks on the marked text: never a page script's synthetic click, and
    // never a click on a link, button or other control of the page over or inside a mark.
    if (!answersClick(e, elementOf(e.target))) return;
    // A click that ends a text selection is the reader selecting, not asking for Backstory.
    if (document.getSelection()?.isCollapsed === false) return;
    const id = markAt(this.rects(), e.clientX, e.clientY);
    const mark = id ? this.painter.marks.find((m) => m.spec.id === id) : undefined;
    if (!mark) return;
    this.current = null;
    this.callbacks.card(null);
    this.callbacks.activate(mark);
  }
}
