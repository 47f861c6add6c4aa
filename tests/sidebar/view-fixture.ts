/**
 * A small, hand-made story view for rendering tests. It is deliberately not the seeds: component
 * tests check what the sidebar does with whatever the KB holds.
 */
import type { Fact, KbDocument } from '@/lib/kb/types';
import type { Analysis } from '@/lib/match/types';
import type { ShownReply } from '@/components/sidebar/types';

const quality = { garbledNames: [], dateInconsistent: false, dateNote: null };

export const FACTS: Fact[] = [
  {
    id: 'f-harbour', story: 's1', kind: 'event', text: 'The council approved the harbour plan.',
    sources: [
      { doc: 'd1', paragraph: 0, sentence: 'The council approved the harbour plan on Monday.' },
      { doc: 'd2', paragraph: 1, sentence: 'Councillors backed the harbour plan.' },
    ],
    documentCount: 2, lineCount: 2, numbers: [], entities: ['e-mayor'], terms: [], date: '2021-03-01',
  },
  {
    id: 'f-cost', story: 's1', kind: 'number', text: 'The plan costs 40 million.',
    sources: [{ doc: 'd1', paragraph: 1, sentence: 'It will cost 40 million.' }],
    documentCount: 1, lineCount: 1, numbers: [{ text: '40 million', value: 40e6 }], entities: [], terms: [], date: null,
  },
  {
    id: 'f-vote', story: 's1', kind: 'event', text: 'The vote was 9 to 4.',
    sources: [{ doc: 'd2', paragraph: 0, sentence: 'The vote was 9 to 4.' }],
    documentCount: 1, lineCount: 1, numbers: [], entities: [], terms: [], date: null,
  },
];

export const DOCS: KbDocument[] = [
  { id: 'd1', file: 'a.txt', title: 'Harbour plan approved', titleSource: 'headline', date: '2021-03-01', dateSource: 'prefix', outlet: 'Coast Times', paragraphs: ['The council approved the harbour plan on Monday. Work starts soon.', 'It will cost 40 million.'], quality },
  { id: 'd2', file: 'b.txt', title: 'Harbor plan passes', titleSource: 'headline', date: null, dateSource: 'none', outlet: null, paragraphs: ['The vote was 9 to 4.', 'Councillors backed the harbour plan.'], quality: { garbledNames: [{ surface: 'Majer', entity: 'e-mayor', canonical: 'Mayor Lund' }], dateInconsistent: true, dateNote: 'Dated a year after the events it reports' } },
];

export function analysis(partial: Partial<Analysis> = {}): Analysis {
  return {
    verdict: 'match', story: 's1', storyTitle: 'Harbour plan approved', score: 0.9,
    reasons: ['Shares 5 distinctive terms with the story', 'Names the same people'],
    alignments: [
      { paragraph: 0, sentence: 'The council approved the harbour plan.', kind: 'same', fact: 'f-harbour', quote: null, detail: '', documentCount: 2, lineCount: 2 },
      { paragraph: 1, sentence: 'It will cost 50 million.', kind: 'differs-number', fact: 'f-cost', quote: null, detail: 'Other sources give 40 million', documentCount: 1, lineCount: 1 },
    ],
    missingFacts: ['f-vote'],
    garbled: [],
    sharedPhrasing: [{ doc: 'd1', share: 0.62 }],
    ...partial,
  };
}

export function reply(partial: Partial<Analysis> = {}): ShownReply {
  const a = analysis(partial);
  return {
    analysis: a,
    dismissed: false,
    storageError: null,
    view: {
      story: { id: 's1', title: 'Harbour plan approved', dateStart: '2021-03-01', dateEnd: '2021-03-01', documents: ['d1', 'd2'], paragraphs: [], entities: ['e-mayor'], terms: [] },
      facts: FACTS,
      quotes: [],
      discrepancies: [{ id: 'x1', story: 's1', kind: 'name', subject: 'Name of the mayor', variants: [{ value: 'Mayor Lund', documents: ['d1'] }, { value: 'Majer Lund', documents: ['d2'] }], fact: null, entity: 'e-mayor' }],
      timeline: [
        { id: 't0', date: '2021-02-01', label: 'Plan published', story: 's0', documents: ['d1'], dateBasis: 'stated', relative: null },
        { id: 't1', date: '2021-03-01', label: 'Council vote', story: 's1', documents: ['d1', 'd2'], dateBasis: 'relative', relative: 'on Monday' },
      ],
      coverage: DOCS.map((d) => ({ doc: d.id, title: d.title, date: d.date, outlet: d.outlet, quality: d.quality, sharedWithPage: d.id === 'd1' ? 0.62 : 0, line: null })),
      entities: [{ id: 'e-mayor', name: 'Mayor Lund', kind: 'person', role: 'Mayor of the town', country: null, variants: [{ form: 'Mayor Lund', documents: ['d1'], garbled: false }, { form: 'Majer Lund', documents: ['d2'], garbled: true }], documents: ['d1', 'd2'] }],
      lines: [],
      storyTitles: { s0: 'Plan published', s1: 'Harbour plan approved' },
    },
  };
}
