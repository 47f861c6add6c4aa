/**
 * Stories: the distinct events the documents report, found at paragraph level so that one document
 * can report two (a follow-up report that also covers a meeting held the same day).
 *
 * 1. Each document is cut into topical segments where two blocks of paragraphs are far less alike
 *    than each block is inside (see segmentCuts). On the seeds, the report of Russia's written
 *    follow-up that goes on to the UN Security Council meeting scores 0.58 at its true cut; the
 *    best cut of every single-story seed scores 0.67 or more; SPLIT_RATIO sits between.
 * 2. Segments of different documents are joined when their vocabulary is similar (cosine ≥
 *    STORY_SIMILARITY, or ≥ STORY_SIMILARITY_WITH_FACT when they share a fact) or they share at
 *    least two facts, unless both are dated and no event date of one is within STORY_DATE_GAP days
 *    of an event date of the other (then they are different events told in similar words: a written
 *    reply and the written follow-up five days later), or their documents were published more than
 *    STORY_PUBLISHED_GAP days apart.
 */
import { daysBetween } from './dates';
import { alignPairs, cosine, tfidfVectors } from './align';
import type { Corpus } from './corpus';

export const SPLIT_RATIO = 0.62;
export const MIN_SEGMENT = 4;
/** Longer documents (a paragraph per line of a data dump, say) are kept as one segment. */
export const MAX_SEGMENTED_PARAGRAPHS = 400;
export const STORY_SIMILARITY = 0.3;
/** Lower bar for two segments that already share a fact. */
export const STORY_SIMILARITY_WITH_FACT = 0.2;
export const STORY_DATE_GAP = 2;
/** Segments of documents published more than this many days apart are not one event's coverage. */
export const STORY_PUBLISHED_GAP = 30;
/** Facts spread over more segments than this do not link segments into a story. */
export const MAX_FACT_SEGMENTS = 24;

export interface StoryInput {
  /** Per document, per paragraph: the paragraph's terms. */
  paragraphTerms: string[][][];
  sentenceDate: (sentence: number) => string | null;
  /** A document's trustworthy date, or null. */
  published: (doc: number) => string | null;
  /** Facts as lists of sentence ids. */
  facts: number[][];
}

export interface StoryDraft {
  paragraphs: { doc: number; paragraph: number }[];
  terms: string[];
  /** Normalised term weights of the story's paragraphs together. */
  centroid: Map<string, number>;
}

export interface StoryResult {
  stories: StoryDraft[];
  /** storyOfParagraph[doc][paragraph] = index into stories. */
  storyOfParagraph: number[][];
}

function sumVectors(vs: readonly ReadonlyMap<string, number>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of vs) for (const [t, w] of v) out.set(t, (out.get(t) ?? 0) + w);
  let norm = 0;
  for (const w of out.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of out) out.set(t, w / norm);
  return out;
}

/**
 * Cut points of one document: the cut that best separates two cohesive blocks of paragraphs, when
 * the blocks are much less alike than each is inside (mean cross-block cosine below SPLIT_RATIO
 * times the mean within-block cosine), applied again inside each block. Blocks have at least
 * MIN_SEGMENT paragraphs, so a quote or an aside never becomes a story.
 */
export function segmentCuts(vectors: readonly ReadonlyMap<string, number>[]): number[] {
  const n = vectors.length;
  if (n < 2 * MIN_SEGMENT || n > MAX_SEGMENTED_PARAGRAPHS) return [];
  const sim: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(n);
    for (let j = 0; j < n; j++) if (i !== j) row[j] = j < i ? sim[j]![i]! : cosine(vectors[i]!, vectors[j]!);
    sim.push(row);
  }
  return cutsIn(sim, 0, n);
}

/** Best cut of [from, to) and, recursively, of its two sides; O(length²) per level. */
function cutsIn(sim: readonly Float64Array[], from: number, to: number): number[] {
  const n = to - from;
  if (n < 2 * MIN_SEGMENT) return [];
  // left[c] = sum of similarities of pairs inside [from, from+c); right[c] = inside [from+c, to).
  const left = new Float64Array(n + 1);
  for (let c = 1; c <= n; c++) {
    let add = 0;
    for (let i = from; i < from + c - 1; i++) add += sim[i]![from + c - 1]!;
    left[c] = left[c - 1]! + add;
  }
  const right = new Float64Array(n + 1);
  for (let c = n - 1; c >= 0; c--) {
    let add = 0;
    for (let j = from + c + 1; j < to; j++) add += sim[from + c]![j]!;
    right[c] = right[c + 1]! + add;
  }
  const total = left[n]!;
  let best: { cut: number; ratio: number } | null = null;
  for (let c = MIN_SEGMENT; c <= n - MIN_SEGMENT; c++) {
    const w = left[c]! + right[c]!;
    const wn = (c * (c - 1)) / 2 + ((n - c) * (n - c - 1)) / 2;
    const x = total - w;
    const xn = c * (n - c);
    const within = w / wn;
    const ratio = within > 0 ? x / xn / within : 1;
    if (!best || ratio < best.ratio) best = { cut: c, ratio };
  }
  if (!best || best.ratio >= SPLIT_RATIO) return [];
  const cut = from + best.cut;
  return [...cutsIn(sim, from, cut), cut, ...cutsIn(sim, cut, to)];
}

export function buildStories(corpus: Corpus, input: StoryInput): StoryResult {
  const flat: string[][] = [];
  const offsets: number[] = [];
  for (const doc of input.paragraphTerms) {
    offsets.push(flat.length);
    for (const p of doc) flat.push(p);
  }
  const tv = tfidfVectors(flat);
  const pv = (doc: number, p: number) => tv.vectors[offsets[doc]! + p]!;

  // 1. Segments.
  type Segment = { doc: number; from: number; to: number; vector: Map<string, number>; dates: Set<string> };
  const segments: Segment[] = [];
  for (const d of corpus.docs) {
    const n = d.paragraphSentences.length;
    const vs = Array.from({ length: n }, (_, p) => pv(d.index, p));
    const cuts = segmentCuts(vs);
    const bounds = [0, ...cuts, n];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const from = bounds[k]!;
      const to = bounds[k + 1]!;
      const dates = new Set<string>();
      for (let p = from; p < to; p++) for (const sid of d.paragraphSentences[p]!) {
        const dt = input.sentenceDate(sid);
        if (dt) dates.add(dt);
      }
      segments.push({ doc: d.index, from, to, vector: sumVectors(vs.slice(from, to)), dates });
    }
  }

  // 2. Join segments across documents.
  const segOfParagraph = corpus.docs.map((d) => new Array<number>(d.paragraphSentences.length).fill(0));
  segments.forEach((s, i) => {
    for (let p = s.from; p < s.to; p++) segOfParagraph[s.doc]![p] = i;
  });
  const segOfSentence = (k: number) => {
    const s = corpus.sentences[k]!;
    return segOfParagraph[s.doc]![s.paragraph]!;
  };
  const sharedFacts = new Map<string, number>();
  for (const f of input.facts) {
    const segs = [...new Set(f.map(segOfSentence))].sort((a, b) => a - b);
    // A "fact" told in very many segments is a stock phrase, not evidence of one event.
    if (segs.length > MAX_FACT_SEGMENTS) continue;
    for (let i = 0; i < segs.length; i++) for (let j = i + 1; j < segs.length; j++) {
      const key = `${segs[i]}|${segs[j]}`;
      sharedFacts.set(key, (sharedFacts.get(key) ?? 0) + 1);
    }
  }
  // Candidates: similar segments (through the same inverted-index search as sentences) and segments
  // that share facts.
  const candidates: { a: number; b: number; sim: number }[] = [];
  const similar = alignPairs({ vectors: segments.map((x) => x.vector), idf: new Map() }, segments.map((x) => x.doc), STORY_SIMILARITY_WITH_FACT);
  const seen = new Set<string>();
  for (const p of similar) {
    const key = `${p.a}|${p.b}`;
    seen.add(key);
    const facts = sharedFacts.get(key) ?? 0;
    if (p.sim >= STORY_SIMILARITY || facts >= 1) candidates.push({ a: p.a, b: p.b, sim: p.sim + facts });
  }
  for (const [key, facts] of sharedFacts) {
    if (facts < 2 || seen.has(key)) continue;
    const [a, b] = key.split('|').map(Number) as [number, number];
    if (segments[a]!.doc === segments[b]!.doc) continue;
    candidates.push({ a, b, sim: cosine(segments[a]!.vector, segments[b]!.vector) + facts });
  }
  candidates.sort((x, y) => y.sim - x.sim || x.a - y.a || x.b - y.b);
  const parent = segments.map((_, i) => i);
  const dates = segments.map((s) => new Set(s.dates));
  const pub = segments.map((s) => {
    const d = input.published(s.doc);
    return new Set(d ? [d] : []);
  });
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const c of candidates) {
    const a = find(c.a);
    const b = find(c.b);
    if (a === b) continue;
    // Different events: both sides are dated and no day of one is within STORY_DATE_GAP of a day of
    // the other; or their documents were published far apart.
    const apart = (x: Set<string>, y: Set<string>, gap: number) =>
      x.size > 0 && y.size > 0 && ![...x].some((u) => [...y].some((v) => Math.abs(daysBetween(u, v)) <= gap));
    const clash =
      apart(dates[a]!, dates[b]!, STORY_DATE_GAP) ||
      [...pub[a]!].some((x) => [...pub[b]!].some((y) => Math.abs(daysBetween(x, y)) > STORY_PUBLISHED_GAP));
    if (clash) continue;
    const [root, child] = a < b ? [a, b] : [b, a];
    parent[child] = root;
    for (const x of dates[child]!) dates[root]!.add(x);
    for (const x of pub[child]!) pub[root]!.add(x);
  }

  // 3. Stories in order of their first paragraph.
  const roots = new Map<number, number>();
  const stories: StoryDraft[] = [];
  const storyOfParagraph = corpus.docs.map((d) => new Array<number>(d.paragraphSentences.length).fill(0));
  const members = new Map<number, number[]>();
  segments.forEach((_, i) => {
    const r = find(i);
    const m = members.get(r) ?? [];
    m.push(i);
    members.set(r, m);
  });
  for (const i of segments.map((_, k) => k)) {
    const r = find(i);
    if (roots.has(r)) continue;
    roots.set(r, stories.length);
    const segs = members.get(r)!;
    const paragraphs: { doc: number; paragraph: number }[] = [];
    for (const si of segs) for (let p = segments[si]!.from; p < segments[si]!.to; p++) paragraphs.push({ doc: segments[si]!.doc, paragraph: p });
    paragraphs.sort((a, b) => a.doc - b.doc || a.paragraph - b.paragraph);
    const centroid = sumVectors(segs.map((si) => segments[si]!.vector));
    const terms = [...centroid.entries()]
      .filter(([t]) => !t.startsWith('@') && !/^\d/.test(t) && t.length > 2)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 12)
      .map(([t]) => t);
    stories.push({ paragraphs, terms, centroid });
  }
  segments.forEach((s, i) => {
    for (let p = s.from; p < s.to; p++) storyOfParagraph[s.doc]![p] = roots.get(find(i))!;
  });
  return { stories, storyOfParagraph };
}
