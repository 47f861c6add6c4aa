/**
 * Stage 2, lines of reporting: shared phrasing between every pair of documents (relations.ts) and
 * the lines the evidence of each pair supports (lines.ts). The output relations are cut to the
 * pairs inside a story once stories are known (`relationsOutput`).
 */
import { linesFromEvidence } from '../lines';
import { computeRelations, docShingles, relationsWithinStories } from '../relations';
import type { DocumentRelation, ReportingLine } from '../types';
import type { ParseStage } from './parse';

export interface LinesStage {
  /** Shingles of each document, kept for the per-story relations. */
  shingleSets: Uint32Array[];
  /** Every pair with shared phrasing above the relation floor. */
  found: DocumentRelation[];
  lines: ReportingLine[];
  /** Line id of each document, by corpus index. */
  lineOfDoc: ReadonlyMap<number, string>;
}

export function linesStage({ ids, corpus }: ParseStage): LinesStage {
  const shingleSets = corpus.docs.map((d) => docShingles(d.parsed.paragraphs));
  const found = computeRelations(ids, shingleSets);
  // Lines from the evidence of each pair (lines.ts): names, titles and stock phrases left out, no chains.
  const { lines } = linesFromEvidence(ids, found, (d) => corpus.docs[d]!.parsed.paragraphs);
  const lineOfDoc = new Map<number, string>();
  for (const l of lines) for (const d of l.documents) lineOfDoc.set(ids.indexOf(d), l.id);
  return { shingleSets, found, lines, lineOfDoc };
}

/** The line a document (corpus index) belongs to: every document is in exactly one. */
export function lineOf(stage: LinesStage, doc: number): string {
  return stage.lineOfDoc.get(doc)!;
}

/**
 * Relations in output form: the pairs inside a common story (and any pair sharing enough
 * phrasing); a pair is one line only when the evidence puts the two documents in one line.
 */
export function relationsOutput(ids: readonly string[], stage: LinesStage, storyDocs: readonly (readonly number[])[]): DocumentRelation[] {
  const sameLineOf = new Map<string, string>();
  for (const l of stage.lines) for (const d of l.documents) sameLineOf.set(d, l.id);
  return relationsWithinStories(ids, stage.shingleSets, stage.found, storyDocs).map((r) =>
    r.sameLine && sameLineOf.get(r.a) !== sameLineOf.get(r.b) ? { ...r, sameLine: false } : r,
  );
}
