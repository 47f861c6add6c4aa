/**
 * Lining article sentences up with the sentences of each story's seed paragraphs. Facts are the
 * KB's corroborated claims; passages are everything the coverage says, so a story told by a single
 * report (few facts) can still be recognised. Same weighted-overlap measure as facts, same bounded
 * candidate generation (candidates.ts).
 */
import type { Kb } from '../kb/types';
import { contentTerms, splitSentences } from '../text';
import type { ArticleSentence } from './article-text';
import type { TermWeights } from './term-weights';
import { createScratch, probeCandidates, type ProbeScratch } from './candidates';

export interface Passage {
  story: string;
  doc: string;
  paragraph: number;
  text: string;
  terms: Set<string>;
  weight: number;
}

export interface PassageIndex {
  passages: Passage[];
  postings: Map<string, number[]>;
  /** Story id → number of passages (its size, for relative thresholds). */
  storySize: Map<string, number>;
  scratch: ProbeScratch;
}

export interface PassageHit {
  passage: Passage;
  similarity: number;
}

export const PASSAGE_SIMILARITY = 0.42;
const MIN_SHARED_TERMS = 3;
/** A looser paraphrase still lines up when it shares many informative words. */
const LOOSE_SIMILARITY = 0.33;
const LOOSE_SHARED_TERMS = 5;

export function buildPassageIndex(kb: Kb, w: TermWeights): PassageIndex {
  const passages: Passage[] = [];
  const postings = new Map<string, number[]>();
  const storySize = new Map<string, number>();
  const docs = new Map(kb.documents.map((d) => [d.id, d]));
  for (const story of kb.stories) {
    let size = 0;
    for (const ref of story.paragraphs) {
      const para = docs.get(ref.doc)?.paragraphs[ref.paragraph];
      if (!para) continue;
      for (const text of splitSentences(para)) {
        const terms = new Set(contentTerms(text).filter((t) => w.weight(t) > 0));
        if (terms.size < MIN_SHARED_TERMS) continue;
        let weight = 0;
        for (const t of terms) weight += w.weight(t);
        const idx = passages.length;
        passages.push({ story: story.id, doc: ref.doc, paragraph: ref.paragraph, text, terms, weight });
        size++;
        for (const t of terms) {
          const list = postings.get(t);
          if (list) list.push(idx);
          else postings.set(t, [idx]);
        }
      }
    }
    storySize.set(story.id, size);
  }
  return { passages, postings, storySize, scratch: createScratch(passages.length) };
}

/** Best passage per story that this sentence lines up with. */
export function passagesForSentence(index: PassageIndex, w: TermWeights, sentence: ArticleSentence): Map<string, PassageHit> {
  const out = new Map<string, PassageHit>();
  const known = [...sentence.termSet].filter((t) => index.postings.has(t));
  if (known.length < MIN_SHARED_TERMS) return out;
  const candidates = probeCandidates(index.postings, known, index.scratch);
  let sentenceWeight = 0;
  for (const t of known) sentenceWeight += w.weight(t);
  for (const i of candidates) {
    const p = index.passages[i]!;
    let shared = 0;
    let sharedWeight = 0;
    for (const t of p.terms) {
      if (sentence.termSet.has(t)) {
        shared++;
        sharedWeight += w.weight(t);
      }
    }
    if (shared < MIN_SHARED_TERMS) continue;
    // A headline summarises: it lines up with a passage that contains most of its words, however
    // much more the passage says.
    const cosine = sharedWeight / Math.sqrt(p.weight * sentenceWeight);
    const similarity = sentence.paragraph < 0 ? Math.max(cosine, (sharedWeight / sentenceWeight) * 0.75) : cosine;
    if (similarity < PASSAGE_SIMILARITY && !(similarity >= LOOSE_SIMILARITY && shared >= LOOSE_SHARED_TERMS)) continue;
    const prev = out.get(p.story);
    if (!prev || similarity > prev.similarity) out.set(p.story, { passage: p, similarity });
  }
  return out;
}
