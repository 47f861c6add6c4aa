/**
 * Title candidates that name an event from its frame, beside the fact sentences story-title.ts
 * already weighs. A fact sentence often tells a consequence or a reaction ("The open meeting …
 * proceeded despite opposition"), while the frame of the event (which body met, over what; who
 * answered whom, ahead of what) sits in a noun phrase or in a report's headline:
 * - a dated happening written as a possessive ("Monday's UN Security Council meeting over …"):
 *   the phrase itself names who met about what;
 * - a report's headline written in sentence case ("Russia responds in writing to US ahead of …"):
 *   its editor wrote it to name the event; it is a candidate for the one story of its report it
 *   resembles most (a report that covers two events has one headline). A headline in Title Case
 *   is an outlet's display line, not a neutral sentence, and is left to the fallback.
 */
import { contentTerms } from '../text';
import { EVENT_NOUNS } from './timeline';
import { mainClause } from './story-title';

const WD = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** "Monday's …": the happening a possessive weekday dates, up to the end of its clause. */
const POSSESSIVE_EVENT_RE = new RegExp(String.raw`\b${WD}['’]s\s+([^.;:"“”]{3,160})`);

/**
 * Shorter wordings with the same meaning, used only when a title would not fit: a title that
 * loses its last words loses what the event was about ("… along the border with Ukraine").
 */
const COMPACT_FORMS: readonly [RegExp, string][] = [
  // "the border with Ukraine" is "Ukraine's border".
  [/\bthe\s+(border|frontier)\s+with\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\b/g, "$2's $1"],
];

/** The text in its compact wording (see COMPACT_FORMS), spaces tidied. */
export function compact(text: string): string {
  let t = text;
  for (const [re, to] of COMPACT_FORMS) t = t.replace(re, (...m: string[]) => to.replace('$1', m[1]!).replace('$2', m[2]!.trim()));
  return t.replace(/\s+/g, ' ').trim();
}

/**
 * The happening a sentence names with a possessive weekday, as a title-length phrase ("UN
 * Security Council meeting over Moscow's escalation along Ukraine's border"), or null when the
 * phrase names no happening (`EVENT_NOUNS`) within its first words.
 */
export function namedEvent(sentence: string): string | null {
  const m = POSSESSIVE_EVENT_RE.exec(sentence);
  if (!m) return null;
  const phrase = mainClause(m[1]!, { keepSpeaker: true });
  const head = phrase.split(/\s+/).slice(0, 5).map((w) => w.toLowerCase().replace(/[^a-z]/g, ''));
  if (!head.some((w) => EVENT_NOUNS.has(w))) return null;
  return compact(phrase[0]!.toUpperCase() + phrase.slice(1));
}

/**
 * Sentence case: some word of four letters or more after the first is written in lower case
 * ("Russia responds in writing to US …"). "Blinken Confirms US Delivers …" is Title Case.
 */
export function isSentenceCase(headline: string): boolean {
  const words = headline.split(/\s+/).slice(1).filter((w) => /^[A-Za-z][a-z'’-]{3,}/.test(w));
  return words.some((w) => /^[a-z]/.test(w));
}

/** L2-normalised TF-IDF vector of a text's content terms (no names), with the given idf. */
export function textVector(text: string, idf: ReadonlyMap<string, number>): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of contentTerms(text)) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v = new Map<string, number>();
  let norm = 0;
  for (const [t, c] of tf) {
    const w = c * (idf.get(t) ?? 0);
    if (w <= 0) continue;
    v.set(t, w);
    norm += w * w;
  }
  for (const [t, w] of v) v.set(t, w / (Math.sqrt(norm) || 1));
  return v;
}
