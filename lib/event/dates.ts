/**
 * When: the dates a text gives for what happened, in any language chrono-node reads (en, de, fr,
 * es, it, ru, uk among them). Calendar dates ("31 January", "1 февраля") and weekdays ("on
 * Wednesday", "am Mittwoch") are resolved against the publication date: a weekday is the last such
 * day before it, or the next one when the sentence speaks of a plan. Vague spans ("last week",
 * "this month") are left out: they cannot tell two events a fortnight apart.
 *
 * chrono-node is used rather than hand-written rules because it already knows the month and
 * weekday names, ordinal styles and prepositions of each of those languages.
 */
import * as chrono from 'chrono-node';
import { foldText } from './fold';

export interface FrameDate {
  /** ISO date; for a date written without a year and no publication date, null (see monthDay). */
  iso: string | null;
  /** MM-DD, always set, for comparing year-less dates. */
  monthDay: string;
  /** The year was written (or taken from the publication date for a weekday). */
  yearKnown: boolean;
  /** Resolved from a weekday, not written as a date. */
  fromWeekday: boolean;
  /** The sentence speaks of a plan ("will speak on Tuesday"). */
  future: boolean;
  /** A plan in reported speech ("said he would speak on Tuesday", English): relative to when it was
   *  said, which is near the page's date: the weekday is the nearest such day to it. */
  reportedPlan: boolean;
  /** The day of the week (0 = Sunday) when the text names one; with no publication date to
   *  resolve it against, this is all the date says (iso null, monthDay ''). */
  weekday: number | null;
  /** Where in the sentence the date starts (characters), and the words read as the date. */
  at: number;
  text: string;
  /** Counted from the page's date ("today", "now", "yesterday"): no digit and no weekday. */
  casual: boolean;
}

type Parser = { parse: (text: string, ref?: chrono.ParsingReference | Date, option?: chrono.ParsingOption) => chrono.ParsedResult[] };

const PARSERS: Record<string, Parser> = {
  en: chrono.en,
  de: chrono.de,
  fr: chrono.fr,
  es: chrono.es,
  it: chrono.it,
  ru: chrono.ru,
  uk: chrono.uk,
  nl: chrono.nl,
  pt: chrono.pt,
};

/** Words of plans and forecasts, per language (folded: lower case, no diacritics). */
const FUTURE: Record<string, RegExp> = {
  en: /\b(?:will|shall|is due|are due|scheduled|expected|expects|plans? to|planning to|planned|next|upcoming|ahead of|to hold|to speak|to meet|to talk|looks? forward to|looking forward to)\b/,
  de: /\b(?:wird|werden|soll|sollen|geplant|kommend\w*|nachst\w*|will|wollen)\b/,
  fr: /\b(?:va|vont|sera|seront|doit|doivent|prevu\w*|prochain\w*|aura|auront)\b|\w+(?:era|eront|ira|iront)\b/,
  es: /\b(?:va a|van a|sera|seran|prevista?|proxim\w*|tendra|tendran)\b|\w+(?:ara|aran|era|eran|ira|iran)\b/,
  it: /\b(?:sara|saranno|prevista?|prossim\w*|dovra|dovranno)\b|\w+(?:era|eranno|ira|iranno)\b/,
  ru: /(?:буд\S*|планир\S*|намерен\S*|проведет|проведут|состоится|предстоящ\S*|следующ\S*)/,
  uk: /(?:буде|будуть|планує\S*|планув\S*|проведе|відбудеться|наступн\S*)/,
};

/** A reporting verb right before a date: the date is when it was said; or another verb in the
 *  past: when it was done ("the responses, which were delivered on Wednesday"), whatever plan the
 *  sentence reports around it. English; other languages put the verb elsewhere and keep the plan
 *  reading. */
const REPORTED = /\b(?:said|says|told(?: \w+)?|announced|confirmed|added|stated)\s+(?:on\s+)?$|\b(?!(?:planned|scheduled|expected|proposed|anticipated)\b)[a-z]+ed\s+(?:on\s+)?$/;

/** Words that make a chrono result a span, not a day: weeks, months, years, and "days" in the
 *  plural, which chrono reads as one day in some languages ("dans les prochains jours", "in den
 *  kommenden Tagen" come out as the next day). */
const VAGUE = /week|woche|semaine|semana|settimana|недел|тижн|month|monat|mois|mes|mese|месяц|місяц|year|jahr|annee|ano|anno|год|рік|jours|\btagen?\b|d[ií]as|giorni|дней|дни|днів|днями/i;

/** Weekday names per language (folded), to tell a weekday from chrono's casual phrases ("later in
 *  the day", "today"), which it marks with a certain weekday too. */
const WEEKDAY_NAME = /monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miercoles|jueves|viernes|sabado|domingo|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|понедельн|вторник|сред[аеуы]|четверг|пятниц|суббот|воскресен|понеділ|вівтор|серед|четвер|п'ятниц|субот|неділ|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|segunda|terca|quarta|quinta|sexta/;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(isoDay: string, n: number): string {
  const d = new Date(`${isoDay}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

function weekdayOf(isoDay: string): number {
  return new Date(`${isoDay}T12:00:00Z`).getUTCDay();
}

export function isFutureSentence(folded: string, lang: string): boolean {
  return (FUTURE[lang] ?? FUTURE.en!).test(folded) || (lang !== 'en' && FUTURE.en!.test(folded));
}

/**
 * Dates in one sentence. `folded` is the same sentence folded (for the plan words); `published` the
 * ISO publication date or null.
 */
export function sentenceDates(sentence: string, folded: string, lang: string, published: string | null): FrameDate[] {
  if (!/\d|day|tag|jour|lunes|martes|miercoles|jueves|viernes|sabado|domingo|lunedi|martedi|mercoled|gioved|venerd|sabato|domenica|понедел|вторник|сред|четверг|пятниц|суббот|воскрес|понеділ|вівтор|серед|четвер|п'ятниц|субот|неділ|mittwoch|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche/i.test(folded)) return [];
  const parser = PARSERS[lang] ?? chrono.en;
  const ref = published ? new Date(`${published}T12:00:00Z`) : new Date('2000-06-15T12:00:00Z');
  let results: chrono.ParsedResult[];
  try {
    results = parser.parse(sentence, { instant: ref, timezone: 0 });
  } catch {
    return [];
  }
  const out: FrameDate[] = [];
  for (const r of results) {
    // "last week", "this month"; but "31 января 2022 года" is a date that names its year.
    if (VAGUE.test(r.text) && !/\d/.test(r.text)) continue;
    // "Today", "yesterday", "later in the day" mean nothing without a publication date to count from.
    const named = WEEKDAY_NAME.test(foldText(r.text));
    if (!published && !/\d/.test(r.text) && !named) continue;
    // A plan word before the date makes it a plan ("will speak on Tuesday"); one after it does not
    // ("said on Wednesday that he expects to speak").
    const before = foldText(sentence.slice(0, r.index));
    // ... unless the date is when it was said: "a spokesman said on Monday".
    const plan = isFutureSentence(before, lang) || (lang === 'en' && /^next\b/i.test(r.text));
    const reported = REPORTED.test(before);
    const future = plan && !reported;
    const reportedPlan = !plan && !reported && lang === 'en' && /\bwould\b/.test(before);
    const c = r.start;
    const casual = !/\d/.test(r.text) && !named;
    const hasDay = c.isCertain('day');
    const hasWeekday = c.isCertain('weekday') && named;
    if (!hasDay && !hasWeekday) continue;
    if (hasDay) {
      const d = c.date();
      const yearKnown = c.isCertain('year') || !!published;
      const value = iso(d);
      out.push({ iso: yearKnown ? value : null, monthDay: value.slice(5), yearKnown, fromWeekday: false, future, reportedPlan, weekday: hasWeekday ? (c.get('weekday') ?? null) : null, at: r.index, text: r.text, casual });
    } else if (published) {
      // The last such weekday on or before the publication date, or the next one for a plan.
      const wd = c.get('weekday') ?? 0;
      const pubWd = weekdayOf(published);
      const ahead = (wd - pubWd + 7) % 7;
      const back = (pubWd - wd + 7) % 7;
      const value = future || (reportedPlan && ahead < back) ? addDays(published, ahead) : addDays(published, -back);
      out.push({ iso: value, monthDay: value.slice(5), yearKnown: true, fromWeekday: true, future, reportedPlan, weekday: c.get('weekday') ?? null, at: r.index, text: r.text, casual });
    } else {
      out.push({ iso: null, monthDay: '', yearKnown: false, fromWeekday: true, future, reportedPlan, weekday: c.get('weekday') ?? null, at: r.index, text: r.text, casual });
    }
  }
  return out;
}

export { addDays, weekdayOf };
