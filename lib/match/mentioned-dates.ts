/**
 * Calendar dates written out in a sentence ("January 26", "26 Jan 2022", "Nov. 26, 2022"), as ISO
 * dates. A date without a year borrows the article's publish year, when there is one.
 */
const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const MONTH_DAY = new RegExp(`\\b(${NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?`, 'gi');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${NAMES})\\b\\.?(?:,?\\s+(\\d{4}))?`, 'gi');

export interface MentionedDate {
  text: string;
  iso: string;
  /** True when the year was written, not borrowed. */
  hasYear: boolean;
}

function iso(y: number, m: number, d: number): string | null {
  if (d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function mentionedDates(text: string, fallbackYear: number | null): MentionedDate[] {
  const out: MentionedDate[] = [];
  const add = (raw: string, monthName: string, day: string, year: string | undefined) => {
    const month = MONTHS[monthName.toLowerCase()];
    // "May" and "March" are also ordinary words; without a day next to them they never get here.
    if (!month) return;
    const y = year ? Number(year) : fallbackYear;
    if (!y) return;
    const value = iso(y, month, Number(day));
    if (value) out.push({ text: raw, iso: value, hasYear: !!year });
  };
  for (const m of text.matchAll(MONTH_DAY)) add(m[0], m[1]!, m[2]!, m[3]);
  for (const m of text.matchAll(DAY_MONTH)) add(m[0], m[2]!, m[1]!, m[3]);
  return out;
}

/** Whole days from a to b (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** "26 January 2022" */
export function readableDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][(m ?? 1) - 1];
  return `${d} ${month} ${y}`;
}
