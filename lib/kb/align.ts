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
 * document; items of one group are never paired. Terms held by more than `maxPosting` items are not
 * used to find candidates (they still count in the score).
 */
export function alignPairs(
  tv: TermVectors,
  group: readonly number[],
  minSim: number,
  maxPosting = Math.max(64, Math.ceil(Math.sqrt(tv.vectors.length) * 4)),
): AlignedPair[] {
  const postings = new Map<string, number[]>();
  tv.vectors.forEach((v, i) => {
    for (const t of v.keys()) {
      let p = postings.get(t);
      if (!p) postings.set(t, (p = []));
      p.push(i);
    }
  });
  const out: AlignedPair[] = [];
  const seen = new Int32Array(tv.vectors.length).fill(-1);
  tv.vectors.forEach((v, i) => {
    const candidates: number[] = [];
    for (const t of v.keys()) {
      const p = postings.get(t)!;
      if (p.length > maxPosting) continue;
      for (const j of p) {
        if (j <= i || group[j] === group[i] || seen[j] === i) continue;
        seen[j] = i;
        candidates.push(j);
      }
    }
    for (const j of candidates) {
      const sim = cosine(v, tv.vectors[j]!);
      if (sim >= minSim) out.push({ a: i, b: j, sim });
    }
  });
  return out.sort((x, y) => y.sim - x.sim || x.a - y.a || x.b - y.b);
}
