import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/text';
import { MAX_VOCABULARY, buildVocabulary } from '../../lib/kb/vocabulary';
import { seedKb } from './helpers';

const vocab = buildVocabulary(seedKb());
const hits = (text: string) => new Set(tokenize(text).filter((t) => vocab.terms.includes(t))).size;

describe('prefilter vocabulary', () => {
  it('is small, sorted, lower-case tokens as lib/text tokenizes them', () => {
    expect(vocab.terms.length).toBeLessThanOrEqual(MAX_VOCABULARY);
    expect(vocab.terms).toEqual([...vocab.terms].sort());
    for (const t of vocab.terms) expect(tokenize(t)).toEqual([t]);
  });
  it('holds the names and their garbled variants', () => {
    for (const t of ['blinken', 'blingen', 'grushko', 'khrushchev', 'lavrov', 'sergey', 'sullivan', 'netflix', 'nebenzia']) {
      expect(vocab.terms).toContain(t);
    }
  });
  it('lets an article about the stories through and stops an unrelated one', () => {
    expect(hits('Secretary of State Antony Blinken said Ambassador John Sullivan delivered the written response to Moscow.')).toBeGreaterThanOrEqual(vocab.minHits);
    expect(hits('The recipe needs two cups of flour, an egg and a pinch of salt; bake for twenty minutes.')).toBeLessThan(vocab.minHits);
  });
});
