/**
 * Cross-document sentence alignment: which sentences in different documents say nearly the same
 * thing. TF-IDF cosine over content terms, computed only for pairs that share a term through an
 * inverted index, and with very common terms left out of the index (they add little to a score and
 * would make the candidate count grow with the square of the corpus).
 */
export interface AlignedPair {
  a: number;
  b: number;
  sim: number;
}

export interface TermVectors {
  /** Per item: term → weight, L2-normalised. */
  vectors: Map<string, number>[];
  idf: Map<string, number>;
}

export function tfidfVectors(items: readonly (readonly string[])[]): TermVectors {
  const df = new Map<string, number>();
  const seen = new Set<string>();
  for (const terms of items) {
    seen.clear();
    for (const t of terms) {
      if (seen.has(t)) continue;
      seen.add(t);
      df.set(t, (df.get(t) ?? 0) + 1);
    }
  }
  const n = items.length;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log(1 + n / d));
  // Term counts in first-occurrence order, in arrays reused across items (a Map per item is
  // garbage that, at 60,000 sentences, makes the heap grow by tens of megabytes).
  const uniq: string[] = [];
  const counts: number[] = [];
  const weights: number[] = [];
  const vectors = items.map((terms) => {
    uniq.length = 0;
    counts.length = 0;
    if (terms.length <= SMALL_ITEM) {
      for (const t of terms) {
        const k = uniq.indexOf(t);
        if (k < 0) {
          uniq.push(t);
          counts.push(1);
        } else counts[k]!++;
      }
    } else {
      const at = new Map<string, number>();
      for (const t of terms) {
        const k = at.get(t);
        if (k === undefined) {
          at.set(t, uniq.length);
          uniq.push(t);
          counts.push(1);
        } else counts[k]!++;
      }
    }
    weights.length = 0;
    let norm = 0;
    for (let k = 0; k < uniq.length; k++) {
      const w = (1 + Math.log(counts[k]!)) * (idf.get(uniq[k]!) ?? 0);
      weights.push(w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    const v = new Map<string, number>();
    for (let k = 0; k < uniq.length; k++) v.set(uniq[k]!, weights[k]! / norm);
    return v;
  });
  return { vectors, idf };
}

/** Items with at most this many terms are counted by a linear scan rather than a Map. */
const SMALL_ITEM = 48;

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const o = large.get(t);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}

/**
 * Pairs of items from different groups (documents) with cosine ≥ minSim. `group[i]` is item i's
 * document; items of one group are never paired.
 *
 * The dot products are accumulated through an inverted index (term → items holding it), so only
 * pairs that share a term are ever touched. Terms held by more than `maxPosting` items are left out
 * of the index: they are the common words with the lowest weights, and indexing them would make the
 * work grow with the square of the corpus. A pair whose indexed part of the dot product reaches
 * PARTIAL_SHARE of minSim gets its exact cosine computed; the rest cannot reach minSim unless
 * common words carry most of their similarity, which is exactly what "the same claim" excludes.
 */
export const PARTIAL_SHARE = 0.6;
/**
 * Terms held by more items than this are not indexed. A constant (not a share of the corpus) keeps
 * the cost linear; a claim is still found through its rarer words.
 */
export const MAX_POSTING = 256;

export function alignPairs(
  tv: TermVectors,
  group: readonly number[],
  minSim: number,
  maxPosting = MAX_POSTING,
): AlignedPair[] {
  return [...alignPairList(tv, group, minSim, maxPosting)];
}

/**
 * Aligned pairs in compact form: three parallel typed arrays (16 bytes a pair, against about 70 for
 * an array of { a, b, sim } objects), in the order alignPairs gives them. At 5,000 documents the
 * fact alignment finds about 2.9 million pairs, so the form decides the compile's peak memory.
 * Iterating yields a fresh { a, b, sim } per pair, so code written for arrays of pairs reads it
 * unchanged.
 */
export class PairList implements Iterable<AlignedPair> {
  constructor(
    readonly a: Int32Array,
    readonly b: Int32Array,
    readonly sim: Float64Array,
  ) {}

  get length(): number {
    return this.a.length;
  }

  [Symbol.iterator](): Iterator<AlignedPair> {
    const { a, b, sim } = this;
    let k = 0;
    return {
      next: (): IteratorResult<AlignedPair> => {
        if (k >= a.length) return { value: undefined, done: true };
        const value = { a: a[k]!, b: b[k]!, sim: sim[k]! };
        k++;
        return { value, done: false };
      },
    };
  }
}

/**
 * Calls `fn` with each pair in order until it returns false. A PairList is read straight from its
 * arrays: iterating it makes an object per pair, and over millions of pairs V8 comes to allocate
 * those in the old generation, where they pile up as hundreds of megabytes of garbage.
 */
export function eachPair(pairs: Iterable<AlignedPair>, fn: (a: number, b: number, sim: number) => boolean | void): void {
  if (pairs instanceof PairList) {
    const { a, b, sim } = pairs;
    for (let k = 0; k < a.length; k++) if (fn(a[k]!, b[k]!, sim[k]!) === false) return;
    return;
  }
  for (const p of pairs) if (fn(p.a, p.b, p.sim) === false) return;
}

/**
 * alignPairs in compact form (see PairList). The inverted index is flat (typed arrays of items and
 * weights per term) and the pairs are collected into typed arrays, so the work leaves almost no
 * garbage behind: at 60,000 sentences a Map of per-term arrays was the compile's largest transient.
 */
export function alignPairList(
  tv: TermVectors,
  group: readonly number[],
  minSim: number,
  maxPosting = MAX_POSTING,
): PairList {
  const n = tv.vectors.length;
  // Every item's (term, weight) entries in the vector's own order, terms numbered.
  const termIds = new Map<string, number>();
  let total = 0;
  for (const v of tv.vectors) total += v.size;
  const itemStart = new Int32Array(n + 1);
  const entryTerm = new Int32Array(total);
  const entryWeight = new Float64Array(total);
  let e = 0;
  for (let i = 0; i < n; i++) {
    itemStart[i] = e;
    for (const [t, w] of tv.vectors[i]!) {
      let id = termIds.get(t);
      if (id === undefined) termIds.set(t, (id = termIds.size));
      entryTerm[e] = id;
      entryWeight[e] = w;
      e++;
    }
  }
  itemStart[n] = e;
  const terms = termIds.size;
  termIds.clear();
  // Postings: the items holding each term, ascending, with their weights.
  const postStart = new Int32Array(terms + 1);
  for (let k = 0; k < total; k++) postStart[entryTerm[k]! + 1]!++;
  for (let t = 0; t < terms; t++) postStart[t + 1]! += postStart[t]!;
  const fill = postStart.slice(0, terms);
  const postItem = new Int32Array(total);
  const postWeight = new Float64Array(total);
  for (let i = 0; i < n; i++) {
    for (let k = itemStart[i]!; k < itemStart[i + 1]!; k++) {
      const at = fill[entryTerm[k]!]!++;
      postItem[at] = i;
      postWeight[at] = entryWeight[k]!;
    }
  }
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  const found = new PairBuffer();
  for (let i = 0; i < n; i++) {
    let touchedCount = 0;
    for (let k = itemStart[i]!; k < itemStart[i + 1]!; k++) {
      const t = entryTerm[k]!;
      const w = entryWeight[k]!;
      const end = postStart[t + 1]!;
      if (end - postStart[t]! > maxPosting) continue;
      // Items are in ascending order: start after i.
      let lo = postStart[t]!;
      let hi = end;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (postItem[mid]! <= i) lo = mid + 1;
        else hi = mid;
      }
      for (let q = lo; q < end; q++) {
        const j = postItem[q]!;
        if (group[j] === group[i]) continue;
        if (acc[j] === 0) touched[touchedCount++] = j;
        acc[j] = acc[j]! + w * postWeight[q]!;
      }
    }
    // Partners in ascending order, so pairs are collected in (a, b) order (see PairBuffer.sorted).
    const partners = touched.subarray(0, touchedCount).sort();
    const v = tv.vectors[i]!;
    for (const j of partners) {
      if (acc[j]! >= minSim * PARTIAL_SHARE) {
        const sim = cosine(v, tv.vectors[j]!);
        if (sim >= minSim) found.push(i, j, sim);
      }
      acc[j] = 0;
    }
  }
  return found.sorted();
}

/** Pairs collected into growing typed arrays in (a, b) order, then sorted by similarity. */
class PairBuffer {
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private sim = new Float64Array(1024);
  private length = 0;

  push(a: number, b: number, sim: number): void {
    if (this.length === this.a.length) {
      const size = this.length * 2;
      const a2 = new Int32Array(size);
      a2.set(this.a);
      this.a = a2;
      const b2 = new Int32Array(size);
      b2.set(this.b);
      this.b = b2;
      const s2 = new Float64Array(size);
      s2.set(this.sim);
      this.sim = s2;
    }
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.sim[this.length] = sim;
    this.length++;
  }

  /**
   * The pairs by similarity (highest first), then a, then b: a stable sort by similarity alone,
   * since they were collected in (a, b) order. (a, b) is unique, so the order is total and the same
   * as any sort with that comparison gives.
   */
  sorted(): PairList {
    const length = this.length;
    const order = sortDescending(this.sim, length);
    const a = new Int32Array(length);
    for (let k = 0; k < length; k++) a[k] = this.a[order[k]!]!;
    this.a = new Int32Array(0);
    const b = new Int32Array(length);
    for (let k = 0; k < length; k++) b[k] = this.b[order[k]!]!;
    this.b = new Int32Array(0);
    const sim = new Float64Array(length);
    for (let k = 0; k < length; k++) sim[k] = this.sim[order[k]!]!;
    this.sim = new Float64Array(0);
    this.length = 0;
    return new PairList(a, b, sim);
  }
}

/** Whether the platform stores a double's low 32 bits first (every engine this runs on does). */
const LOW_WORD_FIRST = new Uint32Array(new Float64Array([1]).buffer)[1] === 0x3ff00000;

/**
 * Indexes of values[0..length) ordered by value, highest first; equal values keep their order.
 * Least-significant-digit radix sort on the bit patterns, 16 bits a pass: for non-negative doubles
 * the pattern read as an unsigned integer orders like the value. No comparator calls and no garbage
 * (a comparator sort of 3 million indexes built a 46 MB work array).
 */
export function sortDescending(values: Float64Array, length: number): Uint32Array {
  const words = new Uint32Array(values.buffer, values.byteOffset, length * 2);
  const lowAt = LOW_WORD_FIRST ? 0 : 1;
  let order = new Uint32Array(length);
  for (let k = 0; k < length; k++) {
    if (!(values[k]! >= 0)) throw new RangeError('sortDescending takes non-negative numbers only');
    order[k] = k;
  }
  let next = new Uint32Array(length);
  const count = new Uint32Array(65537);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? lowAt : 1 - lowAt;
    const shift = pass % 2 === 0 ? 0 : 16;
    count.fill(0);
    // Digits inverted (0xffff - d) so that larger values come first.
    for (let k = 0; k < length; k++) count[0xffff - ((words[2 * k + word]! >>> shift) & 0xffff) + 1]!++;
    if (count[0xffff - ((words[word]! >>> shift) & 0xffff) + 1] === length) continue;
    for (let d = 0; d < 65536; d++) count[d + 1]! += count[d]!;
    for (let k = 0; k < length; k++) {
      const from = order[k]!;
      next[count[0xffff - ((words[2 * from + word]! >>> shift) & 0xffff)]!++] = from;
    }
    [order, next] = [next, order];
  }
  return order;
}
