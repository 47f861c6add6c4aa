/**
 * The pointer side of in-page marks: which mark the pointer rests on (for the hover card), which
 * one a click lands on (to open the sidebar at its fact), and keeping a shown card on its mark
 * while the page scrolls. Highlights are not elements, so this hit-tests the pointer against the
 * marks' client rectangles. Listeners are passive and in the capture phase on window: pages that
 * stop propagation do not hide marks, and nothing the page does with the event is delayed or
 * cancelled.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
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
}

function cardFor(mark: PaintedMark, rect: { left: number; top: number; bottom: number }): MarkCardState {
  return { tone: mark.spec.tone, notes: mark.spec.notes, anchor: { left: rect.left, top: rect.top, bottom: rect.bottom } };
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
    this.callbacks.card(cardFor(mark, rect));
    return true;
  }

  /** Forget the shown card (marks repainted or removed). */
  reset(): void {
    this.current = null;
  }

  private rects() {
    return this.painter.marks.map((m) => ({ id: m.spec.id, rects: Array.from(m.range.getClientRects()) }));
  }

  private onMove(e: MouseEvent): void {
    if (this.painter.marks.length === 0 || this.hoverFrame || this.callbacks.isOwn(e.target)) return;
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
      this.callbacks.card(mark && rect ? cardFor(mark, rect) : null);
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
      this.callbacks.card(cardFor(mark, rect));
    });
  }

  private onClick(e: MouseEvent): void {
    if (this.painter.marks.length === 0 || this.callbacks.isOwn(e.target)) return;
    // A click that ends a text selection is the reader selecting, not asking for Backstory.
    if (document.getSelection()?.isCollapsed === false) return;
    const id = markAt(this.rects(), e.clientX, e.clientY);
    const mark = id ? this.painter.marks.find((m) => m.spec.id === id) : undefined;
    if (!mark) return;
    this.current = null;
    this.callbacks.activate(mark);
  }
}
