/**
 * The paraphrase join's clause index (lib/kb/facts.ts) may skip clauses only when they cannot reach
 * the threshold: checked against scoring every clause, on random vectors with common words (terms in
 * more clauses than the index walks) and rare ones.
 */
import { describe, expect, it } from 'vitest';
import { cosine } from '../../lib/kb/align';
import { ClauseIndex } from '../../lib/kb/facts';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A unit vector over a few terms: mostly common words (t0…t9), some rare ones (r0…r1999). */
function vector(rnd: () => number): Map<string, number> {
  const v = new Map<string, number>();
  const n = 2 + Math.floor(rnd() * 8);
  for (let i = 0; i < n; i++) {
    const term = rnd() < 0.5 ? `t${Math.floor(rnd() * 10)}` : `r${Math.floor(rnd() * 2000)}`;
    v.set(term, (v.get(term) ?? 0) + (term.startsWith('t') ? 0.2 : 1) * (0.5 + rnd()));
  }
  let norm = 0;
  for (const w of v.values()) norm += w * w;
  for (const [t, w] of v) v.set(t, w / Math.sqrt(norm));
  return v;
}

describe('ClauseIndex.candidates', () => {
  it('keeps every clause whose score reaches the threshold, and scores as cosine does', () => {
    const rnd = rng(11);
    const clauses = Array.from({ length: 3000 }, () => vector(rnd));
    const index = new ClauseIndex();
    clauses.forEach((v, k) => index.add(k, v));
    index.seal();
    let reached = 0;
    let skipped = 0;
    for (let c = 0; c < 200; c++) {
      // A centroid: the sum of a few clauses, as a claim's tellings make one.
      const centroid = new Map<string, number>();
      for (let m = 0; m < 2 + (c % 5); m++) for (const [t, w] of clauses[Math.floor(rnd() * clauses.length)]!) centroid.set(t, (centroid.get(t) ?? 0) + w);
      const norm = Math.sqrt([...centroid.values()].reduce((x, w) => x + w * w, 0));
      const minSim = 0.3 + 0.3 * rnd();
      const kept = new Set(index.candidates(centroid, minSim * norm));
      for (let q = 0; q < clauses.length; q++) {
        const sim = cosine(clauses[q]!, centroid) / norm;
        if (sim >= minSim) {
          reached++;
          expect(kept.has(q), `clause ${q} reaches ${sim.toFixed(3)} ≥ ${minSim.toFixed(3)}`).toBe(true);
          expect(index.cosine(q, centroid)).toBe(cosine(clauses[q]!, centroid));
        } else if (!kept.has(q)) skipped++;
      }
      const list = [...index.candidates(centroid, minSim * norm)];
      expect(list).toEqual([...list].sort((a, b) => a - b));
    }
    // The check means something only if clauses do reach the threshold and others are skipped.
    expect(reached).toBeGreaterThan(100);
    expect(skipped).toBeGreaterThan(100_000);
  });
});
