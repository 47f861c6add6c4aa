/**
 * Word n-grams as 32-bit numbers, built from per-token hashes instead of joined strings: the
 * matcher compares thousands of n-grams per article, and allocating a string for each was the
 * largest single cost. Both the KB side (indexes) and the article side use these functions, so the
 * numbers agree; a rare collision can only add a spurious shared n-gram, never lose a real one.
 */
import { hash32 } from '../text';

const tokenHashCache = new Map<string, number>();

export function tokenHash(token: string): number {
  let h = tokenHashCache.get(token);
  if (h === undefined) {
    h = hash32(token);
    if (tokenHashCache.size < 200_000) tokenHashCache.set(token, h);
  }
  return h;
}

/** Hashes of every run of k consecutive tokens (or of the whole list when it is shorter). */
export function shingleHashes(tokens: readonly string[], k: number): number[] {
  return shinglesOfHashes(tokens.map(tokenHash), k);
}

/** As shingleHashes, from token hashes already computed (tokenHash of each token). */
export function shinglesOfHashes(hs: readonly number[], k: number): number[] {
  if (hs.length === 0) return [];
  const n = Math.max(1, hs.length - k + 1);
  const width = Math.min(k, hs.length);
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x9e3779b9 ^ width;
    for (let j = 0; j < width; j++) {
      h = Math.imul(h ^ hs[i + j]!, 0x85ebca6b);
      h ^= h >>> 13;
    }
    out[i] = h >>> 0;
  }
  return out;
}
