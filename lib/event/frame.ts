/**
 * The event frame of a text: when (its publication date and the dates it gives, resolved), and what
 * (the actions it states, where). Who (people and organisations) comes from the KB's entities and
 * is read by the caller that knows them (the matcher's entity index, the compiler's mentions): the
 * frame is language-neutral in its structure and only the lexicons behind it are per language.
 *
 * The same reader runs on a seed paragraph, a seed document and an article.
 */
import { splitSentences } from '../text';
import { actionsIn, type ActionId } from './actions';
import { sentenceDates, type FrameDate } from './dates';
import { foldText } from './fold';
import { articleLanguage } from './language';

export interface FrameInput {
  title: string;
  paragraphs: readonly string[];
  /** ISO publication date, or null. */
  publishedAt: string | null;
  /** Declared language tag, or null. */
  lang: string | null;
  /** The language when the caller knows it (the KB's seeds are English): nothing is detected. */
  knownLanguage?: string;
}

export interface DatedMention extends FrameDate {
  /** Paragraph index; -1 for the headline. */
  paragraph: number;
  /** In the headline or the first two paragraphs of prose. */
  lead: boolean;
  /** At the very start of the text ("WASHINGTON, Jan 31 (Reuters) -"), or counted from it
   *  ("today", "now"): the page's own date. */
  dateline: boolean;
  /** On a line of its own that is only a date ("November 26, 2022"): page furniture. */
  dateOnly: boolean;
}

export interface ActionMention {
  action: ActionId;
  paragraph: number;
  lead: boolean;
}

export interface EventFrame {
  lang: string;
  published: string | null;
  dates: DatedMention[];
  actions: ActionMention[];
  /** Sentences read (headline included). */
  sentences: number;
}

/** Paragraphs shorter than this are datelines, kickers or captions, not the lead's prose. */
const LEAD_MIN_CHARS = 60;
/** A line of at most this many words that gives a date is a date line ("November 26, 2022"). */
const DATE_LINE_WORDS = 4;
/** A date this close to the start of the text's first sentence is its dateline. */
const DATELINE_CHARS = 60;
/** Paragraphs read: a frame is about what the text reports, which its first part says. */
const MAX_PARAGRAPHS = 60;

export function readFrame(input: FrameInput): EventFrame {
  const lang = input.knownLanguage ?? articleLanguage(input.lang, [input.title, ...input.paragraphs.slice(0, 8)].join(' ').slice(0, 3000));
  const parseLang = lang === 'und' ? 'en' : lang;
  const dates: DatedMention[] = [];
  const actions: ActionMention[] = [];
  let sentences = 0;
  const lead = new Set<number>([-1]);
  for (let p = 0; p < input.paragraphs.length && lead.size < 3; p++) if (input.paragraphs[p]!.length >= LEAD_MIN_CHARS) lead.add(p);
  const blocks: [number, string][] = [];
  if (input.title.trim()) blocks.push([-1, input.title]);
  input.paragraphs.slice(0, MAX_PARAGRAPHS).forEach((p, i) => blocks.push([i, p]));
  let first = true;
  for (const [paragraph, text] of blocks) {
    // A line that is only a date ("November 26, 2022") is the page's date line, wherever it stands.
    const dateOnly = text.trim().split(/\s+/).length <= DATE_LINE_WORDS;
    for (const sentence of frameSentences(text, parseLang)) {
      const opening = paragraph >= 0 && first;
      if (paragraph >= 0) first = false;
      sentences++;
      const folded = foldText(sentence);
      const inLead = lead.has(paragraph);
      for (const action of actionsIn(folded, parseLang)) actions.push({ action, paragraph, lead: inLead });
      for (const d of sentenceDates(sentence, folded, parseLang, input.publishedAt)) dates.push({ ...d, paragraph, lead: inLead, dateline: d.casual || (opening && d.at < DATELINE_CHARS), dateOnly });
    }
  }
  return { lang, published: input.publishedAt, dates, actions, sentences };
}

/** Languages that write a day of the month as an ordinal with a full stop ("am 26. Januar"). */
const ORDINAL_DOT = new Set(['de', 'da', 'no', 'fi', 'cs', 'sk', 'pl', 'hu', 'hr', 'sl', 'sr']);

/**
 * The sentences of a paragraph as the frame reads them. The splitter ends a sentence at a full stop
 * before a capital, which cuts "am 26. Januar" in two in German: there a day number with a stop
 * joins the next sentence, so that the date is read whole.
 */
export function frameSentences(text: string, lang: string): string[] {
  const parts = splitSentences(text);
  if (!ORDINAL_DOT.has(lang)) return parts;
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev !== undefined && /(?:^|[^\d.])\d{1,2}\.$/.test(prev)) out[out.length - 1] = `${prev} ${p}`;
    else out.push(p);
  }
  return out;
}

/**
 * What the article reports happened, as shares of its action mentions. When the lead (headline and
 * first paragraphs) states an act, only the lead's acts count: that is the news, and acts further
 * down are background ("Zakharova said Lavrov will meet Blinken in Geneva… awaiting the written
 * US response" reports a meeting, not a response). A lead that states no act leaves the whole text
 * to say what happened.
 */
export function actionShares(frame: EventFrame): Map<ActionId, number> {
  const leadStates = frame.actions.some((a) => a.lead);
  const counts = new Map<ActionId, number>();
  let total = 0;
  for (const a of frame.actions) {
    if (leadStates && !a.lead) continue;
    counts.set(a.action, (counts.get(a.action) ?? 0) + 1);
    total++;
  }
  const out = new Map<ActionId, number>();
  for (const [k, v] of counts) out.set(k, v / total);
  return out;
}
