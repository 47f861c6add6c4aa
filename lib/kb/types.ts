/**
 * The knowledge base (KB) schema: what `lib/kb` compiles from `seeds/` at build time and what the
 * background, the matcher and the sidebar read. Bump KB_SCHEMA_VERSION whenever a field changes
 * meaning or shape; `readKb` (lib/kb/read.ts) refuses a KB of another version.
 */
export const KB_SCHEMA_VERSION = 1;

/** Where a document's stated date came from. */
export type DateSource = 'prefix' | 'dateline' | 'none';

export interface KbDocument {
  /** Stable id derived from the file name (e.g. "d000"). */
  id: string;
  /** File name inside the seeds folder. */
  file: string;
  /** Headline line, or a short title derived from the lead when the text has none. */
  title: string;
  titleSource: 'headline' | 'lead';
  /** ISO date (YYYY-MM-DD) as stated by the document, or null. */
  date: string | null;
  dateSource: DateSource;
  /** Outlet named by the text ("CNN"), or null when unknown. */
  outlet: string | null;
  /** Clean paragraphs: boilerplate removed, broken lines rejoined. */
  paragraphs: string[];
  quality: DocumentQuality;
}

export interface DocumentQuality {
  /** Surface forms in this document that look like garbled versions of names other sources spell otherwise. */
  garbledNames: { surface: string; entity: string; canonical: string }[];
  /** True when the stated date contradicts the events the document reports. */
  dateInconsistent: boolean;
  /** Reader-facing explanation of the date problem, when there is one. */
  dateNote: string | null;
}

/** How much phrasing two documents share. */
export interface DocumentRelation {
  a: string;
  b: string;
  /** Share of word shingles in common, 0..1 (containment of the smaller in the larger). */
  shared: number;
  /** True when the pair is judged to be rewrites of one original report. */
  sameLine: boolean;
}

/** A line of reporting: documents that are copies or rewrites of one original. */
export interface ReportingLine {
  id: string;
  documents: string[];
}

export type EntityKind = 'person' | 'organisation' | 'place';

export interface EntityVariant {
  form: string;
  documents: string[];
  /** True when the form looks like a garbled version of the canonical name. */
  garbled: boolean;
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  role: string | null;
  /** An organisation's country, as the reports write it ("Russian Foreign Ministry", "Russia's …"); null when none says, and for people and places. */
  country: string | null;
  variants: EntityVariant[];
  documents: string[];
}

export interface ParagraphRef {
  doc: string;
  paragraph: number;
}

export interface Story {
  id: string;
  title: string;
  /** ISO dates; equal when the story is a single day. Null when no date could be established. */
  dateStart: string | null;
  dateEnd: string | null;
  documents: string[];
  paragraphs: ParagraphRef[];
  /** Entity ids, most mentioned first. */
  entities: string[];
  /** Distinctive terms (lower-case, stemmed as lib/text does), most distinctive first. */
  terms: string[];
}

export type FactKind = 'event' | 'number' | 'position' | 'statement';

/** A fact's source: paragraph -1 (HEADLINE_PARAGRAPH in headlines.ts) is the report's headline. */
export interface FactSource extends ParagraphRef {
  /** The source's own sentence (or headline). */
  sentence: string;
}

export interface Fact {
  id: string;
  story: string;
  kind: FactKind;
  /** Representative wording, taken from the cleanest source. */
  text: string;
  sources: FactSource[];
  documentCount: number;
  /** Independent lines of reporting among the sources. */
  lineCount: number;
  /** Numbers the fact states, as written ("100,000") and as values. */
  numbers: { text: string; value: number }[];
  /** Entity ids the fact involves. */
  entities: string[];
  /** Content terms used to recognise the fact in other text. */
  terms: string[];
  /** ISO date the fact happened, when known. */
  date: string | null;
}

export interface QuoteVariant {
  text: string;
  documents: string[];
}

export interface Quote {
  id: string;
  story: string;
  /** Entity id of the speaker, or null when the text does not say. */
  speaker: string | null;
  /** Representative wording. */
  text: string;
  variants: QuoteVariant[];
}

export type DiscrepancyKind = 'name' | 'detail' | 'number' | 'date' | 'quote' | 'document-date';

export interface Discrepancy {
  id: string;
  story: string | null;
  kind: DiscrepancyKind;
  /** What the sources disagree about, in neutral words ("Name of the deputy foreign minister"). */
  subject: string;
  variants: { value: string; documents: string[] }[];
  /** Related fact or entity, when there is one. */
  fact: string | null;
  entity: string | null;
}

export interface TimelineItem {
  id: string;
  /** ISO date. */
  date: string;
  label: string;
  story: string | null;
  documents: string[];
  /** How the date was found: stated outright, or resolved from a relative expression ("on Wednesday"). */
  dateBasis: 'stated' | 'relative' | 'document';
  /** The relative expression that was resolved, when dateBasis is 'relative'. */
  relative: string | null;
}

export interface Kb {
  schemaVersion: typeof KB_SCHEMA_VERSION;
  documents: KbDocument[];
  relations: DocumentRelation[];
  lines: ReportingLine[];
  stories: Story[];
  entities: Entity[];
  facts: Fact[];
  quotes: Quote[];
  discrepancies: Discrepancy[];
  timeline: TimelineItem[];
}

/**
 * The small vocabulary bundled into the content script for the cheap prefilter. Generated together
 * with the KB; never the KB itself.
 */
export interface PrefilterVocabulary {
  schemaVersion: typeof KB_SCHEMA_VERSION;
  /** Lower-case tokens (names, variants, distinctive terms). */
  terms: string[];
  /** How many distinct terms an article must contain before the full pipeline runs. */
  minHits: number;
}
