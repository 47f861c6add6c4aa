/**
 * Assemble what the sidebar shows for one analysed page from the KB. Runs in the background, which
 * holds the KB; the content script only ever receives the result. Pure and deterministic: the same
 * KB and analysis give the same view, in the same order.
 */
import type { Discrepancy, Fact, Kb, KbDocument, TimelineItem } from '../kb/types';
import type { Analysis } from '../match/types';
import type { CoverageItem, StoryView } from './story-view';

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Most corroborated first: independent lines count more than copies of one report. */
function compareFacts(a: Fact, b: Fact): number {
  return b.lineCount - a.lineCount || b.documentCount - a.documentCount || a.id.localeCompare(b.id);
}

function compareTimeline(a: TimelineItem, b: TimelineItem): number {
  return a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
}

/**
 * The story view for an analysis, or null when the page is about nothing the KB covers.
 * Throws when the analysis names a story the KB does not have: that means the analysis was made
 * with another KB, and showing a half-empty sidebar would hide the bug.
 */
export function buildStoryView(kb: Kb, analysis: Analysis): StoryView | null {
  if (analysis.verdict === 'none' || analysis.story === null) return null;
  const story = kb.stories.find((s) => s.id === analysis.story);
  if (!story) throw new Error(`buildStoryView: analysis names story "${analysis.story}", which is not in the KB`);

  const facts = kb.facts.filter((f) => f.story === story.id).sort(compareFacts);
  const quotes = kb.quotes.filter((q) => q.story === story.id);

  // Every document the story rests on: its own, plus any a fact of it cites.
  const docIds: string[] = [...story.documents];
  for (const fact of facts) for (const source of fact.sources) if (!docIds.includes(source.doc)) docIds.push(source.doc);
  const storyDocs = new Set(docIds);

  // Story-less discrepancies (a document's impossible date) belong here when they touch its documents.
  const discrepancies: Discrepancy[] = kb.discrepancies.filter(
    (d) => d.story === story.id || (d.story === null && d.variants.some((v) => v.documents.some((doc) => storyDocs.has(doc)))),
  );

  const documents = byId(kb.documents);
  const shared = new Map(analysis.sharedPhrasing.map((s) => [s.doc, s.share]));
  const lineOf = new Map<string, string>();
  for (const line of kb.lines) for (const doc of line.documents) lineOf.set(doc, line.id);

  const coverage: CoverageItem[] = docIds
    .map((id) => documents.get(id))
    .filter((doc): doc is KbDocument => doc !== undefined)
    .map((doc) => ({
      doc: doc.id,
      title: doc.title,
      date: doc.date,
      outlet: doc.outlet,
      quality: doc.quality,
      sharedWithPage: Math.min(1, Math.max(0, shared.get(doc.id) ?? 0)),
      line: lineOf.get(doc.id) ?? null,
    }))
    // Closest to this page first, so a rewrite's original is easy to find; then by date and id.
    .sort(
      (a, b) =>
        b.sharedWithPage - a.sharedWithPage || (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.doc.localeCompare(b.doc),
    );

  const entityIndex = byId(kb.entities);
  const entityIds = [...story.entities];
  for (const fact of facts) for (const id of fact.entities) if (!entityIds.includes(id)) entityIds.push(id);
  const entities = entityIds.map((id) => entityIndex.get(id)).filter((e) => e !== undefined);

  const coveredDocs = new Set(coverage.map((c) => c.doc));
  const lines = kb.lines.filter((line) => line.documents.some((doc) => coveredDocs.has(doc)));

  return {
    story,
    facts,
    quotes,
    discrepancies,
    timeline: [...kb.timeline].sort(compareTimeline),
    coverage,
    entities,
    lines,
    storyTitles: Object.fromEntries(kb.stories.map((s) => [s.id, s.title])),
  };
}
