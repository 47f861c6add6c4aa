/**
 * Lining article sentences up with the sentences (and multi-sentence paragraphs) of each story's
 * seed paragraphs: a weighted overlap of informative words (term-weights.ts) over candidates found
 * with bounded probing (candidates.ts). Passages are everything the coverage says, so a story told
 * by a single report (few facts) can still be recognised; passages that a KB fact cites as its
 * source also tell which facts a sentence states (linkFacts).
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
  /** A whole multi-sentence paragraph, matched by how much of the article sentence it contains. */
  whole: boolean;
}

export interface PassageIndex {
  passages: Passage[];
  /** Passage number → numbers of the KB facts that cite it as a source (filled by linkFacts). */
  facts: number[][];
  postings: Map<string, number[]>;
  /** Story id → number of passages (its size, for relative thresholds). */
  storySize: Map<string, number>;
  scratch: ProbeScratch;
  /** Per passage: informative words and their weight shared with the sentence being compared. */
  sharedCount: Uint16Array;
  sharedWeight: Float64Array;
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
/**
 * An article sentence often merges what the coverage says in two sentences ("he proposed using
 * military channels and a civilian hotline"). Against whole paragraphs, it lines up when most of
 * its informative weight is found there and it shares many words: containment, discounted.
 */
const WHOLE_SHARED_TERMS = 6;
const WHOLE_DISCOUNT = 0.8;
/** Posting lists up to this length are walked to count shared words; longer ones are looked up. */
const WALK_POSTING = 150;

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
      const sentences = splitSentences(para);
      const units = sentences.length > 1 ? [...sentences.map((text) => ({ text, whole: false })), { text: para, whole: true }] : sentences.map((text) => ({ text, whole: false }));
      for (const { text, whole } of units) {
        const terms = new Set(contentTerms(text).filter((t) => w.weight(t) > 0));
        if (terms.size < MIN_SHARED_TERMS) continue;
        let weight = 0;
        for (const t of terms) weight += w.weight(t);
        const idx = passages.length;
        passages.push({ story: story.id, doc: ref.doc, paragraph: ref.paragraph, text, terms, weight, whole });
        if (!whole) size++;
        for (const t of terms) {
          const list = postings.get(t);
          if (list) list.push(idx);
          else postings.set(t, [idx]);
        }
      }
    }
    storySize.set(story.id, size);
  }
  return {
    passages,
    facts: passages.map(() => []),
    postings,
    storySize,
    scratch: createScratch(passages.length),
    sharedCount: new Uint16Array(passages.length),
    sharedWeight: new Float64Array(passages.length),
  };
}

/**
 * Record which passages are the source sentences of which facts, so that lining a sentence up
 * with passages also says which facts it states (one scoring pass instead of two).
 */
export function linkFacts(index: PassageIndex, facts: readonly { sources: readonly { doc: string; paragraph: number; sentence: string }[] }[]): void {
  const byParagraph = new Map<string, number[]>();
  index.passages.forEach((p, i) => {
    if (p.whole) return;
    const key = `${p.doc}#${p.paragraph}`;
    byParagraph.set(key, [...(byParagraph.get(key) ?? []), i]);
  });
  const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
  facts.forEach((fact, f) => {
    for (const src of fact.sources) {
      const want = squash(src.sentence);
      for (const i of byParagraph.get(`${src.doc}#${src.paragraph}`) ?? []) {
        const have = squash(index.passages[i]!.text);
        // A fact's source may be a clause of a sentence, or a sentence the splitter cut in two.
        if ((have.includes(want) || want.includes(have)) && !index.facts[i]!.includes(f)) index.facts[i]!.push(f);
      }
    }
  });
}

export interface SentenceLineUp {
  /** Best passage per story. */
  passages: Map<string, PassageHit>;
  /** Fact number → best similarity, for passages at the full (not loose) threshold. */
  facts: Map<number, number>;
}

/** Best passage per story that this sentence lines up with, and the facts those passages state. */
/** What most sentences line up with: nothing. Shared, so no maps are made for them; never written to. */
const NOTHING: SentenceLineUp = { passages: new Map(), facts: new Map() };

export function passagesForSentence(index: PassageIndex, w: TermWeights, sentence: ArticleSentence): SentenceLineUp {
  const known: string[] = [];
  const knownWeights: number[] = [];
  let sentenceWeight = 0;
  for (const t of sentence.distinctTerms) {
    if (!index.postings.has(t)) continue;
    const x = w.weight(t);
    known.push(t);
    knownWeights.push(x);
    sentenceWeight += x;
  }
  if (known.length < MIN_SHARED_TERMS) return NOTHING;
  const candidates = probeCandidates(index.postings, known, index.scratch);
  if (candidates.length === 0) return NOTHING;
  const out = new Map<string, PassageHit>();
  const facts = new Map<number, number>();
  // Shared words per candidate, counted along posting lists into typed counters (no string set
  // lookups), in the sentence's term order; a term too common to walk is looked up per candidate.
  const { sharedCount, sharedWeight: acc } = index;
  const walked: number[][] = [];
  for (let k = 0; k < known.length; k++) {
    const t = known[k]!;
    const x = knownWeights[k]!;
    const list = index.postings.get(t)!;
    if (list.length <= WALK_POSTING) {
      walked.push(list);
      for (const i of list) {
        sharedCount[i]!++;
        acc[i]! += x;
      }
    } else {
      for (const i of candidates) {
        if (index.passages[i]!.terms.has(t)) {
          sharedCount[i]!++;
          acc[i]! += x;
        }
      }
    }
  }
  for (const i of candidates) {
    const p = index.passages[i]!;
    const shared = sharedCount[i]!;
    const sharedWeight = acc[i]!;
    if (shared < MIN_SHARED_TERMS) continue;
    // A headline summarises: it lines up with a passage that contains most of its words, however
    // much more the passage says.
    let similarity: number;
    if (p.whole) {
      if (shared < WHOLE_SHARED_TERMS) continue;
      similarity = (sharedWeight / sentenceWeight) * WHOLE_DISCOUNT;
    } else {
      const cosine = sharedWeight / Math.sqrt(p.weight * sentenceWeight);
      similarity = sentence.paragraph < 0 ? Math.max(cosine, (sharedWeight / sentenceWeight) * 0.75) : cosine;
    }
    if (similarity < PASSAGE_SIMILARITY && !(similarity >= LOOSE_SIMILARITY && shared >= LOOSE_SHARED_TERMS)) continue;
    const prev = out.get(p.story);
    if (!prev || similarity > prev.similarity) out.set(p.story, { passage: p, similarity });
    if (!p.whole && similarity >= PASSAGE_SIMILARITY) for (const f of index.facts[i]!) facts.set(f, Math.max(facts.get(f) ?? 0, similarity));
  }
  for (const list of walked) for (const i of list) sharedCount[i] = acc[i] = 0;
  for (const i of candidates) sharedCount[i] = acc[i] = 0;
  return out.size === 0 ? NOTHING : { passages: out, facts };
}
