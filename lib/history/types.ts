/** What the history database stores about the articles a reader opened. */

/** A KB fact as the reader saw it on an article, remembered so a later KB change can be noticed. */
export interface SeenFact {
  id: string;
  /** The fact's representative wording at the time, for telling the reader what changed. */
  text: string;
  /** fingerprintFact() of the fact at the time. */
  fingerprint: string;
}

/** One article the reader opened that matched or was related to a covered story. */
export interface HistoryEntry {
  /** The page URL without its #fragment; the key, so revisits update one entry. */
  url: string;
  title: string;
  site: string | null;
  story: string;
  storyTitle: string | null;
  verdict: 'match' | 'related';
  /** Epoch milliseconds. */
  firstSeen: number;
  lastSeen: number;
  // Added in schema version 2 (older entries get empty values on upgrade):
  /** KB facts this article states, as they were in the KB when the reader last opened it. */
  facts: SeenFact[];
  /** Seed documents this page is a copy or rewrite of (see COVERAGE_READ_SHARE). */
  coverage: string[];
  /** kbFingerprint() of the KB at the last visit, or null for entries from before version 2. */
  kbVersion: string | null;
}

/** "Not this story" for one page, remembered. */
export interface Dismissal {
  url: string;
  story: string;
  at: number;
}

/** What the background passes to record a visit. */
export type Visit = Omit<HistoryEntry, 'firstSeen' | 'lastSeen'> & { at: number };

/** A stored article whose facts changed in the KB since the reader saw them. */
export interface KbChangedArticle {
  url: string;
  title: string;
  story: string;
  changes: { id: string; before: string; after: string | null }[];
}
