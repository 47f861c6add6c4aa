/**
 * The slice of the KB that the sidebar shows for one story, assembled by the background (which holds
 * the KB) and sent to the content script with the analysis. The content script never loads the KB.
 */
import type { Discrepancy, DocumentQuality, Entity, Fact, Quote, ReportingLine, Story, TimelineItem } from '../kb/types';

export interface CoverageItem {
  doc: string;
  title: string;
  date: string | null;
  outlet: string | null;
  quality: DocumentQuality;
  /** Share of the seed document's phrasing found on this page, 0..1. */
  sharedWithPage: number;
  /** Reporting line the document belongs to. */
  line: string | null;
}

export interface StoryView {
  story: Story;
  /** This story's facts, most corroborated first. */
  facts: Fact[];
  quotes: Quote[];
  /** Discrepancies among the sources on this story (page-vs-coverage differences are alignments). */
  discrepancies: Discrepancy[];
  /** The whole storyline's timeline; items of this story carry its id in `story`. */
  timeline: TimelineItem[];
  coverage: CoverageItem[];
  entities: Entity[];
  lines: ReportingLine[];
  /** Titles of every story, for labelling timeline items of other stories. */
  storyTitles: Record<string, string>;
}
