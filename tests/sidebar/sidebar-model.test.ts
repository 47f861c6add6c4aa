import { describe, expect, it } from 'vitest';
import { buildSidebarModel, corroborationChip, qualityNote, rewriteNoteFor, withoutRepeats } from '@/lib/view/sidebar-model';
import { analysis, reply } from './view-fixture';

describe("the sidebar's reading of a page", () => {
  const view = reply().view;

  it('knows which facts the page states and where it differs from the coverage', () => {
    const model = buildSidebarModel(analysis(), view);
    expect([...model.onPage.keys()]).toEqual(['f-harbour', 'f-cost']);
    expect(model.pageDifferences).toEqual([{ sentences: ['It will cost 50 million.'], detail: 'Other sources give 40 million', kind: 'differs-number' }]);
    expect(model.missing.map((f) => f.id)).toEqual(['f-vote']);
    expect(model.docTitle('d2')).toBe('Harbor plan passes');
    expect(model.docTitle('unknown')).toBe('one report');
  });

  it('groups sentences that differ the same way (a recurring garbled name) into one difference', () => {
    const differs = (sentence: string, detail: string) => ({ paragraph: 0, sentence, kind: 'differs-name' as const, fact: null, quote: null, detail, documentCount: 1, lineCount: 1 });
    const model = buildSidebarModel(analysis({ alignments: [differs('A.', 'Other sources write “Majer” as Mayor Lund'), differs('B.', 'Other sources write “Majer” as Mayor Lund'), differs('A.', 'Other sources write “Majer” as Mayor Lund'), differs('C.', 'Other sources give 40 million')] }), view);
    expect(model.pageDifferences.map((d) => [d.detail, d.sentences])).toEqual([
      ['Other sources write “Majer” as Mayor Lund', ['A.', 'B.']],
      ['Other sources give 40 million', ['C.']],
    ]);
  });

  it('ignores missing-fact ids and alignments for facts the view does not hold', () => {
    const model = buildSidebarModel(analysis({ missingFacts: ['nope'], alignments: [{ paragraph: 0, sentence: 'x', kind: 'same', fact: 'other', quote: null, detail: '', documentCount: 1, lineCount: 1 }] }), view);
    expect(model.missing).toEqual([]);
    expect(model.onPage.size).toBe(0);
  });

  it('flags a likely machine rewrite from garbled names or heavily shared phrasing, and stays quiet otherwise', () => {
    expect(rewriteNoteFor(analysis({ sharedPhrasing: [{ doc: 'd1', share: 0.2 }] }), view)).toBeNull();
    expect(rewriteNoteFor(analysis(), view)).toBe('This page may be a machine rewrite of other coverage: it shares 62% of its phrasing with “Harbour plan approved”.');
    const both = rewriteNoteFor(analysis({ garbled: [{ surface: 'Majer', entity: 'e', canonical: 'Mayor Lund' }] }), view);
    expect(both).toContain('spells names unlike the other sources (“Majer” for Mayor Lund) and shares 62%');
  });

  it('words counts as chips and quality notes for the reader', () => {
    expect(corroborationChip(1, 1)).toBe('1 source · 1 independent line');
    expect(corroborationChip(4, 2)).toBe('4 sources · 2 independent lines');
    expect(qualityNote(view.coverage[0]!)).toBeNull();
    expect(qualityNote(view.coverage[1]!)).toBe('Garbled names: “Majer” for Mayor Lund. Dated a year after the events it reports');
  });

  it('never lists a fact the page states as left out, and shows no internal ids', () => {
    const a = analysis({ missingFacts: ['f-vote', 'f-harbour'], reasons: [] });
    const v = reply().view;
    const model = buildSidebarModel(a, { ...v, discrepancies: [{ id: 'x1', kind: 'document-date', subject: 'Date of document d2', variants: [], fact: null, entity: null } as never] });
    expect(model.missing.map((f) => f.id)).toEqual(['f-vote']);
    expect(model.confirmed.map((f) => f.id)).toEqual(['f-harbour']);
    expect(model.storyDiscrepancies[0]!.subject).toBe('Date of “Harbor plan passes”');
    expect(model.readable('see d009')).toBe('see one report');
    expect(model.readable('a d9 part')).toBe('a d9 part');
  });

  it('drops timeline entries that only repeat the title or a fact shown above', () => {
    const item = (id: string, label: string) => ({ id, date: '2021-03-01', label, story: 's1', documents: [], dateBasis: 'stated' as const, relative: null });
    const items = [item('t1', 'Harbour plan approved'), item('t2', 'The council approved the harbour plan'), item('t3', 'Work on the quay begins')];
    expect(withoutRepeats(items, ['Harbour plan approved', 'The council approved the harbour plan.']).map((i) => i.id)).toEqual(['t3']);
  });
});
