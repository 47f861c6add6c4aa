/**
 * Publish dates as pages state them (ISO timestamps, "January 26, 2022", "26 Jan 2022",
 * "2022/01/26"), reduced to the calendar date the publisher wrote. The date part is taken as
 * written rather than converted to UTC: a story filed late on the 26th in Washington is a 26th story.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function iso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  // Rejects 31 February and friends: Date rolls them over into the next month.
  if (d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO calendar date (YYYY-MM-DD) in a date string, or null when there is none. */
export function parseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  if (!s) return null;

  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));

  // Compact forms some CMSs emit in meta tags: 20220126 or 20220126T101500Z.
  m = /^(\d{4})(\d{2})(\d{2})(?:T|\b)/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));

  // "January 26, 2022", "Jan. 26 2022", "Wednesday, January 26, 2022 10:15 AM"
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m) {
    const month = MONTHS[m[1]!.slice(0, 4).toLowerCase()] ?? MONTHS[m[1]!.slice(0, 3).toLowerCase()];
    if (month) return iso(Number(m[3]), month, Number(m[2]));
  }
  // "26 January 2022", "26 Jan. 2022"
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m) {
    const month = MONTHS[m[2]!.slice(0, 4).toLowerCase()] ?? MONTHS[m[2]!.slice(0, 3).toLowerCase()];
    if (month) return iso(Number(m[3]), month, Number(m[1]));
  }
  // Epoch milliseconds or seconds (some meta tags carry these).
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const d = new Date(ms);
    return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}
