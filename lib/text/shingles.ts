/**
 * Word shingles and set overlap. Shingles are joined with a space; callers decide whether to feed
 * raw tokens, stems or content terms.
 */
export function shingles(tokens: readonly string[], k: number): string[] {
  if (k <= 0) throw new RangeError('shingle size must be positive');
  if (tokens.length < k) return tokens.length ? [tokens.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + k <= tokens.length; i++) out.push(tokens.slice(i, i + k).join(' '));
  return out;
}

export function shingleSet(tokens: readonly string[], k: number): Set<string> {
  return new Set(shingles(tokens, k));
}

function intersectionSize<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** |A ∩ B| / |A ∪ B|; 0 for two empty sets. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const inter = intersectionSize(a, b);
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** |A ∩ B| / min(|A|, |B|): how much of the smaller set the larger one contains. */
export function containment<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const m = Math.min(a.size, b.size);
  return m === 0 ? 0 : intersectionSize(a, b) / m;
}

/** 32-bit FNV-1a hash: cheap, deterministic, good enough for shingle fingerprints. */
export function hash32(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
