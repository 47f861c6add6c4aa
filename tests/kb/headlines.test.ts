import { describe, expect, it } from 'vitest';
import { HEADLINE_SIMILARITY, headlineVector, joinHeadlines } from '../../lib/kb/headlines';
import { foldSynonyms, familyOf } from '../../lib/kb/synonyms';
import { contentTerms } from '../../lib/text';
import { buildTimeline, eventNounOf } from '../../lib/kb/timeline';
import type { Fact } from '../../lib/kb/types';

// Term weights as a corpus of these reports gives them: a country every report names weighs little.
const idf = new Map([
  ['unit', 0.4], ['state', 0.4], ['russia', 0.3], ['provid', 1.5], ['written', 1.2], ['respons', 1.2],
  ['harbour', 2], ['ferri', 2], ['contract', 1.5], ['sign', 1], ['council', 1], ['vote', 1.5],
]);
const centroid = (text: string) => headlineVector(text, idf);

describe('titles as sources of claims', () => {
  const claims = [
    { centroid: centroid('The United States has provided Russia with its written responses'), documents: new Set([1]), storyDocuments: new Set([1, 2, 3]) },
    { centroid: centroid('The harbour council signed the ferry contract'), documents: new Set([1]), storyDocuments: new Set([1, 2]) },
  ];
  it('a reworded headline ("US delivered … answers") joins the claim it states', () => {
    const joined = joinHeadlines([{ doc: 2, text: 'US delivered written answers to Russia' }], claims, idf);
    expect([...joined.entries()]).toEqual([[0, [2]]]);
  });
  it('a headline of another story, or one already a source, joins nothing', () => {
    expect(joinHeadlines([{ doc: 3, text: 'Harbour council signs ferry contract' }], claims, idf).size).toBe(0);
    expect(joinHeadlines([{ doc: 1, text: 'US provided written responses to Russia' }], claims, idf).size).toBe(0);
  });
  it('a headline sharing only a country name stays below the threshold', () => {
    expect(joinHeadlines([{ doc: 3, text: 'Russia holds a vote' }], claims, idf).size).toBe(0);
    expect(joinHeadlines([{ doc: 3, text: 'Russia holds a vote' }], claims, idf, 0.01).size).toBe(1); // it does share the country
  });
});

describe('word families', () => {
  it('a spun synonym compares as the word it replaces; unrelated words are untouched', () => {
    expect(foldSynonyms(contentTerms('arms management talks'))).toEqual(foldSynonyms(contentTerms('arms control talks')));
    expect(familyOf(contentTerms('launched')[0]!)).toBe(familyOf(contentTerms('released')[0]!));
    expect(familyOf('harbour')).toBe('harbour');
    // "State" (as in State Department) is no reporting verb.
    expect(familyOf(contentTerms('state')[0]!)).not.toBe(familyOf(contentTerms('said')[0]!));
  });
});

describe('one event, one timeline item', () => {
  const fact = (id: string, text: string, date: string, docs: string[], story = 's01'): Fact => ({
    id, story, kind: 'event', text, sources: docs.map((doc) => ({ doc, paragraph: 0, sentence: text })),
    documentCount: docs.length, lineCount: docs.length, numbers: [], entities: [], terms: [], date,
  });
  it('two tellings of one meeting on one day are one item with both documents; a warning that day stays', () => {
    const facts = [
      fact('f1', 'The harbour council meeting over the ferry contract ended in a vote', '2030-03-04', ['d001']),
      fact('f2', 'The open meeting at the town hall went ahead despite protests', '2030-03-04', ['d002']),
      fact('f3', 'The mayor warned that the ferry would stop', '2030-03-04', ['d002']),
      fact('f4', 'The open meeting of the harbour board was held', '2030-03-05', ['d003']),
    ];
    const t = buildTimeline(facts, facts.map(() => []), () => undefined);
    expect(t.map((x) => [x.date, x.documents])).toEqual([
      ['2030-03-04', ['d001', 'd002']],
      ['2030-03-04', ['d002']],
      ['2030-03-05', ['d003']],
    ]);
  });
  it('a happening named only inside what someone said is not the label’s event', () => {
    expect(eventNounOf('The mayor said that the meeting would go ahead')).toBeNull();
    expect(eventNounOf("Monday's council meeting over the contract")).toBe('meeting');
  });
});
