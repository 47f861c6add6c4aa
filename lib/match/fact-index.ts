/**
 * KB facts as the matcher looks them up. A sentence states a fact when it lines up (passage
 * scoring, passage-index.ts) with one of the sentences the fact's sources wrote: passages are
 * linked to the facts that cite them once, in createMatcher, so one scoring pass per article
 * sentence finds both what the coverage says and which corroborated facts that is.
 */
import type { Fact, Kb } from '../kb/types';

export interface IndexedFact {
  fact: Fact;
}

export interface FactIndex {
  facts: IndexedFact[];
  byId: Map<string, IndexedFact>;
}

export interface FactHit {
  fact: IndexedFact;
  /** Weighted overlap with the fact's source wording, 0..1. */
  similarity: number;
}

export function buildFactIndex(kb: Kb): FactIndex {
  const facts = kb.facts.map((fact) => ({ fact }));
  return { facts, byId: new Map(facts.map((f) => [f.fact.id, f])) };
}

/** Fact hits from a sentence's passage line-ups (see passage-index linkFacts), best first. */
export function factHits(index: FactIndex, found: Map<number, number>): FactHit[] {
  const hits: FactHit[] = [];
  for (const [i, similarity] of found) hits.push({ fact: index.facts[i]!, similarity });
  hits.sort((a, b) => b.similarity - a.similarity || (a.fact.fact.id < b.fact.fact.id ? -1 : 1));
  return hits;
}
