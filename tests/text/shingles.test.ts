import { describe, expect, it } from 'vitest';
import { containment, hash32, jaccard, shingleSet, shingles } from '../../lib/text/shingles';

describe('shingles', () => {
  it('makes overlapping k-word windows', () => {
    expect(shingles(['a', 'b', 'c', 'd'], 3)).toEqual(['a b c', 'b c d']);
    expect(shingles(['a', 'b'], 3)).toEqual(['a b']);
    expect(shingles([], 3)).toEqual([]);
  });
  it('measures overlap as Jaccard and as containment of the smaller set', () => {
    const a = shingleSet('the us delivered its response today'.split(' '), 2);
    const b = shingleSet('the us delivered its response'.split(' '), 2);
    expect(containment(a, b)).toBe(1);
    expect(jaccard(a, b)).toBeCloseTo(4 / 5);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
  it('hashes deterministically', () => {
    expect(hash32('blinken')).toBe(hash32('blinken'));
    expect(hash32('blinken')).not.toBe(hash32('blingen'));
  });
});
