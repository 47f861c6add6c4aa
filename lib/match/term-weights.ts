/**
 * How informative each content term is, learnt from the KB's own sentences (inverse document
 * frequency). Terms the KB never uses weigh nothing: they cannot be evidence for a covered story.
 */
import type { Kb } from '../kb/types';
import { contentTerms, splitSentences } from '../text';

export interface TermWeights {
  idf: Map<string, number>;
  sentenceCount: number;
  /** The weight of the rarest term: what a word the KB never uses is worth as a topic word. */
  maxWeight: number;
  weight(term: string): number;
}

export function buildTermWeights(kb: Kb): TermWeights {
  const df = new Map<string, number>();
  let n = 0;
  for (const d of kb.documents) {
    for (const p of d.paragraphs) {
      for (const sentence of splitSentences(p)) {
        n++;
        for (const t of new Set(contentTerms(sentence))) df.set(t, (df.get(t) ?? 0) + 1);
      }
    }
  }
  const idf = new Map<string, number>();
  for (const [t, f] of df) idf.set(t, Math.log((n + 1) / (f + 0.5)));
  let maxWeight = 0;
  for (const v of idf.values()) if (v > maxWeight) maxWeight = v;
  return { idf, sentenceCount: n, maxWeight, weight: (t) => idf.get(t) ?? 0 };
}

/** Sum of the weights of a set of terms. */
export function weightOf(terms: Iterable<string>, w: TermWeights): number {
  let s = 0;
  for (const t of terms) s += w.weight(t);
  return s;
}
