/**
 * Lining article sentences up with KB facts. Each fact is known by the wording of every source
 * that states it; an article sentence lines up with a fact when it shares enough of the
 * informative words of one of those wordings. Candidates come from an inverted index over the
 * sentence's rarest terms (candidates.ts), so the work per sentence stays bounded as the KB grows.
 */
import type { Fact, Kb } from '../kb/types';
import { contentTerms } from '../text';
import type { ArticleSentence } from './article-text';
import { weightOf, type TermWeights } from './term-weights';
import { createScratch, probeCandidates, type ProbeScratch } from './candidates';

export interface FactWording {
  terms: Set<string>;
  weight: number;
}

export interface IndexedFact {
  fact: Fact;
  wordings: FactWording[];
}

export interface FactIndex {
  facts: IndexedFact[];
  byId: Map<string, IndexedFact>;
  postings: Map<string, number[]>;
  scratch: ProbeScratch;
}

export interface FactHit {
  fact: IndexedFact;
  /** Weighted overlap, 0..1 (cosine of the binary weighted term vectors). */
  similarity: number;
  /** Informative words shared. */
  shared: string[];
}

/** Agreement needed for a sentence to state a fact. */
export const FACT_SIMILARITY = 0.42;
const MIN_SHARED_TERMS = 3;


export function buildFactIndex(kb: Kb, w: TermWeights): FactIndex {
  const facts: IndexedFact[] = [];
  const byId = new Map<string, IndexedFact>();
  const postings = new Map<string, number[]>();
  for (const fact of kb.facts) {
    const wordings: FactWording[] = [];
    const seen = new Set<string>();
    for (const text of [fact.text, ...fact.sources.map((s) => s.sentence)]) {
      const terms = new Set(contentTerms(text).filter((t) => w.weight(t) > 0));
      const key = [...terms].sort().join(' ');
      if (terms.size === 0 || seen.has(key)) continue;
      seen.add(key);
      wordings.push({ terms, weight: weightOf(terms, w) });
    }
    if (wordings.length === 0) continue;
    const idx = facts.length;
    const entry = { fact, wordings };
    facts.push(entry);
    byId.set(fact.id, entry);
    const all = new Set<string>();
    for (const wd of wordings) for (const t of wd.terms) all.add(t);
    for (const t of all) {
      const list = postings.get(t) ?? [];
      list.push(idx);
      postings.set(t, list);
    }
  }
  return { facts, byId, postings, scratch: createScratch(facts.length) };
}

/** Facts this sentence states, best first. */
export function factsForSentence(index: FactIndex, w: TermWeights, sentence: ArticleSentence): FactHit[] {
  const known = [...sentence.termSet].filter((t) => index.postings.has(t));
  if (known.length < MIN_SHARED_TERMS) return [];
  const candidates = probeCandidates(index.postings, known, index.scratch);
  const sentenceWeight = weightOf(known, w);
  const hits: FactHit[] = [];
  for (const i of candidates) {
    const entry = index.facts[i]!;
    let best: FactHit | null = null;
    for (const wd of entry.wordings) {
      const shared: string[] = [];
      let sharedWeight = 0;
      for (const t of wd.terms) {
        if (sentence.termSet.has(t)) {
          shared.push(t);
          sharedWeight += w.weight(t);
        }
      }
      if (shared.length < MIN_SHARED_TERMS) continue;
      const similarity = sharedWeight / Math.sqrt(wd.weight * sentenceWeight);
      if (!best || similarity > best.similarity) best = { fact: entry, similarity, shared };
    }
    if (best && best.similarity >= FACT_SIMILARITY) hits.push(best);
  }
  hits.sort((a, b) => b.similarity - a.similarity || (a.fact.fact.id < b.fact.fact.id ? -1 : 1));
  return hits;
}
