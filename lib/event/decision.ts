/**
 * Every number that decides a verdict, in one table, each with where it comes from.
 *
 * The feature weights are not set by hand: scripts/fit-event-model.ts fits them on labelled real
 * articles (../shared/realworld) and on the project's own fixture pages, writes weights.json, and
 * prints k-fold cross-validated figures beside the in-sample ones. The other numbers are read off
 * the calendar of news, not tuned: `npm run bench` prints what each changes at ±20 %.
 */
import fitted from './weights.json';

export const DECISION = {
  window: {
    /** Announcements and previews run up to this many days before the event (a meeting called on
     *  Thursday for Monday). */
    announceDays: 6,
    /** Reactions and follow-up reports run this many days after it. */
    reactionDays: 3,
    /** Published this long after the story's days (or before its announcements could run), an
     *  article reports something else or recalls it; a lead that dates its news only this far away
     *  is another event (leadFarFromStory). */
    farDays: 10,
    /** An action stated in under this share of a story's paragraphs is not the story's (one passing mention). */
    actionPresent: 0.02,
  },
  /** Feature weights, in FEATURE_NAMES order (features.ts), fitted. */
  weights: fitted.weights as number[],
  /** With this share of one seed document's 3-word phrasing, the page is a copy of it: that story,
   *  whatever its date (rewrites of one report share 0.22–0.41 in the seeds, other reports ≤ 0.06). */
  copyShare: 0.3,
  /** `match` when the fitted probability reaches this: the point where a match is as likely as not. */
  matchProbability: 0.5,
  /**
   * `related` (not a match, same storyline): the coverage's core names (found in at least half of
   * the KB's documents; people weigh 1, organisations ½, places ¼) must run through the article, not
   * pass once: a weight of at least one organisation and a place (or a person) in at least a third
   * of the body's sentences. Set on the fixtures' near misses when the verdict was rule-based; they
   * decide only between `related` and `none`, never a match (the ±20 % report: at most 4 of 216
   * verdicts move).
   */
  related: { coreWeight: 0.75, coreSentenceShare: 0.35 },
  /** Fit settings (scripts/fit-event-model.ts): a mild penalty, positives weighted by the ratio of
   *  stories to events per article, enough iterations to converge on ~500 samples. */
  fit: { l2: 0.01, iterations: 8000, rate: 1, positiveWeight: 3 },
} as const;
