/**
 * Where the article lies across the viewport: the horizontal extent of the page elements that hold
 * the extracted paragraphs (or, on pages without paragraph elements, of the marks), widened to the
 * article's neighbours in its row (a rail of links beside it), so that Backstory placed "beside"
 * covers neither the text nor links that could take focus under it. The layout
 * (lib/view/layout.ts) keeps Backstory out of that extent.
 */
import type { ParagraphBlocks } from '@/lib/extract/paragraphs';
import type { PaintedMark } from './mark-painter';

/** Elements that usually hold one paragraph of an article. */
const BLOCKS = 'p, li, blockquote, h1, h2, h3, pre, dd, figcaption';
/** Characters of a paragraph compared with an element's text. */
const PREFIX = 48;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, PREFIX).toLowerCase();

export interface Extent {
  left: number;
  right: number;
  /** No paragraph element was found: the extent is the marks' alone (or the row around them). */
  fromMarks: boolean;
}

/**
 * The union of the boxes of the elements holding `paragraphs` (and of `marks`), or null. `blocks`:
 * the elements extraction read the paragraphs from; when some are still on the page they are used
 * as they are, and the page's block elements are not searched (on a page with a long comment
 * section, that search reads every comment's text).
 */
export function articleExtent(doc: Document, paragraphs: readonly string[], marks: readonly PaintedMark[], skip: (el: Element) => boolean, blocks?: ParagraphBlocks): Extent | null {
  const known: Element[] = [];
  if (blocks) for (const p of paragraphs) for (const el of blocks.get(p) ?? []) if (el.isConnected && !skip(el)) known.push(el);
  const wanted = new Set(known.length > 0 ? [] : paragraphs.map(squash).filter((p) => p.length >= 12));
  let left = Infinity;
  let right = -Infinity;
  const add = (r: { left: number; right: number; width: number; height: number }) => {
    if (r.width <= 0 || r.height <= 0) return;
    left = Math.min(left, r.left);
    right = Math.max(right, r.right);
  };
  const found: Element[] = [];
  for (const el of known) {
    add(el.getBoundingClientRect());
    found.push(el);
  }
  if (wanted.size > 0 && doc.body) {
    for (const el of Array.from(doc.body.querySelectorAll(BLOCKS))) {
      if (skip(el)) continue;
      if (wanted.has(squash(el.textContent ?? ''))) {
        add(el.getBoundingClientRect());
        found.push(el);
      }
    }
  }
  const fromMarks = found.length === 0;
  for (const m of marks) {
    for (const r of Array.from(m.range.getClientRects())) add(r);
    const el = m.range.startContainer.parentElement;
    if (el) found.push(el);
  }
  // The article's container and what sits beside it in the same row (rails, asides).
  const container = commonAncestor(found);
  const row = container?.parentElement;
  if (row && row !== doc.documentElement) {
    for (const sibling of Array.from(row.children)) if (!skip(sibling)) add(sibling.getBoundingClientRect());
  }
  return Number.isFinite(left) && Number.isFinite(right) ? { left, right, fromMarks } : null;
}

/** The nearest element containing all of `elements`, or null. */
function commonAncestor(elements: readonly Element[]): Element | null {
  if (elements.length === 0) return null;
  let candidate: Element | null = elements[0]!;
  while (candidate && !elements.every((el) => candidate!.contains(el))) candidate = candidate.parentElement;
  return candidate;
}
