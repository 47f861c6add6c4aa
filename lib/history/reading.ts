/**
 * "You have read N of the M pieces of coverage on this story."
 *
 * M is the number of seed documents the KB has on the story. N is how many of those documents the
 * reader has opened a version of: a stored article (or the current page) counts as having read a
 * seed document when at least COVERAGE_READ_SHARE of that document's phrasing appears on it — the
 * page is that report or a copy or rewrite of it. An independent article on the same story adds
 * nothing to N, because it is not one of the M pieces; so N never exceeds M, and reading ten
 * copies of one report counts once.
 */
import type { SharedPhrasing } from '../match/types';
import type { HistoryEntry } from './types';

/**
 * The same share at which the matcher (lib/match/matcher.ts THRESHOLDS.copyShare) treats a page as
 * a copy of a seed document. Not imported from there so the popup and history stay free of the
 * matcher's code; keep the two equal.
 */
export const COVERAGE_READ_SHARE = 0.3;

/** The story's seed documents that this page is a version of. */
export function coverageOnPage(shared: readonly SharedPhrasing[], storyDocs: readonly string[]): string[] {
  const docs = new Set(storyDocs);
  return [...new Set(shared.filter((s) => s.share >= COVERAGE_READ_SHARE && docs.has(s.doc)).map((s) => s.doc))].sort();
}

export function readingCount(storyDocs: readonly string[], entries: readonly Pick<HistoryEntry, 'story' | 'coverage'>[], story: string, currentPage: readonly string[]): { read: number; total: number } | null {
  if (storyDocs.length === 0) return null;
  const docs = new Set(storyDocs);
  const read = new Set(currentPage.filter((d) => docs.has(d)));
  for (const entry of entries) {
    if (entry.story !== story) continue;
    for (const doc of entry.coverage) if (docs.has(doc)) read.add(doc);
  }
  return { read: read.size, total: docs.size };
}
