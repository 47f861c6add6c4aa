/**
 * The KB compiler: seed files in, KB out. Pure and deterministic: inputs are sorted by file name,
 * every collection is emitted in a defined order, ids derive from content and order, and nothing
 * reads the clock or a random source.
 *
 * This file only wires the stages (lib/kb/stages/, see lib/kb/README.md), in order; each stage takes
 * the typed outputs of the stages before it and returns its own.
 */
import { buildDiscrepancies } from './discrepancies';
import { timelineLabel } from './timeline-label';
import { buildTimeline } from './timeline';
import { KB_SCHEMA_VERSION, type Kb } from './types';
import { alignmentStage } from './stages/alignment';
import { claimCandidates, type ClaimContext } from './stages/claims';
import { claimsByStory } from './stages/claims-by-story';
import { datesStage, sentenceDate } from './stages/dates';
import { documentRecords } from './stages/documents';
import { entitiesStage, entityRecords, titledIn } from './stages/entities';
import { linesStage, relationsOutput } from './stages/lines';
import { parseStage, type SeedInput } from './stages/parse';
import { quotesStage } from './stages/quotes';
import { sourceContext } from './stages/sources';
import { storiesStage } from './stages/stories';
import { storyRecords } from './stages/story-records';

export { KbInputError } from './errors';
export type { SeedInput } from './stages/parse';

/** The stages up to claims by story, in order: what the records below are built from (and what the
 *  stage tests inspect). */
export interface CompileOptions {
  /**
   * Called after each stage. The Node commands pass a full garbage collection here
   * (scripts/build/full-gc.ts): a stage's working data is garbage once the next one starts, and V8
   * otherwise lets it pile up between its own collections (the 5,000-document compile peaked at
   * about 800 MB RSS for a live heap of at most 250 MB). Nothing in the compile depends on it.
   */
  betweenStages?: () => void;
}

export function runStages(inputs: readonly SeedInput[], options: CompileOptions = {}) {
  const next = options.betweenStages ?? (() => {});
  const { ids, corpus } = parseStage(inputs);
  next();
  const lines = linesStage({ ids, corpus });
  next();
  const entities = entitiesStage(corpus, lines);
  next();
  const alignment = alignmentStage(corpus, entities);
  next();
  const dates = datesStage(corpus, alignment.factPairs);
  next();
  const ctx: ClaimContext = { ...sourceContext(corpus, entities, alignment, dates), ids, lines };
  const candidates = claimCandidates(ctx);
  next();
  const stories = storiesStage(corpus, entities, dates, candidates);
  next();
  const claims = claimsByStory(ctx, candidates, stories);
  next();
  return { ids, corpus, lines, entities, alignment, dates, ctx, candidates, stories, claims };
}

export function compileKb(inputs: readonly SeedInput[], options: CompileOptions = {}): Kb {
  const next = options.betweenStages ?? (() => {});
  const { ids, corpus, lines, entities, dates, ctx, stories, claims } = runStages(inputs, options);
  const storyList = storyRecords(ctx, stories, claims);
  next();
  const relations = relationsOutput(ids, lines, stories.stories.map((st) => st.paragraphs.map((p) => p.doc)));
  const entityList = entityRecords(entities, ids, corpus);
  const quotes = quotesStage(ctx, stories);
  next();
  const discrepancies = buildDiscrepancies({
    ids,
    corpus,
    entities: entityList,
    stories: storyList,
    quotes,
    facts: claims.facts,
    factSentences: claims.factSentences,
    sentenceDate: (k) => sentenceDate(dates, k),
    documentDates: dates.dateCheck,
    openingStory: (doc) => stories.storyIds[stories.storyOfParagraph[doc]![0]!] ?? null,
    factReps: claims.factReps,
  });
  next();
  const timeline = buildTimeline(claims.facts, claims.factSentences, (k) => dates.sentenceDates.get(k), (k) =>
    timelineLabel(claims.facts[k]!.text, titledIn(corpus, entities, claims.factSentences[k]!)),
  );
  return {
    schemaVersion: KB_SCHEMA_VERSION,
    documents: documentRecords(corpus, entities, dates),
    relations,
    lines: lines.lines,
    stories: storyList,
    entities: entityList,
    facts: claims.facts,
    quotes,
    discrepancies,
    timeline,
  };
}
