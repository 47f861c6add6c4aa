/**
 * The compiler's working model: documents split into paragraphs and sentences, with the term lists
 * every later step compares. Built once; later steps only read it.
 */
import { contentTerms, foldPunctuation, sentenceSpans } from '../text';
import type { ParsedDocument } from './parse-document';

export interface Sentence {
  /** Index in Corpus.sentences. */
  id: number;
  doc: number;
  paragraph: number;
  /** Exact substring of the paragraph. */
  text: string;
  /** Same text with typographic quotes and dashes folded to ASCII (same length). */
  folded: string;
  /** Offset of the sentence in its paragraph. */
  offset: number;
  /** [start, end) ranges of quoted speech inside `folded`. */
  quotes: { start: number; end: number }[];
}

export interface CorpusDoc {
  index: number;
  id: string;
  file: string;
  parsed: ParsedDocument;
  /** Sentence ids per paragraph. */
  paragraphSentences: number[][];
}

export interface Corpus {
  docs: CorpusDoc[];
  sentences: Sentence[];
}

export function buildCorpus(files: { id: string; file: string; parsed: ParsedDocument }[]): Corpus {
  const docs: CorpusDoc[] = [];
  const sentences: Sentence[] = [];
  files.forEach((f, index) => {
    const paragraphSentences: number[][] = [];
    f.parsed.paragraphs.forEach((p, pi) => {
      const folded = foldPunctuation(p);
      const quoteRanges = findQuotes(folded);
      const ids: number[] = [];
      for (const span of sentenceSpans(p)) {
        const id = sentences.length;
        const quotes = quoteRanges
          .filter((q) => q.end > span.start && q.start < span.end)
          .map((q) => ({ start: Math.max(q.start, span.start) - span.start, end: Math.min(q.end, span.end) - span.start }));
        sentences.push({
          id,
          doc: index,
          paragraph: pi,
          text: p.slice(span.start, span.end),
          folded: folded.slice(span.start, span.end),
          offset: span.start,
          quotes,
        });
        ids.push(id);
      }
      paragraphSentences.push(ids);
    });
    docs.push({ index, id: f.id, file: f.file, parsed: f.parsed, paragraphSentences });
  });
  return { docs, sentences };
}

/**
 * Quoted speech in a paragraph (folded quotes). Rewritten copies often drop a closing quote; an
 * unclosed quote then runs to the attribution (", Blinken said") or to the end of the paragraph.
 */
export function findQuotes(folded: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = 0;
  while (i < folded.length) {
    const open = folded.indexOf('"', i);
    if (open < 0) break;
    const close = folded.indexOf('"', open + 1);
    const attribution = /,\s+(?:[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?|he|she|they)\s+(?:said|mentioned|informed|told|added|stressed|noted)\b/g;
    attribution.lastIndex = open + 1;
    const attr = attribution.exec(folded);
    let end: number;
    let next: number;
    if (close >= 0 && (!attr || close < attr.index + 2)) {
      end = close + 1;
      next = close + 1;
    } else if (attr) {
      end = attr.index;
      next = attr.index;
    } else {
      end = folded.length;
      next = folded.length;
    }
    if (end - open > 2) out.push({ start: open, end });
    i = next;
  }
  return out;
}

/** Content terms of a sentence, optionally without the given character ranges (e.g. names). */
export function sentenceTerms(s: Sentence, without: { start: number; end: number }[] = []): string[] {
  if (!without.length) return contentTerms(s.folded);
  let text = '';
  let at = 0;
  for (const r of [...without].sort((a, b) => a.start - b.start)) {
    if (r.start > at) text += s.folded.slice(at, r.start);
    text += ' ';
    at = Math.max(at, r.end);
  }
  text += s.folded.slice(at);
  return contentTerms(text);
}

export function isInQuote(s: Sentence, at: number): boolean {
  return s.quotes.some((q) => at >= q.start && at < q.end);
}
