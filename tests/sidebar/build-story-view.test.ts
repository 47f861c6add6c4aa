import { describe, expect, it } from 'vitest';
import type { Kb } from '@/lib/kb/types';
import { buildStoryView } from '@/lib/view/build-story-view';
import { analysis } from './view-fixture';

/** A small hand-made KB: two stories, three documents, one of them cited by a fact only. */
function kb(): Kb {
  const quality = { garbledNames: [], dateInconsistent: false, dateNote: null };
  const doc = (id: string, date: string | null) => ({ id, file: `${id}.txt`, title: `Title ${id}`, titleSource: 'headline' as const, date, dateSource: 'prefix' as const, outlet: null, paragraphs: ['p'], quality });
  const fact = (id: string, story: string, documentCount: number, lineCount: number, docs: string[]) => ({
    id, story, kind: 'event' as const, text: id, sources: docs.map((d) => ({ doc: d, paragraph: 0, sentence: 's' })), documentCount, lineCount, numbers: [], entities: [], terms: [], date: null,
  });
  return {
    schemaVersion: 1,
    documents: [doc('d1', '2021-03-01'), doc('d2', '2021-03-02'), doc('d3', null)],
    relations: [],
    lines: [{ id: 'L1', documents: ['d1', 'd2'] }, { id: 'L2', documents: ['d3'] }],
    stories: [
      { id: 's1', title: 'Story one', dateStart: null, dateEnd: null, documents: ['d1', 'd2'], paragraphs: [], entities: ['e1'], terms: [] },
      { id: 's2', title: 'Story two', dateStart: null, dateEnd: null, documents: ['d3'], paragraphs: [], entities: [], terms: [] },
    ],
    entities: [
      { id: 'e1', name: 'E One', kind: 'person', role: null, country: null, variants: [], documents: ['d1'] },
      { id: 'e2', name: 'E Two', kind: 'organisation', role: null, country: null, variants: [], documents: ['d3'] },
    ],
    facts: [fact('f-weak', 's1', 1, 1, ['d1']), fact('f-strong', 's1', 3, 2, ['d1', 'd2', 'd3']), fact('f-copies', 's1', 3, 1, ['d1', 'd2']), fact('f-other', 's2', 5, 2, ['d3'])],
    quotes: [],
    discrepancies: [
      { id: 'x1', story: 's1', kind: 'name', subject: 'a name', variants: [], fact: null, entity: null },
      { id: 'x2', story: null, kind: 'document-date', subject: 'date of d2', variants: [{ value: '2022', documents: ['d2'] }], fact: null, entity: null },
      { id: 'x3', story: 's2', kind: 'number', subject: 'n', variants: [], fact: null, entity: null },
    ],
    timeline: [
      { id: 't2', date: '2021-03-02', label: 'b', story: 's2', documents: [], dateBasis: 'stated', relative: null },
      { id: 't1', date: '2021-03-01', label: 'a', story: 's1', documents: [], dateBasis: 'stated', relative: null },
    ],
  };
}

describe('building the story view the sidebar shows', () => {
  it('is null when the page is about nothing covered', () => {
    expect(buildStoryView(kb(), analysis({ verdict: 'none', story: null }))).toBeNull();
  });

  it('refuses an analysis that names a story the KB does not have', () => {
    expect(() => buildStoryView(kb(), analysis({ story: 'ghost' }))).toThrow(/"ghost"/);
  });

  it("holds only this story's facts, independent lines before copies", () => {
    const view = buildStoryView(kb(), analysis({ story: 's1', sharedPhrasing: [] }))!;
    expect(view.story.id).toBe('s1');
    expect(view.facts.map((f) => f.id)).toEqual(['f-strong', 'f-copies', 'f-weak']);
  });

  it("covers the story's documents plus any its facts cite, closest to the page first", () => {
    const view = buildStoryView(kb(), analysis({ story: 's1', sharedPhrasing: [{ doc: 'd2', share: 0.4 }, { doc: 'd1', share: 1.7 }] }))!;
    expect(view.coverage.map((c) => [c.doc, c.sharedWithPage, c.line])).toEqual([
      ['d1', 1, 'L1'],
      ['d2', 0.4, 'L1'],
      ['d3', 0, 'L2'],
    ]);
    expect(view.lines.map((l) => l.id)).toEqual(['L1', 'L2']);
  });

  it("includes the story's discrepancies and date problems of its documents, not other stories'", () => {
    const view = buildStoryView(kb(), analysis({ story: 's1' }))!;
    expect(view.discrepancies.map((d) => d.id)).toEqual(['x1', 'x2']);
  });

  it('gives the whole timeline in date order and every story title', () => {
    const view = buildStoryView(kb(), analysis({ story: 's2' }))!;
    expect(view.timeline.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(view.storyTitles).toEqual({ s1: 'Story one', s2: 'Story two' });
    expect(view.entities.map((e) => e.id)).toEqual([]);
    expect(buildStoryView(kb(), analysis({ story: 's1' }))!.entities.map((e) => e.id)).toEqual(['e1']);
  });

  it('is deterministic', () => {
    const a = analysis({ story: 's1' });
    expect(JSON.stringify(buildStoryView(kb(), a))).toBe(JSON.stringify(buildStoryView(kb(), a)));
  });
});
