/**
 * Matched passages for the sidebar's reader view: the sentences of a seed document that state a
 * fact this page also states, and a way to cut a paragraph into plain and marked pieces (rendered as
 * text, never as HTML).
 */
import type { Fact, Quote } from '../kb/types';

/** Paragraph index → sentences of `doc` that state one of `factIds`. */
export function matchedPassages(facts: readonly Fact[], factIds: ReadonlySet<string>, doc: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const fact of facts) {
    if (!factIds.has(fact.id)) continue;
    for (const s of fact.sources) {
      if (s.doc !== doc) continue;
      const list = out.get(s.paragraph) ?? [];
      if (!list.includes(s.sentence)) list.push(s.sentence);
      out.set(s.paragraph, list);
    }
  }
  return out;
}

/**
 * Wordings of quotes this page carries (`quoteIds`) as `doc` words them. Quotes have no paragraph
 * reference, so the reader view looks for them in every paragraph.
 */
export function quotePassages(quotes: readonly Quote[], quoteIds: ReadonlySet<string>, doc: string): string[] {
  const out: string[] = [];
  for (const q of quotes) {
    if (!quoteIds.has(q.id)) continue;
    for (const v of q.variants) if (v.documents.includes(doc) && !out.includes(v.text)) out.push(v.text);
  }
  return out;
}

export interface Piece {
  text: string;
  marked: boolean;
}

/**
 * Cut `text` into pieces, marking the first occurrence of each sentence. Overlapping sentences
 * merge into one marked piece; sentences not found are ignored. Joining the pieces gives `text`.
 */
export function splitByPassages(text: string, sentences: readonly string[]): Piece[] {
  const spans: [number, number][] = [];
  for (const s of sentences) {
    const needle = s.trim();
    if (!needle) continue;
    const at = text.indexOf(needle);
    if (at !== -1) spans.push([at, at + needle.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  const pieces: Piece[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
