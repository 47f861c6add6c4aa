/**
 * Facts: claims several sources state, found by clustering aligned sentences across documents, and
 * number facts, found by grouping figures that count the same thing.
 *
 * Sentence clusters are built greedily from the most similar aligned pair down, never putting two
 * sentences of one document in one fact (a document states a claim once; a second similar sentence
 * is usually a different claim). A sentence that only one source has is a fact when it carries a
 * date or an event verb with a named actor (a single-source event), so single-source stories still
 * have facts; its counts then say 1 document, 1 line.
 */
import { parseNumbers, stem, tokenize, isStopword, type NumberMention } from '../text';
import { cosine, eachPair, type AlignedPair } from './align';
import { daysBetween } from './dates';
import { isPlanned } from './timeline-label';
import type { Corpus, Sentence } from './corpus';
import { UnionFind } from './union-find';

/** Two sentences of different documents at or above this cosine state the same claim. */
export const FACT_SIMILARITY = 0.32;
/**
 * A sentence left alone by the greedy pass joins a fact when its mean cosine with all the fact's
 * sources reaches this: it resembles every telling a little (a rewrite that kept the names and the
 * verb but reworded the rest) rather than one telling a lot.
 */
export const ATTACH_SIMILARITY = 0.22;
/** Sentences shorter than this many words are fragments, not claims. */
export const MIN_FACT_WORDS = 6;
/** Sentences whose text is mostly quotation are quotes (quotes.ts), not facts. */
export const MAX_FACT_QUOTE_SHARE = 0.75;

export interface FactDraft {
  kind: 'event' | 'number' | 'position' | 'statement';
  /** Source sentences (one per document), and for number facts the clause span of the figure. */
  sources: { sentence: number; span: { start: number; end: number } | null; number: NumberMention | null }[];
}

/**
 * Two groups of sentences merge only when their term centroids are similar too (cosine ≥
 * COHERENCE × minSim), so a chain of pairwise-similar sentences cannot drift into one giant "fact"
 * (stock phrases shared by unrelated reports would otherwise link them all).
 */
export const COHERENCE = 0.75;

/** Reports published further apart than this do not state the same claim (news is dated). */
export const FACT_PUBLISHED_GAP_DAYS = 30;

export function clusterSentences(
  corpus: Corpus,
  pairs: Iterable<AlignedPair>,
  vectors: readonly ReadonlyMap<string, number>[],
  /** A document's trustworthy date, or null. */
  published: (doc: number) => string | null,
  minSim = FACT_SIMILARITY,
): number[][] {
  const n = corpus.sentences.length;
  const sets = new UnionFind(n);
  const docs = Array.from({ length: n }, (_, i) => new Set([corpus.sentences[i]!.doc]));
  // Earliest and latest trustworthy publication date in each group.
  const span = Array.from({ length: n }, (_, i) => {
    const d = published(corpus.sentences[i]!.doc);
    return d ? { lo: d, hi: d } : null;
  });
  const tooFar = (a: number, b: number) => {
    const x = span[a];
    const y = span[b];
    if (!x || !y) return false;
    const lo = x.lo < y.lo ? x.lo : y.lo;
    const hi = x.hi > y.hi ? x.hi : y.hi;
    return daysBetween(lo, hi) > FACT_PUBLISHED_GAP_DAYS;
  };
  const centroids: (Map<string, number> | null)[] = new Array(n).fill(null);
  // A group's summed vector, read only: a lone sentence's own vector is not copied until it merges
  // (millions of pairs are checked, most are refused, and each copy was garbage).
  const sumOf = (r: number): ReadonlyMap<string, number> => centroids[r] ?? vectors[r]!;
  const find = (i: number) => sets.find(i);
  // The same sum, in the same order, as reducing over the values: no array per call.
  const norm = (m: ReadonlyMap<string, number>) => {
    let x = 0;
    for (const w of m.values()) x += w * w;
    return Math.sqrt(x) || 1;
  };
  const shareDoc = (da: ReadonlySet<number>, db: ReadonlySet<number>) => {
    for (const d of db) if (da.has(d)) return true;
    return false;
  };
  eachPair(pairs, (pa, pb, sim) => {
    if (sim < minSim) return false;
    const a = find(pa);
    const b = find(pb);
    if (a === b) return;
    const da = docs[a]!;
    const db = docs[b]!;
    if (shareDoc(da, db)) return;
    if (tooFar(a, b)) return;
    const sa = sumOf(a);
    const sb = sumOf(b);
    if (cosine(sa, sb) / (norm(sa) * norm(sb)) < minSim * COHERENCE) return;
    const { root, child } = sets.union(a, b)!;
    for (const d of docs[child]!) docs[root]!.add(d);
    const sr = span[root];
    const sc = span[child];
    if (sc) span[root] = sr ? { lo: sr.lo < sc.lo ? sr.lo : sc.lo, hi: sr.hi > sc.hi ? sr.hi : sc.hi } : sc;
    const merged = centroids[root] ?? new Map(vectors[root]!);
    for (const [t, w] of root === a ? sb : sa) merged.set(t, (merged.get(t) ?? 0) + w);
    centroids[root] = merged;
    centroids[child] = null;
  });
  const groups = sets.groups();
  // Second pass: attach sentences still alone to the multi-document fact they resemble on average.
  const alone = (i: number) => groups.get(find(i))!.length === 1;
  const sums = new Map<string, number>();
  const add = (x: number, y: number, sim: number) => {
    if (!alone(x) || alone(y)) return;
    const key = `${x}|${find(y)}`;
    sums.set(key, (sums.get(key) ?? 0) + sim);
  };
  eachPair(pairs, (pa, pb, sim) => {
    if (sim < minSim * 0.5) return false;
    add(pa, pb, sim);
    add(pb, pa, sim);
  });
  const best = new Map<number, { root: number; mean: number }>();
  for (const [key, sum] of [...sums.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [x, root] = key.split('|').map(Number) as [number, number];
    const members = groups.get(root)!;
    if (docs[root]!.has(corpus.sentences[x]!.doc) || tooFar(root, x)) continue;
    const mean = sum / members.length;
    const cur = best.get(x);
    if (mean >= ATTACH_SIMILARITY && (!cur || mean > cur.mean)) best.set(x, { root, mean });
  }
  for (const [x, { root }] of [...best.entries()].sort((a, b) => b[1].mean - a[1].mean || a[0] - b[0])) {
    const doc = corpus.sentences[x]!.doc;
    if (docs[root]!.has(doc)) continue;
    docs[root]!.add(doc);
    groups.get(root)!.push(x);
    groups.delete(x);
  }
  return [...groups.values()].map((g) => g.sort((a, b) => a - b));
}

/** The noun a figure counts: the first content word after it ("100,000 troops" → "troop"). */
export function numberUnit(folded: string, n: NumberMention): string | null {
  const after = tokenize(folded.slice(n.end, n.end + 60)).filter((t) => t !== 'of' && !/^\d/.test(t));
  for (const t of after.slice(0, 3)) {
    if (isStopword(t)) continue;
    return stem(t);
  }
  return null;
}

/** Digits joined by a hyphen or dash ("6-4", "2–1"), and a tiebreak in brackets right after one ("6-7 (5)"). */
const SCORE_RE = /\d+\s?[-\u2013]\s?\d+(?:\s?\(\d+\))?/g;

export function inScore(folded: string, n: NumberMention): boolean {
  for (const m of folded.matchAll(SCORE_RE)) {
    const start = m.index ?? 0;
    if (n.start >= start && n.start < start + m[0].length) return true;
  }
  return false;
}

const DURATION_UNITS = new Set(['year', 'month', 'week', 'dai', 'day', 'hour', 'minut', 'minute', 'decad', 'decade']);

/** Counts worth a fact: more than one of something, not part of a name or a list of links. */
export function countsIn(s: Sentence): { n: NumberMention; unit: string }[] {
  const out: { n: NumberMention; unit: string }[] = [];
  for (const n of parseNumbers(s.folded)) {
    if (n.value < 2) continue;
    // A score or result ("6-4, 2-6, 6-7 (5)") is one outcome, not a count of anything.
    if (inScore(s.folded, n)) continue;
    const unit = numberUnit(s.folded, n);
    if (!unit) continue;
    // "for two years" is how long something lasted, background to a claim rather than its figure.
    if (DURATION_UNITS.has(unit) && /\bfor\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$/i.test(s.folded.slice(0, n.start))) continue;
    out.push({ n, unit });
  }
  return out;
}

/**
 * A clause that starts with an infinitive, a participle, or a lower-case word (not a determiner,
 * quantifier or pronoun) followed by "to"/"that"/a figure: a verb without its subject, most likely.
 */
const SUBJECTLESS_RE =
  /^(?:to\s+[a-z]+\s|(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|some|more|nearly|about|over|up|almost|around|roughly|at|least|only|he|she|they|it|we|us|u\.s\.)\b)(?:[a-z]+(?:ing|ed)\s|[a-z]+(?:s|ed)?\s+(?:to|that|up|more|nearly|about|over|around|[0-9])))/;

/**
 * The clause of a sentence that carries a figure: split at commas, semicolons and "and"/"as well
 * as"/"while", keep the part holding the figure, and widen it to the sentence when it is too short
 * to read on its own.
 */
export function clauseAround(folded: string, at: number): { start: number; end: number } {
  const bounds = [0];
  const ends: number[] = [];
  for (const m of folded.matchAll(/,?\s+(?:and|as well as|while|but|although|whereas)\s+|,\s+|;\s+/g)) {
    const idx = m.index ?? 0;
    // A comma inside a figure ("100,000") is not a boundary.
    if (/\d,\d/.test(folded.slice(idx - 1, idx + 2))) continue;
    ends.push(idx);
    bounds.push(idx + m[0].length);
  }
  ends.push(folded.length);
  for (let i = 0; i < ends.length; i++) {
    let s = bounds[i]!;
    const e = ends[i]!;
    if (at >= s && at < e) {
      // A clause opening on a verb ("…, and intends to mass 30,000 troops") has its subject in the
      // clause before: take that one too.
      let j = i;
      while (j > 0 && SUBJECTLESS_RE.test(folded.slice(s))) s = bounds[--j]!;
      const text = folded.slice(s, e).replace(/[,;\s]+$/, '');
      if (tokenize(text).length < 5) return { start: 0, end: folded.length };
      return { start: s, end: s + text.length };
    }
  }
  return { start: 0, end: folded.length };
}

const POSITION_RE = /\b(?:will not|won't|would not|will uphold|uphold|reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|polic(?:y|ies)|position|commit(?:ted|ment)|insist(?:s|ed)?|non-starters?|open[ -]door)\b/i;
const EVENT_RE = /\b(?:spoke|talked|phoned|deliver(?:s|ed)?|sent|send(?:s)?|received?|receiv(?:es|ing)|met|meet(?:s|ing)?|respond(?:ed|s)?|submitted|provided|called|held|proceeded|announced|confirmed|moved|deployed|invaded|signed|visited|arrived)\b/i;

export function factKind(sentences: readonly Sentence[], hasNumber: boolean, hasDate: boolean): FactDraft['kind'] {
  if (hasNumber) return 'number';
  const narrative = sentences.map((s) => narrativeText(s)).join(' ');
  if (EVENT_RE.test(narrative) && hasDate) return 'event';
  // A dated planned event ("a planned phone call … Tuesday") is an event of that day, yet to happen.
  if (hasDate && isPlanned(narrative)) return 'event';
  if (POSITION_RE.test(sentences.map((s) => s.folded).join(' '))) return 'position';
  if (EVENT_RE.test(narrative)) return 'event';
  return 'statement';
}

/** The sentence without its quoted parts: what the reporter states. */
export function narrativeText(s: Sentence): string {
  let out = '';
  let at = 0;
  for (const q of s.quotes) {
    out += s.folded.slice(at, q.start) + ' ';
    at = q.end;
  }
  return out + s.folded.slice(at);
}

export function quoteShare(s: Sentence): number {
  const q = s.quotes.reduce((n, r) => n + (r.end - r.start), 0);
  return s.folded.length ? q / s.folded.length : 0;
}

/**
 * A paraphrase in another line of reporting joins the claim it states, even when it is worded too
 * differently to align as a whole sentence, or states a second claim beside it ("…, adding that
 * the response won't be released"). Each clause of a sentence (and the sentence itself) is compared
 * with the claim's centroid; the best clause of each document not yet among the claim's sources
 * joins when it reaches PARAPHRASE_SIMILARITY. A sentence can so be a source of several claims.
 * Only claims that at least two documents state take part (a paraphrase needs a claim to match),
 * and only documents of another line of reporting join this way (within a line, rewrites align as
 * whole sentences already, and a looser test there only finds neighbouring sentences).
 * On the seeds the open-door line of the synonym rewrite (d000) scores 0.54 with the claim it
 * restates; the best wrong candidate from another line scores 0.33.
 */
export const PARAPHRASE_SIMILARITY = 0.45;
/** A clause with fewer content terms than this is too short to state a claim on its own. */
export const MIN_CLAUSE_TERMS = 4;

const CLAUSE_SPLIT = /[,;:]\s+|\s+[-\u2013\u2014]+\s+|\s+(?:however|but|although|while|whereas)\s+/gi;

/** Clauses of a sentence as [start, end) ranges of its folded text, the whole sentence first. */
export function clauses(folded: string): { start: number; end: number }[] {
  const out = [{ start: 0, end: folded.length }];
  let at = 0;
  for (const m of folded.matchAll(CLAUSE_SPLIT)) {
    const idx = m.index ?? 0;
    if (/\d,\d/.test(folded.slice(idx - 1, idx + 2))) continue;
    out.push({ start: at, end: idx });
    at = idx + m[0].length;
  }
  out.push({ start: at, end: folded.length });
  return out.length === 3 ? out.slice(0, 1) : out;
}

export function joinParaphrases(
  corpus: Corpus,
  clusters: readonly number[][],
  /** Weighted term vector of a stretch of a sentence (L2-normalised). */
  vectorOf: (sentence: number, span: { start: number; end: number }) => Map<string, number>,
  /** Whether a sentence may be a source at all (a claim, not a quotation or a fragment). */
  eligible: (sentence: number) => boolean,
  /** The cluster must not take a document whose reports are too far apart in time. */
  compatible: (cluster: readonly number[], sentence: number) => boolean,
  /** Line of reporting of a document. */
  lineOf: (doc: number) => string,
  minSim = PARAPHRASE_SIMILARITY,
): number[][] {
  const wholeSpan = (k: number) => ({ start: 0, end: corpus.sentences[k]!.folded.length });
  // Whole-sentence vectors of the sentences that make centroids; every other vector lives only in
  // the clause index below.
  const members = new Set<number>();
  for (const c of clusters) if (new Set(c.map((k) => corpus.sentences[k]!.doc)).size >= 2) for (const k of c) members.add(k);
  const whole = new Map<number, Map<string, number>>();
  const wholeVec = (k: number) => {
    let v = whole.get(k);
    if (!v) whole.set(k, (v = vectorOf(k, wholeSpan(k))));
    return v;
  };
  const index = new ClauseIndex();
  for (const s of corpus.sentences) {
    if (!eligible(s.id)) continue;
    for (const c of clauses(s.folded)) {
      const isWhole = c.start === 0 && c.end === s.folded.length;
      if (!isWhole && tokenize(s.folded.slice(c.start, c.end)).filter((t) => !isStopword(t)).length < MIN_CLAUSE_TERMS) continue;
      const v = isWhole && members.has(s.id) ? wholeVec(s.id) : vectorOf(s.id, c);
      index.add(s.id, v);
    }
  }
  index.seal();
  return clusters.map((cluster) => {
    const docs = new Set(cluster.map((k) => corpus.sentences[k]!.doc));
    if (docs.size < 2) return [...cluster];
    const lines = new Set([...docs].map(lineOf));
    const centroid = new Map<string, number>();
    for (const k of cluster) for (const [t, w] of wholeVec(k)) centroid.set(t, (centroid.get(t) ?? 0) + w);
    const norm = Math.sqrt([...centroid.values()].reduce((x, w) => x + w * w, 0)) || 1;
    const best = new Map<number, { k: number; sim: number }>();
    // Only clauses that can reach minSim are scored (ClauseIndex.candidates); in the order a scan of
    // every sentence and clause would meet them, so ties resolve as they always have.
    for (const q of index.candidates(centroid, minSim * norm)) {
      const s = corpus.sentences[index.sentenceOf(q)]!;
      if (docs.has(s.doc) || lines.has(lineOf(s.doc)) || !compatible(cluster, s.id)) continue;
      const sim = index.cosine(q, centroid) / norm;
      const cur = best.get(s.doc);
      if (sim >= minSim && (!cur || sim > cur.sim)) best.set(s.doc, { k: s.id, sim });
    }
    return [...cluster, ...[...best.values()].map((b) => b.k)].sort((a, b) => a - b);
  });
}

/**
 * Terms held by more clauses than this are not walked when looking for a centroid's candidates;
 * their most a clause could gain from them is bounded instead (ClauseIndex.candidates). Speed only:
 * the clauses joined are the same for any value.
 */
const JOIN_MAX_POSTING = 256;
/**
 * Pruning compares sums taken in another order than the exact score's: a relative margin far above
 * floating-point rounding keeps every clause that could reach the threshold.
 */
const PRUNE_MARGIN = 1 - 1e-9;

/**
 * Every eligible clause's term vector in flat typed arrays (clauses numbered in sentence and clause
 * order), with postings per term. At 5,000 documents a Map per clause, kept for every cluster's
 * scan of every sentence, was most of the compile's memory and time (clusters × sentences).
 */
export class ClauseIndex {
  private readonly termIds = new Map<string, number>();
  private readonly termNames: string[] = [];
  private sentences: number[] = [];
  private starts: number[] = [0];
  private terms: number[] = [];
  private weights: number[] = [];
  private clauseSentence = new Int32Array(0);
  private entryStart = new Int32Array(0);
  private entryTerm = new Int32Array(0);
  private entryWeight = new Float64Array(0);
  private postStart = new Int32Array(0);
  private postClause = new Int32Array(0);
  /** Per term, its highest weight in any clause. */
  private maxWeight = new Float64Array(0);
  private postWeight = new Float64Array(0);
  private acc = new Float64Array(0);
  private touched = new Int32Array(0);

  add(sentence: number, vector: ReadonlyMap<string, number>): void {
    this.sentences.push(sentence);
    for (const [t, w] of vector) {
      let id = this.termIds.get(t);
      if (id === undefined) {
        this.termIds.set(t, (id = this.termNames.length));
        this.termNames.push(t);
      }
      this.terms.push(id);
      this.weights.push(w);
    }
    this.starts.push(this.terms.length);
  }

  seal(): void {
    this.clauseSentence = Int32Array.from(this.sentences);
    this.entryStart = Int32Array.from(this.starts);
    this.entryTerm = Int32Array.from(this.terms);
    this.entryWeight = Float64Array.from(this.weights);
    this.sentences = [];
    this.starts = [];
    this.terms = [];
    this.weights = [];
    const termCount = this.termNames.length;
    const clauseCount = this.clauseSentence.length;
    this.postStart = new Int32Array(termCount + 1);
    this.maxWeight = new Float64Array(termCount);
    for (let e = 0; e < this.entryTerm.length; e++) {
      const t = this.entryTerm[e]!;
      this.postStart[t + 1]!++;
      if (this.entryWeight[e]! > this.maxWeight[t]!) this.maxWeight[t] = this.entryWeight[e]!;
    }
    for (let t = 0; t < termCount; t++) this.postStart[t + 1]! += this.postStart[t]!;
    const fill = this.postStart.slice(0, termCount);
    this.postClause = new Int32Array(this.entryTerm.length);
    this.postWeight = new Float64Array(this.entryTerm.length);
    for (let q = 0; q < clauseCount; q++) {
      for (let e = this.entryStart[q]!; e < this.entryStart[q + 1]!; e++) {
        const at = fill[this.entryTerm[e]!]!++;
        this.postClause[at] = q;
        this.postWeight[at] = this.entryWeight[e]!;
      }
    }
    this.acc = new Float64Array(clauseCount);
    this.touched = new Int32Array(clauseCount);
  }

  sentenceOf(q: number): number {
    return this.clauseSentence[q]!;
  }

  /**
   * The clauses whose dot product with `centroid` can reach `threshold`, ascending. The dot product
   * is summed over the centroid's terms through the postings, except for terms held by many clauses
   * (the common words, with the lowest weights): what those can add to any one clause is bounded
   * instead, by the sum of centroid weight × the term's highest clause weight, and by their length in
   * the centroid (a clause's vector has length 1). A clause whose summed part plus that bound stays
   * below the threshold cannot reach it, and one that shares no term has a dot product of 0.
   */
  candidates(centroid: ReadonlyMap<string, number>, threshold: number): Int32Array {
    const walked: { id: number; w: number }[] = [];
    const common: { id: number; w: number }[] = [];
    let byMax = 0;
    let commonNorm = 0;
    for (const [t, w] of centroid) {
      const id = this.termIds.get(t);
      if (id === undefined) continue;
      if (this.postStart[id + 1]! - this.postStart[id]! > JOIN_MAX_POSTING) {
        common.push({ id, w });
        byMax += Math.abs(w) * this.maxWeight[id]!;
        commonNorm += w * w;
      } else walked.push({ id, w });
    }
    let bound = Math.min(byMax, Math.sqrt(commonNorm));
    // When the common words alone could carry a clause to the threshold, every term is summed.
    if (bound >= threshold * PRUNE_MARGIN) {
      walked.push(...common);
      bound = 0;
    }
    const { acc, touched } = this;
    let count = 0;
    for (const { id, w } of walked) {
      for (let p = this.postStart[id]!; p < this.postStart[id + 1]!; p++) {
        const q = this.postClause[p]!;
        if (acc[q] === 0) touched[count++] = q;
        // The smallest double keeps a touched clause non-zero even through a zero weight (so it is
        // listed once); it is lost in rounding against any real weight.
        acc[q] = acc[q]! + w * this.postWeight[p]! + Number.MIN_VALUE;
      }
    }
    const out: number[] = [];
    for (let k = 0; k < count; k++) {
      const q = touched[k]!;
      if (acc[q]! + bound >= threshold * PRUNE_MARGIN) out.push(q);
      acc[q] = 0;
    }
    return Int32Array.from(out).sort();
  }

  /** cosine(clause q's vector, centroid) as lib/kb/align's cosine computes it, term for term. */
  cosine(q: number, centroid: ReadonlyMap<string, number>): number {
    const from = this.entryStart[q]!;
    const to = this.entryStart[q + 1]!;
    let dot = 0;
    if (to - from <= centroid.size) {
      for (let e = from; e < to; e++) {
        const o = centroid.get(this.termNames[this.entryTerm[e]!]!);
        if (o !== undefined) dot += this.entryWeight[e]! * o;
      }
      return dot;
    }
    const own = new Map<string, number>();
    for (let e = from; e < to; e++) own.set(this.termNames[this.entryTerm[e]!]!, this.entryWeight[e]!);
    for (const [t, w] of centroid) {
      const o = own.get(t);
      if (o !== undefined) dot += w * o;
    }
    return dot;
  }
}
