/**
 * Fallback marks for browsers without the CSS Custom Highlight API: wrap the located text in
 * <mark class="backstory-mark"> elements, one per text node the span touches, and undo it exactly.
 *
 * Only text nodes are split and moved; no page text is ever parsed as HTML. Undoing merges each
 * split piece back into the text node it came from (the same node object the page had, so page
 * scripts holding a reference keep a valid one), rather than calling normalize() on the whole
 * parent, which would also merge text nodes the page split on purpose.
 */
import type { TextSpan } from './locate';
import type { TextIndex } from './text-index';

export interface WrapOptions {
  className: string;
  /** Extra attributes on each <mark> (e.g. data-backstory-tone). */
  attributes?: Record<string, string>;
}

interface Piece {
  /** The page's text node this piece was cut from (keeps the text before the piece, if any). */
  original: Text;
  /** The wrapped text, a split-off part of `original` or `original` itself. */
  target: Text;
  /** The text after the piece that splitText cut off, if any. */
  tail: Text | null;
  mark: HTMLElement;
}

export interface WrappedSpan {
  marks: HTMLElement[];
  /** Put the text back exactly as it was. Safe to call twice. */
  unwrap(): void;
}

/** Text nodes a span covers, with the part of each that lies inside the span. */
function segments(index: TextIndex, span: TextSpan): { node: Text; from: number; to: number }[] {
  const first = index.nodeOf[span.start]!;
  const last = index.nodeOf[span.end - 1]!;
  const startOffset = index.offsetOf[span.start]!;
  const endOffset = index.offsetOf[span.end - 1]! + Math.max(1, index.lengthOf[span.end - 1]!);
  const out: { node: Text; from: number; to: number }[] = [];
  for (let n = first; n <= last; n += 1) {
    const node = index.nodes[n]!;
    const from = n === first ? startOffset : 0;
    const to = n === last ? endOffset : node.data.length;
    if (to > from && node.data.slice(from, to).trim() !== '') out.push({ node, from, to });
  }
  return out;
}

/**
 * Wrap a located span. The index must be fresh (built after the last DOM change), because it
 * records offsets into the text nodes as they were.
 */
export function wrapSpan(doc: Document, index: TextIndex, span: TextSpan, options: WrapOptions): WrappedSpan {
  const pieces: Piece[] = [];
  for (const { node, from, to } of segments(index, span)) {
    const parent = node.parentNode;
    if (!parent) continue;
    const target = from > 0 ? node.splitText(from) : node;
    const tail = to - from < target.data.length ? target.splitText(to - from) : null;
    const mark = doc.createElement('mark');
    mark.className = options.className;
    for (const [k, v] of Object.entries(options.attributes ?? {})) mark.setAttribute(k, v);
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    pieces.push({ original: node, target, tail, mark });
  }
  let done = false;
  return {
    marks: pieces.map((p) => p.mark),
    unwrap() {
      if (done) return;
      done = true;
      // Reverse order: a later piece may have been cut from an earlier piece's tail.
      for (let i = pieces.length - 1; i >= 0; i -= 1) unwrapPiece(pieces[i]!);
    },
  };
}

function unwrapPiece({ original, target, tail, mark }: Piece): void {
  const parent = mark.parentNode;
  if (parent) {
    // Anything the page added inside the mark since stays, in order.
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
  }
  // Merge back only while the pieces are still neighbours; if the page rewrote the text in the
  // meantime, leaving two adjacent text nodes is harmless and guessing would corrupt it.
  if (tail && target.nextSibling === tail) {
    target.appendData(tail.data);
    tail.remove();
  }
  if (original !== target && original.nextSibling === target) {
    original.appendData(target.data);
    target.remove();
  }
}

/** Undo several wraps, newest first, so pieces cut from one text node merge back in order. */
export function unwrapAll(wrapped: readonly WrappedSpan[]): void {
  for (let i = wrapped.length - 1; i >= 0; i -= 1) wrapped[i]!.unwrap();
}
