/**
 * Find a sentence from the extractor in the live DOM and return it as a Range, across inline
 * element boundaries and whatever whitespace the markup uses. Pure: the Document is passed in
 * through the index's nodes; nothing is modified.
 */
import { normaliseText, type TextIndex } from './text-index';

export interface TextSpan {
  /** Offsets into TextIndex.text, end exclusive. */
  start: number;
  end: number;
}

/** Every occurrence of `needle` (already normalised) in `haystack`. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  let at = haystack.indexOf(needle);
  while (at !== -1) {
    found.push(at);
    at = haystack.indexOf(needle, at + 1);
  }
  return found;
}

/**
 * Where `sentence` occurs in the indexed text. When it occurs more than once (a pull quote, a
 * teaser repeating the lead), the occurrence inside the paragraph it was extracted from wins; the
 * paragraph is optional context. Returns null when the sentence is not on the page (the text
 * changed, or the extractor normalised it beyond what we undo): no mark is better than a wrong one.
 */
export function locateSentence(index: TextIndex, sentence: string, paragraph?: string): TextSpan | null {
  const needle = normaliseText(sentence);
  if (needle.length === 0) return null;
  const hits = occurrences(index.text, needle);
  if (hits.length === 0) return null;
  let chosen = hits[0]!;
  if (hits.length > 1 && paragraph) {
    const para = normaliseText(paragraph);
    const offsetInPara = para.indexOf(needle);
    if (offsetInPara !== -1) {
      const paraHits = new Set(occurrences(index.text, para).map((p) => p + offsetInPara));
      chosen = hits.find((h) => paraHits.has(h)) ?? chosen;
    }
  }
  return { start: chosen, end: chosen + needle.length };
}

/** The DOM position of a span: start inside its first character, end after its last one. */
export function spanToRange(doc: Document, index: TextIndex, span: TextSpan): Range | null {
  if (span.start < 0 || span.end > index.text.length || span.end <= span.start) return null;
  const last = span.end - 1;
  const startNode = index.nodes[index.nodeOf[span.start]!];
  const endNode = index.nodes[index.nodeOf[last]!];
  if (!startNode || !endNode) return null;
  const range = doc.createRange();
  range.setStart(startNode, index.offsetOf[span.start]!);
  range.setEnd(endNode, index.offsetOf[last]! + Math.max(1, index.lengthOf[last]!));
  return range;
}

/** Convenience: locate and convert in one step. */
export function locateRange(doc: Document, index: TextIndex, sentence: string, paragraph?: string): Range | null {
  const span = locateSentence(index, sentence, paragraph);
  return span ? spanToRange(doc, index, span) : null;
}
