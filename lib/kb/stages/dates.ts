/**
 * Stage 5, dates: a document's own date is trusted unless the documents that report the same
 * events disagree with it; an undated document is anchored on the dated events it shares; then
 * every relative date expression ("on Wednesday") is resolved against the trusted dates
 * (document-dates.ts, temporal.ts). Runs after alignment because the check compares documents
 * through their aligned sentences.
 */
import type { PairList } from '../align';
import type { Corpus } from '../corpus';
import { checkDocumentDates, resolveSentenceDates, undatedAnchors, type Anchor, type DateCheck, type SentenceDate } from '../document-dates';

export interface DatesStage {
  /** Documents (corpus index) whose date was checked against the others. */
  dateCheck: Map<number, DateCheck>;
  /** How each undated document was dated, if it was. */
  anchors: Map<number, Anchor>;
  /** Resolved date of each sentence that has one, by sentence id. */
  sentenceDates: Map<number, SentenceDate>;
  /** Trustworthy publication date of each document (corpus index), or null. */
  published: (string | null)[];
}

export function datesStage(corpus: Corpus, factPairs: PairList): DatesStage {
  const dateCheck = checkDocumentDates(corpus, factPairs);
  const trusted = (doc: number) => corpus.docs[doc]!.parsed.date !== null && !dateCheck.get(doc)?.inconsistent;
  const anchors = undatedAnchors(corpus, factPairs, trusted);
  const sentenceDates = resolveSentenceDates(corpus, trusted, anchors);
  const published = corpus.docs.map((d) => (trusted(d.index) ? d.parsed.date : null));
  return { dateCheck, anchors, sentenceDates, published };
}

/** Resolved date of a sentence, or null. */
export function sentenceDate(stage: DatesStage, sentence: number): string | null {
  return stage.sentenceDates.get(sentence)?.date ?? null;
}

/** Whether a document's date is in doubt (the content contradicts it). */
export function dateInconsistent(stage: DatesStage, doc: number): boolean {
  return stage.dateCheck.get(doc)?.inconsistent ?? false;
}
