import { describe, expect, it } from 'vitest';
import { compileKb } from '../../lib/kb/compile';
import type { Kb } from '../../lib/kb/types';
import { extraSeedsDir, readSeeds, seedKb, seedsDir } from './helpers';

/**
 * Adding documents to the seeds folder is all it takes to extend coverage. The extra seeds in
 * tests/kb/extra-seeds/ were written for this test: a report of the 1 February Blinken–Lavrov call,
 * another rewrite of the 26 January story (with its own garbled spelling, "Blinkin"), and an
 * unrelated article about city cycle lanes.
 */
const base = seedKb();
const kb = compileKb([...readSeeds(seedsDir), ...readSeeds(extraSeedsDir)]);
const docId = (k: Kb, file: string) => k.documents.find((d) => d.file === file)!.id;
const storyOfDoc = (k: Kb, doc: string) => k.stories.filter((s) => s.documents.includes(doc));
const storyWith = (k: Kb, doc: string, needle: string) => {
  const p = k.documents.find((d) => d.id === doc)!.paragraphs.findIndex((x) => x.includes(needle));
  return k.stories.find((s) => s.paragraphs.some((r) => r.doc === doc && r.paragraph === p))!;
};
const sullivan = (k: Kb) =>
  k.facts.find((f) => /Sullivan/.test(f.text) && /deliver|respond/i.test(f.text) && f.documentCount >= 3)!;

describe('extending the coverage by adding documents', () => {
  it('the rewrite of the 26 January story joins that story and its line of reporting', () => {
    const id = docId(kb, '101_response_rewrite.txt');
    expect(storyOfDoc(kb, id).map((s) => s.id)).toEqual([storyWith(kb, 'd002', 'delivered in person').id]);
    expect(kb.lines.find((l) => l.documents.includes(id))!.documents).toEqual(['d001', 'd002', 'd004', id]);
  });
  it('the rewrite corroborates facts: more documents, but no extra independent line', () => {
    const before = sullivan(base);
    const after = sullivan(kb);
    expect(after.documentCount).toBe(before.documentCount + 1);
    expect(after.lineCount).toBe(before.lineCount);
    expect(after.sources.some((s) => s.doc === docId(kb, '101_response_rewrite.txt'))).toBe(true);
  });
  it("the rewrite's own garbled spelling is found without being listed anywhere", () => {
    const d = kb.documents.find((x) => x.file === '101_response_rewrite.txt')!;
    expect(d.quality.garbledNames.map((g) => [g.surface, g.canonical])).toContainEqual(['Blinkin', 'Antony Blinken']);
  });
  it("the report of the 1 February call joins the story of Russia's follow-up and the planned call, as an independent line", () => {
    const id = docId(kb, '100_blinken_lavrov_call.txt');
    const followUp = storyWith(kb, 'd003', 'received a written follow-up');
    expect(storyOfDoc(kb, id).map((s) => s.id)).toEqual([followUp.id]);
    expect(kb.lines.find((l) => l.documents.includes(id))!.documents).toEqual([id]);
    // It corroborates the call of Tuesday 1 February from a second, independent line.
    const call = kb.facts.find((f) => f.sources.some((s) => s.doc === id && /by phone/.test(s.sentence)))!;
    expect(call).toMatchObject({ date: '2022-02-01', story: followUp.id, lineCount: 2 });
    expect(call.sources.map((s) => s.doc)).toEqual(['d003', id]);
    expect(kb.timeline.some((t) => t.date === '2022-02-01' && t.documents.includes(id))).toBe(true);
  });
  it('the unrelated article starts a story of its own and shares no facts', () => {
    const id = docId(kb, '102_unrelated.txt');
    const stories = storyOfDoc(kb, id);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.documents).toEqual([id]);
    expect(kb.facts.filter((f) => f.sources.some((s) => s.doc === id)).every((f) => f.documentCount === 1)).toBe(true);
    expect(kb.stories).toHaveLength(base.stories.length + 1);
  });
  it('keeps everything the seeds alone established', () => {
    expect(kb.documents.find((d) => d.id === 'd004')!.quality.dateInconsistent).toBe(true);
    for (const f of base.facts) {
      const same = kb.facts.find((g) => g.text === f.text);
      if (same) expect(same.documentCount).toBeGreaterThanOrEqual(f.documentCount);
    }
  });
});
