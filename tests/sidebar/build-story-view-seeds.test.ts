/**
 * buildStoryView over the KB compiled from seeds/, fed with the matcher's analysis of each seed
 * document read as if it were a page. Checks what the sidebar relies on, for whatever the seeds
 * hold: nothing here names a seed, a story or a fact.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/match/matcher';
import type { ExtractedArticle } from '@/lib/match/types';
import { buildStoryView } from '@/lib/view/build-story-view';
import { seedKb } from '../kb/helpers';

const kb = seedKb();
const matcher = createMatcher(kb);

function asPage(docId: string): ExtractedArticle {
  const doc = kb.documents.find((d) => d.id === docId)!;
  return { url: `https://example.test/${doc.id}`, title: doc.title, paragraphs: doc.paragraphs, publishedAt: doc.date, site: null, lang: 'en', method: 'article' };
}

describe.each(kb.documents.map((d) => [d.file, d.id] as const))('the story view for seed %s read as a page', (_file, docId) => {
  const analysis = matcher.analyse(asPage(docId));
  const view = buildStoryView(kb, analysis);

  it('exists for a covered page and shows the story the matcher chose', () => {
    expect(analysis.verdict).not.toBe('none');
    expect(view).not.toBeNull();
    expect(view!.story.id).toBe(analysis.story);
  });

  it("holds only the story's facts, most independent lines first, and every fact the page states or misses", () => {
    const facts = view!.facts;
    expect(facts.every((f) => f.story === view!.story.id)).toBe(true);
    for (let i = 1; i < facts.length; i++) expect(facts[i - 1]!.lineCount).toBeGreaterThanOrEqual(facts[i]!.lineCount);
    const ids = new Set(facts.map((f) => f.id));
    for (const id of analysis.missingFacts) expect(ids.has(id)).toBe(true);
    for (const a of analysis.alignments) if (a.fact) expect(ids.has(a.fact)).toBe(true);
  });

  it('lists every document of the story and every source its facts cite, the page itself first', () => {
    const covered = new Set(view!.coverage.map((c) => c.doc));
    for (const doc of view!.story.documents) expect(covered.has(doc)).toBe(true);
    for (const f of view!.facts) for (const s of f.sources) expect(covered.has(s.doc)).toBe(true);
    for (const c of view!.coverage) expect(c.sharedWithPage).toBeGreaterThanOrEqual(0);
    if (view!.story.documents.includes(docId)) expect(view!.coverage[0]!.doc).toBe(docId);
  });

  it('gives a timeline in date order', () => {
    const dates = view!.timeline.map((t) => t.date);
    expect([...dates].sort()).toEqual(dates);
  });
});
