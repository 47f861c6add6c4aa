/** Calendar helpers on ISO dates (YYYY-MM-DD), all in UTC so results never depend on the machine. */

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

export function isoDate(y: number, m: number, d: number): string | null {
  const t = Date.UTC(y, m - 1, d);
  const dt = new Date(t);
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return dt.toISOString().slice(0, 10);
}

export function parseIso(iso: string): number {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
}

export function addDays(iso: string, days: number): string {
  return new Date(parseIso(iso) + days * 86_400_000).toISOString().slice(0, 10);
}

export function daysBetween(a: string, b: string): number {
  return Math.round((parseIso(b) - parseIso(a)) / 86_400_000);
}

export function weekdayOf(iso: string): number {
  return new Date(parseIso(iso)).getUTCDay();
}

export function weekdayName(iso: string): string {
  const w = WEEKDAYS[weekdayOf(iso)]!;
  return w[0]!.toUpperCase() + w.slice(1);
}

/** The given weekday on or before `iso` (same day counts). */
export function weekdayOnOrBefore(iso: string, weekday: number): string {
  const back = (weekdayOf(iso) - weekday + 7) % 7;
  return addDays(iso, -back);
}

/** The given weekday strictly after `iso`. */
export function weekdayAfter(iso: string, weekday: number): string {
  const ahead = (weekday - weekdayOf(iso) + 7) % 7 || 7;
  return addDays(iso, ahead);
}

/** The given weekday on or after `iso`. */
export function weekdayOnOrAfter(iso: string, weekday: number): string {
  const ahead = (weekday - weekdayOf(iso) + 7) % 7;
  return addDays(iso, ahead);
}

const MONTH_RE = MONTHS.join('|');

/** A line that is only a date: "November 26, 2022", "26 November 2022", "2022-11-26". */
export function parseDateLine(line: string): string | null {
  const s = line.trim().replace(/\.$/, '');
  let m = new RegExp(`^(?:(?:${WEEKDAYS.join('|')}),?\\s+)?(${MONTH_RE})\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i').exec(s);
  if (m) return isoDate(+m[3]!, MONTHS.indexOf(m[1]!.toLowerCase() as (typeof MONTHS)[number]) + 1, +m[2]!);
  m = new RegExp(`^(?:(?:${WEEKDAYS.join('|')}),?\\s+)?(\\d{1,2})\\s+(${MONTH_RE})\\s+(\\d{4})$`, 'i').exec(s);
  if (m) return isoDate(+m[3]!, MONTHS.indexOf(m[2]!.toLowerCase() as (typeof MONTHS)[number]) + 1, +m[1]!);
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  return null;
}

/** The given weekday nearest to `iso` (within three days either side). */
export function weekdayNear(iso: string, weekday: number): string {
  let diff = (weekday - weekdayOf(iso) + 7) % 7;
  if (diff > 3) diff -= 7;
  return addDays(iso, diff);
}
