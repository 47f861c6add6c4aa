/**
 * What the extractor produces from a page and what the matcher returns for it. Shared by the
 * content script, the background, the sidebar and the `match` command.
 */

export type Verdict = 'match' | 'related' | 'none';

export interface ExtractedArticle {
  url: string;
  title: string;
  /** Body paragraphs in reading order, whitespace-normalised. */
  paragraphs: string[];
  /** ISO date (YYYY-MM-DD) or null. */
  publishedAt: string | null;
  site: string | null;
  /** BCP-47 language tag as the page states it, lower-case, or null. */
  lang: string | null;
  /** Which strategy found the body ("meta": only the description tags had text, e.g. before scripts ran). */
  method: 'json-ld' | 'article' | 'readability' | 'meta' | 'plain-text';
}

export type AlignmentKind =
  | 'same' //             the paragraph states the KB fact as the coverage does
  | 'differs-name' //     same fact, a name differs
  | 'differs-number' //   same fact, a number differs
  | 'differs-date' //     same fact, a date differs
  | 'quote-same' //       a KB quote, same wording
  | 'quote-reworded'; //  a KB quote, reworded

export interface Alignment {
  /** Index into ExtractedArticle.paragraphs. */
  paragraph: number;
  /** The sentence (exact substring of the paragraph) that lines up. */
  sentence: string;
  kind: AlignmentKind;
  /** The KB fact or quote the sentence states; both null when it lines up with a passage of the
   *  story's coverage that is not a corroborated fact (the detail then quotes that passage). */
  fact: string | null;
  quote: string | null;
  /** Reader-facing explanation ("Other sources name him Alexander Grushko"). */
  detail: string;
  /** Corroboration of the KB item: documents and independent lines. */
  documentCount: number;
  lineCount: number;
}

export interface GarbledName {
  /** The form on the page. */
  surface: string;
  entity: string;
  canonical: string;
}

export interface SharedPhrasing {
  doc: string;
  /** Share of the seed document's shingles found on the page, 0..1. */
  share: number;
}

export interface Analysis {
  verdict: Verdict;
  /** Story id for match and related (the nearest covered story), else null. */
  story: string | null;
  storyTitle: string | null;
  score: number;
  reasons: string[];
  alignments: Alignment[];
  /** Fact ids of the story that the article never mentions (match only). */
  missingFacts: string[];
  garbled: GarbledName[];
  sharedPhrasing: SharedPhrasing[];
}
