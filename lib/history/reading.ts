/**
 * "You have read N of the M pieces of coverage on this story."
 *
 * The pieces of coverage Backstory knows on a story are the KB's documents on it (those the sidebar
 * lists) and the articles the reader has opened that matched it and are not one of those documents.
 * Articles only related to the story (the same storyline, another event) are not coverage of it. A page
 * counts as one of the KB's documents when at least COVERAGE_READ_SHARE of that document's phrasing
 * is on it (it is that report, or a copy or rewrite of it); otherwise it is a piece of its own.
 *
 * N counts the pieces the reader has opened: their own articles, plus the KB documents they opened
 * a version of. So the first independent article on a five-document story reads "1 of 6", ten
 * copies of one report count once, and N never exceeds M. A page the reader marked "not this
 * story" is not in the history and counts for nothing.
 */
import type { SharedPhrasing } from '../match/types';
import { pageKey } from './history';
import type { HistoryEntry } from './types';

/**
 * The same share at which the matcher (lib/match/matcher.ts THRESHOLDS.copyShare) treats a page as
 * a copy of a seed document. Not imported from there so the popup and history stay free of the
 * matcher's code; a test keeps the two equal.
 */
export const COVERAGE_READ_SHARE = 0.3;

/** The story's seed documents that this page is a version of. */
export function coverageOnPage(shared: readonly SharedPhrasing[], storyDocs: readonly string[]): string[] {
  const docs = new Set(storyDocs);
  return [...new Set(shared.filter((s) => s.share >= COVERAGE_READ_SHARE && docs.has(s.doc)).map((s) => s.doc))].sort();
}

type Read = Pick<HistoryEntry, 'url' | 'story' | 'verdict' | 'coverage'>;

/**
 * The count for `story`, over the stored articles and the current page (which may or may not be
 * stored yet). Null when the KB has no documents on the story.
 */
export function readingCount(storyDocs: readonly string[], entries: readonly Read[], story: string, current: Omit<Read, 'story'>): { read: number; total: number } | null {
  if (storyDocs.length === 0) return null;
  const docs = new Set(storyDocs);
  const pieces = new Set<string>(docs);
  const read = new Set<string>();
  const pages = new Map<string, readonly string[]>();
  for (const entry of [...entries, { ...current, story }]) {
    if (entry.story === story && entry.verdict === 'match') pages.set(pageKey(entry.url), entry.coverage);
  }
  for (const [url, coverage] of pages) {
    const versions = coverage.filter((d) => docs.has(d));
    if (versions.length > 0) for (const doc of versions) read.add(doc);
    else {
      // Prefixed so a URL can never collide with a document id.
      pieces.add(`page:${url}`);
      read.add(`page:${url}`);
    }
  }
  return { read: read.size, total: pieces.size };
}
