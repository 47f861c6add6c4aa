import { describe, expect, it } from 'vitest';
import { compileKb } from '../../lib/kb/compile';
import type { Kb } from '../../lib/kb/types';
import { join } from 'node:path';
import { readSeeds, repoRoot, seedKb, seedsDir } from './helpers';

/**
 * Stories are grouped by event, not by shared wording. The three documents in
 * tests/kb/event-seeds/ were written for this test, each in words of its own that share little
 * phrasing with the seeds: an announcement of the 1 February call (the act is a call, the seeds'
 * follow-up report is about a written reply "ahead of" that call), an undated preview of the
 * 31 January Security Council meeting that dates it only as "Monday, January 31", a second
 * report of NATO's 26 January reply, and a reaction of 27 January whose lead recalls the proposals
 * Moscow made on December 17.
 */
const base = seedKb();
const kb = compileKb([...readSeeds(seedsDir), ...readSeeds(join(repoRoot, 'tests', 'kb', 'event-seeds'))]);
const docId = (k: Kb, file: string) => k.documents.find((d) => d.file === file)!.id;
const storiesOf = (k: Kb, doc: string) => k.stories.filter((s) => s.documents.includes(doc)).map((s) => s.id);
const storyWith = (k: Kb, doc: string, needle: string) => {
  const p = k.documents.find((d) => d.id === doc)!.paragraphs.findIndex((x) => x.includes(needle));
  return k.stories.find((s) => s.paragraphs.some((r) => r.doc === doc && r.paragraph === p))!.id;
};

describe('stories grouped by event', () => {
  it('adds no story: each added report joins the story of the event it reports', () => {
    expect(kb.stories).toHaveLength(base.stories.length);
  });
  it("an announcement of the call joins the story of Russia's reply received ahead of that call", () => {
    expect(storiesOf(kb, docId(kb, '200_call_announced.txt'))).toEqual([storyWith(kb, 'd003', 'received a written follow-up')]);
  });
  it('an undated preview dated only "Monday, January 31" joins the Security Council story', () => {
    const id = docId(kb, '201_council_preview_undated.txt');
    expect(storiesOf(kb, id)).toEqual([storyWith(kb, 'd003', 'Security Council')]);
  });
  it('a same-day report of the same reply in other words joins the 26 January story', () => {
    expect(storiesOf(kb, docId(kb, '202_nato_same_day.txt'))).toEqual([storyWith(kb, 'd002', 'delivered in person')]);
  });
  it('a reaction whose lead recalls a December date joins the story of the reply it reacts to', () => {
    expect(storiesOf(kb, docId(kb, '203_reaction_recalls_december.txt'))).toEqual([storyWith(kb, 'd002', 'delivered in person')]);
  });
  it('the three events stay three stories', () => {
    const ids = [storyWith(kb, 'd002', 'delivered in person'), storyWith(kb, 'd003', 'received a written follow-up'), storyWith(kb, 'd003', 'Security Council')];
    expect(new Set(ids).size).toBe(3);
  });
});
