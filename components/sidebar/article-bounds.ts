/**
 * Where the article's text lies across the viewport: the horizontal extent of the page elements
 * that hold the extracted paragraphs (or, on pages without paragraph elements, of the marks). The
 * layout (lib/view/layout.ts) keeps Backstory out of that extent.
 */
import type { PaintedMark } from './mark-painter';

/** Elements that usually hold one paragraph of an article. */
const BLOCKS = 'p, li, blockquote, h1, h2, h3, pre, dd, figcaption';
/** Characters of a paragraph compared with an element's text. */
const PREFIX = 48;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, PREFIX).toLowerCase();

export interface Extent {
  left: number;
  right: number;
}

/** The union of the boxes of the elements holding `paragraphs` (and of `marks`), or null. */
export function articleExtent(doc: Document, paragraphs: readonly string[], marks: readonly PaintedMark[], skip: (el: Element) => boolean): Extent | null {
  const wanted = new Set(paragraphs.map(squash).filter((p) => p.length >= 12));
  let left = Infinity;
  let right = -Infinity;
  const add = (r: { left: number; right: number; width: number; height: number }) => {
    if (r.width <= 0 || r.height <= 0) return;
    left = Math.min(left, r.left);
    right = Math.max(right, r.right);
  };
  if (wanted.size > 0 && doc.body) {
    for (const el of Array.from(doc.body.querySelectorAll(BLOCKS))) {
      if (skip(el)) continue;
      if (wanted.has(squash(el.textContent ?? ''))) add(el.getBoundingClientRect());
    }
  }
  for (const m of marks) for (const r of Array.from(m.range.getClientRects())) add(r);
  return Number.isFinite(left) && Number.isFinite(right) ? { left, right } : null;
}
