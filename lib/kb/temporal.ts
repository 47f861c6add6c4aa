/**
 * Dates inside sentences: weekdays ("on Wednesday", "Monday's meeting", "later Wednesday") and
 * stated calendar dates ("January 26", "26 January 2022"), and how to turn a weekday into a date.
 *
 * A weekday is resolved against the document's own date only when that date is trustworthy: the
 * most recent such weekday on or before the document date, or the next one when the sentence speaks
 * of the future ("will", "planned", "ahead of"). A document without a date gets an anchor from the
 * dated events it shares with other documents (see compile.ts): when a sentence names the same
 * weekday as a dated report of the same event, that date is taken and the document's other weekdays
 * are read as the nearest such day to it; otherwise its weekdays are read as the first such day
 * after the latest dated event it refers back to, since it reports later events.
 */
import { MONTHS, WEEKDAYS, isoDate, weekdayAfter, weekdayNear, weekdayOnOrAfter, weekdayOnOrBefore } from './dates';

export interface DateExpression {
  start: number;
  end: number;
  text: string;
  /** Weekday 0–6 for relative expressions, or null for a stated date. */
  weekday: number | null;
  /** ISO date when stated outright (year from the context when omitted), with the weekday written
   *  beside it ("Monday, January 31"), which fixes the year when nothing else does. */
  stated: { month: number; day: number; year: number | null; weekday?: number | null } | null;
  future: boolean;
}

const WD = WEEKDAYS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');
const MO = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|');
const WEEKDAY_RE = new RegExp(`\\b(?:(?:on|last|this|next|later|earlier|since|by|until)\\s+)?(${WD})(?:'s)?\\b`, 'g');
const STATED_RE = new RegExp(`\\b(?:(${MO})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MO})(?:,?\\s+(\\d{4}))?)\\b`, 'g');
const FUTURE_RE = /\b(?:will|shall|ahead of|planned|scheduled|expected to|upcoming|next|to be held)\b[^.;]{0,40}$/i;
/**
 * A weekday closing a planned event's description ("a planned phone call between <two long role
 * titles and names> Tuesday"): the description may run long, so the window is the clause, not 40 characters.
 */
const PLANNED_EVENT_RE = /\b(?:planned|scheduled|expected|upcoming|proposed|anticipated|looks? forward to|looking forward to)\s+[^.;:"]{0,140}$/i;
/** A verb in the past right before the weekday ("which were delivered on Wednesday") dates a deed,
 *  whatever plan the sentence reports around it ("Putin will decide on the responses, which…"). */
const DONE_RE = /\b(?!(?:planned|scheduled|expected|proposed|anticipated)\b)[a-z]+ed\s+(?:on\s+|late\s+|early\s+)?$/i;

const REPORTED_RE = /\b(?:said|says|told(?: \w+)?|announced|confirmed|added|stated|noted|wrote)\s+(?:on\s+|late\s+|early\s+)?$/i;
const PLAN_IN_SENTENCE_RE = /\b(?:will|shall|is due to|are due to|is scheduled to|are scheduled to|is expected to|are expected to|plans to|plan to)\b/i;

export function findDateExpressions(folded: string): DateExpression[] {
  const out: DateExpression[] = [];
  for (const m of folded.matchAll(STATED_RE)) {
    const month = MONTHS.indexOf((m[1] ?? m[5])!.toLowerCase() as (typeof MONTHS)[number]) + 1;
    const day = +(m[2] ?? m[4])!;
    const year = m[3] ?? m[6];
    const named = new RegExp(`\\b(${WD}),?\\s*$`, 'i').exec(folded.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0));
    const weekday = named ? WEEKDAYS.indexOf(named[1]!.toLowerCase() as (typeof WEEKDAYS)[number]) : null;
    out.push({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      text: m[0],
      weekday: null,
      stated: { month, day, year: year ? +year : null, weekday },
      future: false,
    });
  }
  for (const m of folded.matchAll(WEEKDAY_RE)) {
    const start = m.index ?? 0;
    if (out.some((o) => start >= o.start && start < o.end)) continue;
    const before = folded.slice(Math.max(0, start - 60), start);
    const clause = folded.slice(Math.max(0, start - 160), start);
    // "said on Monday" is when it was said, whatever plan the sentence reports; otherwise a plan word
    // anywhere earlier in the sentence ("will have a phone call with … on Tuesday") makes it a plan.
    const reported = REPORTED_RE.test(before) || DONE_RE.test(before);
    const future =
      !reported && (/^next\b/i.test(m[0]) || FUTURE_RE.test(before) || (!/['’]s$/.test(m[0]) && PLANNED_EVENT_RE.test(clause)) || PLAN_IN_SENTENCE_RE.test(folded.slice(0, start)));
    out.push({
      start,
      end: start + m[0].length,
      text: m[0],
      weekday: WEEKDAYS.indexOf(m[1]!.toLowerCase() as (typeof WEEKDAYS)[number]),
      stated: null,
      future,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A month and day written without a year, read around a reference day: the year that puts it
 * nearest (within half a year either way). "December 17" in a report of 27 January 2022 is the
 * December just past, not the one eleven months ahead.
 */
export function nearestYear(month: number, day: number, reference: string): string | null {
  const y = +reference.slice(0, 4);
  const ref = Date.parse(`${reference}T12:00:00Z`);
  let best: string | null = null;
  let bestGap = Infinity;
  for (const year of [y - 1, y, y + 1]) {
    const iso = isoDate(year, month, day);
    if (!iso) continue;
    const gap = Math.abs(Date.parse(`${iso}T12:00:00Z`) - ref);
    if (gap < bestGap) {
      best = iso;
      bestGap = gap;
    }
  }
  return best;
}

/** Resolve against a trustworthy document date. */
export function resolveAgainstDocument(e: DateExpression, docDate: string): string | null {
  if (e.stated) return e.stated.year ? isoDate(e.stated.year, e.stated.month, e.stated.day) : nearestYear(e.stated.month, e.stated.day, docDate);
  if (e.weekday === null) return null;
  return e.future ? weekdayOnOrAfter(docDate, e.weekday) : weekdayOnOrBefore(docDate, e.weekday);
}

/** Resolve in an undated document whose events follow `anchor`. */
export function resolveAfterAnchor(e: DateExpression, anchor: string): string | null {
  if (e.stated) return e.stated.year ? isoDate(e.stated.year, e.stated.month, e.stated.day) : nearestYear(e.stated.month, e.stated.day, anchor);
  if (e.weekday === null) return null;
  return weekdayAfter(anchor, e.weekday);
}

/** Resolve in an undated document known to report events around `reference`. */
export function resolveNear(e: DateExpression, reference: string): string | null {
  if (e.stated) return e.stated.year ? isoDate(e.stated.year, e.stated.month, e.stated.day) : nearestYear(e.stated.month, e.stated.day, reference);
  if (e.weekday === null) return null;
  return weekdayNear(reference, e.weekday);
}

/**
 * A month and day written with their weekday ("Monday, January 31") in a document with no date and
 * no anchor: the year nearest `around` (the KB's dated coverage) on which that day was that weekday.
 * The weekday pattern repeats every few years, so only a year within that distance is taken.
 */
export function resolveByWeekday(e: DateExpression, around: string): string | null {
  const s = e.stated;
  if (!s || s.year || s.weekday === null || s.weekday === undefined) return null;
  const y0 = +around.slice(0, 4);
  for (const dy of [0, 1, -1, 2, -2, 3, -3]) {
    const iso = isoDate(y0 + dy, s.month, s.day);
    if (iso && new Date(`${iso}T12:00:00Z`).getUTCDay() === s.weekday) return iso;
  }
  return null;
}
