/**
 * The features the verdict is decided on: how an article's event frame agrees with one story's,
 * and how much of the story's own coverage it lines up with. Each is a number in 0..1 with a
 * meaning a reader can be told (reasons.ts words them). Their weights are fitted on labelled real
 * articles (scripts/fit-event-model.ts) and live in decision.ts.
 */
import type { ActionId } from './actions';
import { actionShares, type EventFrame } from './frame';
import type { StoryFrame } from './story-frame';
import { DECISION } from './decision';

/** What the matcher's lexical side found for the pair (lib/match/evidence.ts StoryEvidence). */
export interface LexicalEvidence {
  alignedSentences: number;
  units: number;
  headlineAligned: boolean;
  /** Largest share of one seed document's phrasing on the page, 0..1. */
  phrasing: number;
  /** Named entities that belong to this story only. */
  specificNames: number;
  /** KB people of the story named. */
  people: number;
  /** Share of the article's vocabulary that is the story's distinctive vocabulary. */
  focus: number;
  /** Figures given in the story's context. */
  figures: number;
  /** Body sentences of the article. */
  bodySentences: number;
}

export const FEATURE_NAMES = [
  'bias',
  'publishedInWindow',
  'publishedFar',
  'dateHit',
  'weekdayHit',
  'actionFit',
  'specificActors',
  'people',
  'lexical',
  'alignedShare',
  'focus',
  'otherLanguage',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type FeatureVector = Record<FeatureName, number>;

function days(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T12:00:00Z`) - Date.parse(`${a}T12:00:00Z`)) / 86_400_000);
}

/** Distance in days from a date to the nearest day of the story (0 when it is one). */
function distanceToStory(iso: string, story: StoryFrame): number {
  let best = Infinity;
  for (const d of story.days) best = Math.min(best, Math.abs(days(d, iso)));
  return best;
}

/** The highest share of paragraphs stating each action among all the KB's stories. */
export type ActionCeiling = Map<ActionId, number>;

export function actionCeiling(frames: Iterable<StoryFrame>): ActionCeiling {
  const out: ActionCeiling = new Map();
  for (const f of frames) for (const [a, v] of f.actions) out.set(a, Math.max(out.get(a) ?? 0, v));
  return out;
}

export function eventFeatures(frame: EventFrame, story: StoryFrame, ceiling: ActionCeiling, lex: LexicalEvidence): FeatureVector {
  const W = DECISION.window;
  let publishedInWindow = 0;
  let publishedFar = 0;
  const publishedNear = publishedWhileUnfolding(frame, story);
  if (frame.published && story.dateStart && story.dateEnd) {
    const fromStart = days(story.dateStart, frame.published);
    const fromEnd = days(story.dateEnd, frame.published);
    if (fromStart >= 0 && fromEnd <= W.reactionDays) publishedInWindow = 1;
    // Before its announcements could run, a page cannot report the event; long after, it recalls it.
    if (fromStart < -W.announceDays || fromEnd > W.farDays) publishedFar = 1;
  }
  let dateHit = 0;
  let weekdayHit = 0;
  for (const d of frame.dates) {
    // A calendar date (or a weekday read against the page's date) names one of the story's days.
    // Without a publication date a weekday can only agree with the days of the week the story's
    // events fell on ("on Tuesday" for a story of Tuesday 1 February): every Tuesday call agrees
    // as well, so that is weaker evidence, fitted on its own.
    const calendar = d.iso ? story.days.has(d.iso) : d.monthDay ? story.monthDays.has(d.monthDay) : false;
    const weekday = !d.iso && !d.monthDay && d.weekday !== null && story.weekdays.has(d.weekday);
    if (calendar) dateHit = 1;
    else if (weekday) weekdayHit = 1;
  }
  if (dateHit) weekdayHit = 0;

  const shares = actionShares(frame);
  let actionFit = 0;
  for (const [a, share] of shares) {
    const top = ceiling.get(a) ?? 0;
    // How much the story is about the action, against the story that is most about it. An action
    // no story has (a veto, the war) fits none, and so lowers every story's fit.
    if (top >= W.actionPresent) actionFit += share * ((story.actions.get(a) ?? 0) / top);
  }
  const aligned = lex.alignedSentences + lex.units + (lex.headlineAligned ? 1 : 0);
  return {
    bias: 1,
    publishedInWindow,
    publishedFar,
    dateHit,
    weekdayHit,
    actionFit,
    specificActors: Math.min(lex.specificNames, 2) / 2,
    people: Math.min(lex.people, 3) / 3,
    lexical: Math.min(1, Math.log1p(aligned) / Math.log1p(10)),
    // A copy republished later lines up sentence after sentence; an article recalling the story does not.
    alignedShare: lex.bodySentences > 0 ? Math.min(1, lex.alignedSentences / lex.bodySentences) : 0,
    focus: Math.min(1, lex.focus * 4),
    // Read in another language the article lines up with no English sentence: the fitted weight
    // makes up for the wording evidence it cannot have, once its dates pin the event (a date of
    // the story's, or published between its announcements and its reactions): names and acts alone
    // fit every later meeting.
    otherLanguage: frame.lang !== 'en' && frame.lang !== 'und' && (dateHit || publishedNear) ? 1 : 0,
  };
}

export function toArray(f: FeatureVector): number[] {
  return FEATURE_NAMES.map((n) => f[n]);
}

/**
 * The article's lead dates its news (written-out dates, not plans; its dateline counts) only on
 * days far from the story: it reports a later or earlier event, whatever it recalls further down
 * ("One month on: …", "after their last call on February 1"). The news is dated where the lead
 * first gives a date: the headline, else the first lead paragraph that has one.
 */
export function leadFarFromStory(frame: EventFrame, story: StoryFrame): boolean {
  // A page published while the story unfolds (from its first announcements to its last reactions)
  // reports it: a far date in its lead is what it recalls ("the proposals Moscow presented on
  // December 17"). Only a page of another time, or of no known time, is dated by its lead.
  if (publishedWhileUnfolding(frame, story)) return false;
  const year = (story.dateStart ?? frame.published ?? '').slice(0, 4);
  const first = new Map<number, string[]>();
  for (const d of frame.dates) {
    // A weekday says which day of the week, not which week: read against a wrong page date it
    // lands anywhere. Only dates written out rule a story out.
    // A line that is only a date is page furniture (a copy republished later carries the date it
    // was put up). With a page date, the dateline repeats it and publishedFar weighs it; without
    // one, the dateline is the only date the page has.
    if (!d.lead || d.future || d.fromWeekday || d.dateOnly || (d.dateline && frame.published)) continue;
    const iso = d.iso ?? (year && d.monthDay ? `${year}-${d.monthDay}` : null);
    if (!iso) continue;
    first.set(d.paragraph, [...(first.get(d.paragraph) ?? []), iso]);
  }
  if (first.size === 0) return false;
  const dated = first.get(Math.min(...first.keys()))!;
  return dated.every((iso) => distanceToStory(iso, story) > DECISION.window.farDays);
}

/** Published from the story's first announcements to its last reactions. */
export function publishedWhileUnfolding(frame: EventFrame, story: StoryFrame): boolean {
  if (!frame.published || !story.dateStart || !story.dateEnd) return false;
  const W = DECISION.window;
  return days(story.dateStart, frame.published) >= -W.announceDays && days(story.dateEnd, frame.published) <= W.reactionDays;
}
