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
  for (const terms of items) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = items.length;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log(1 + n / d));
  const vectors = items.map((terms) => {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of tf) {
      const w = (1 + Math.log(c)) * (idf.get(t) ?? 0);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    return v;
  });
  return { vectors, idf };
}

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
  const n = tv.vectors.length;
  const postings = new Map<string, { items: number[]; weights: number[] }>();
  tv.vectors.forEach((v, i) => {
    for (const [t, w] of v) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = { items: [], weights: [] }));
      p.items.push(i);
      p.weights.push(w);
    }
  });
  const acc = new Float64Array(n);
  const touched: number[] = [];
  const out: AlignedPair[] = [];
  for (let i = 0; i < n; i++) {
    const v = tv.vectors[i]!;
    for (const [t, w] of v) {
      const p = postings.get(t)!;
      if (p.items.length > maxPosting) continue;
      // Items are in ascending order: start after i.
      let lo = 0;
      let hi = p.items.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (p.items[mid]! <= i) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < p.items.length; k++) {
        const j = p.items[k]!;
        if (group[j] === group[i]) continue;
        if (acc[j] === 0) touched.push(j);
        acc[j] = acc[j]! + w * p.weights[k]!;
      }
    }
    for (const j of touched) {
      if (acc[j]! >= minSim * PARTIAL_SHARE) {
        const sim = cosine(v, tv.vectors[j]!);
        if (sim >= minSim) out.push({ a: i, b: j, sim });
      }
      acc[j] = 0;
    }
    touched.length = 0;
  }
  return out.sort((x, y) => y.sim - x.sim || x.a - y.a || x.b - y.b);
}
