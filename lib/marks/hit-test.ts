/**
 * Which mark is under the pointer. With the CSS Custom Highlight API a mark is not an element, so
 * the page gets no hover or click events for it; instead we compare the pointer with the client
 * rectangles of each mark's Range. Pure geometry, so it is tested without a layout engine.
 */

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface MarkRects {
  id: string;
  rects: readonly RectLike[];
}

/**
 * The id of the first mark with a rectangle containing (x, y), or null. `slop` widens each
 * rectangle a little so the line gap between two marked lines does not flicker the card.
 */
export function markAt(marks: readonly MarkRects[], x: number, y: number, slop = 1): string | null {
  for (const mark of marks) {
    for (const r of mark.rects) {
      if (r.right - r.left <= 0 || r.bottom - r.top <= 0) continue;
      if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return mark.id;
    }
  }
  return null;
}

/** The rectangle to anchor a card to: the line of the mark nearest the pointer's y, if any. */
export function nearestRect(rects: readonly RectLike[], y: number): RectLike | null {
  let best: RectLike | null = null;
  let bestDistance = Infinity;
  for (const r of rects) {
    const d = y < r.top ? r.top - y : y > r.bottom ? y - r.bottom : 0;
    if (d < bestDistance) {
      best = r;
      bestDistance = d;
    }
  }
  return best;
}
