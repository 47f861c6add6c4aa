import { describe, expect, it } from 'vitest';
import { editSimilarity, jaroWinkler, levenshtein } from '../../lib/text/similarity';

describe('name similarity', () => {
  it('counts edits', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
  });
  it('scores a one-letter garble of a surname as very close', () => {
    expect(jaroWinkler('Blingen', 'Blinken')).toBeGreaterThan(0.9);
    expect(editSimilarity('Sergei', 'Sergey')).toBeCloseTo(5 / 6);
  });
  it('scores different surnames as far apart', () => {
    expect(jaroWinkler('Khrushchev', 'Grushko')).toBeLessThan(0.7);
    expect(jaroWinkler('Netflix', 'Price')).toBeLessThan(0.5);
  });
  it('is case-insensitive and symmetric', () => {
    expect(jaroWinkler('LAVROV', 'lavrov')).toBe(1);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(jaroWinkler('marhta', 'martha'));
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
  });
});
