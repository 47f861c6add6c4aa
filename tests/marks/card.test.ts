import { describe, expect, it } from 'vitest';
import { markClaim } from '@/lib/marks/card';
import type { Fact } from '@/lib/kb/types';
import type { CoverageItem } from '@/lib/view/story-view';

const clean = { garbledNames: [], dateInconsistent: false, dateNote: null };
const item = (doc: string, outlet: string | null, quality: Partial<CoverageItem['quality']> = {}): CoverageItem => ({
  doc,
  title: `Title ${doc}`,
  date: null,
  outlet,
  quality: { ...clean, ...quality },
  sharedWithPage: 0,
  line: null,
});
const fact: Fact = {
  id: 'f1',
  story: 's1',
  kind: 'event',
  text: 'The envoy delivered the reply in Moscow.',
  sources: ['d0', 'd1', 'd2', 'd3', 'd4'].map((doc) => ({ doc, paragraph: 0, sentence: 'x' })),
  documentCount: 5,
  lineCount: 3,
  numbers: [],
  entities: [],
  terms: [],
  date: null,
};

describe('a mark card names its claim and sources', () => {
  it('gives the fact’s wording and its sources, clean ones first, at most three named', () => {
    const coverage = [item('d0', 'Rewrite Daily', { dateInconsistent: true }), item('d1', 'Wire A'), item('d2', null), item('d3', 'Copy Post', { garbledNames: [{ surface: 'Blingen', entity: 'e', canonical: 'Blinken' }] }), item('d4', 'Wire B')];
    expect(markClaim({ facts: ['f1'] }, [fact], coverage)).toEqual({
      claim: 'The envoy delivered the reply in Moscow.',
      sources: ['Wire A', '“Title d2”', 'Wire B', 'and 2 more'],
    });
  });

  it('says nothing it does not know: no fact, no claim', () => {
    expect(markClaim({ facts: [] }, [fact], [])).toEqual({ claim: null, sources: [] });
    expect(markClaim({ facts: ['missing'] }, [fact], [])).toEqual({ claim: null, sources: [] });
  });
});
