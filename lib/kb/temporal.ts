/**
 * Dates inside the compiler's sentences and how to resolve them. The dates are read by the event
 * model's reader (lib/event/dates.ts: chrono-node and the plan words the matcher uses too), so the
 * compiler and the matcher read "on Wednesday" alike; what is the compiler's own is the resolution.
 *
 * A weekday is resolved against the document's own date only when that date is trustworthy: the
 * most recent such weekday on or before the document date, the next one when the sentence speaks
 * of a plan ("will", "planned", "ahead of"), the nearest one for a plan in reported speech ("would
 * be explained later Wednesday"). A document without a date gets an anchor from the dated events it
 * shares with other documents (document-dates.ts): when a sentence names the same weekday as a dated
 * report of the same event, that date is taken and the document's other weekdays are read as the
 * nearest such day to it; otherwise its weekdays are read as the first such day after the latest
 * dated event it refers back to, since it reports later events.
 */
import { sentenceDates } from '../event/dates';
import { foldText } from '../event/fold';
import { isoDate, weekdayAfter, weekdayNear, weekdayOnOrAfter, weekdayOnOrBefore } from './dates';

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
  /** A plan in reported speech ("would be explained later Wednesday"): the nearest such weekday. */
  reportedPlan: boolean;
}

/**
 * The dates of an English sentence as the event model reads them (lib/event/dates.ts: chrono-node,
 * and the same plan words as the matcher), before any resolution: the compiler resolves them
 * against the document's trusted date or an anchor below, which the event reader does not know.
 */
export function findDateExpressions(sentence: string): DateExpression[] {
  const out: DateExpression[] = [];
  for (const d of sentenceDates(sentence, foldText(sentence), 'en', null)) {
    const text = d.text.replace(/[\s,.;:]+$/, '');
    const base = { start: d.at, end: d.at + text.length, text, future: d.future, reportedPlan: d.reportedPlan };
    if (d.fromWeekday) {
      if (d.weekday !== null) out.push({ ...base, weekday: d.weekday, stated: null });
      continue;
    }
    const [month, day] = d.monthDay.split('-').map(Number) as [number, number];
    out.push({ ...base, weekday: null, stated: { month, day, year: d.yearKnown && d.iso ? +d.iso.slice(0, 4) : null, weekday: d.weekday } });
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
  if (e.reportedPlan) return weekdayNear(docDate, e.weekday);
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
