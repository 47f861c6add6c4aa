/**
 * Word tokenizer: lower-case words and numbers, with offsets into the original text.
 * - Numbers keep their thousands separators and decimals as one token ("100,000", "2.5").
 * - Apostrophes (straight or curly) stay inside words ("won't"); a possessive "'s" is dropped so
 *   that "Russia's" and "Russia" are one word.
 * - Dotted acronyms ("U.S.", "U.N.") become one word ("us", "un").
 * - Hyphenated compounds split into their parts ("Belarus-Ukraine" → "belarus", "ukraine").
 */
import { foldPunctuation } from './normalize';

export interface TokenSpan {
  token: string;
  start: number;
  end: number;
}

const TOKEN_RE = /(?:[A-Za-z]\.){2,}|\d+(?:[.,]\d+)*|[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*/gu;

/** Tokens with their [start, end) offsets in `text`. */
export function tokenSpans(text: string): TokenSpan[] {
  const folded = foldPunctuation(text);
  const out: TokenSpan[] = [];
  for (const m of folded.matchAll(TOKEN_RE)) {
    let raw = m[0];
    const start = m.index ?? 0;
    let end = start + raw.length;
    if (/^(?:[A-Za-z]\.){2,}$/.test(raw)) {
      raw = raw.replace(/\./g, '');
    } else if (/^\d/.test(raw)) {
      // A trailing separator belongs to the sentence, not the number ("in 2022, the").
      raw = raw.replace(/[.,]+$/, '');
      end = start + raw.length;
    } else if (/'s$/i.test(raw)) {
      raw = raw.slice(0, -2);
    }
    if (raw) out.push({ token: raw.toLowerCase(), start, end });
  }
  return out;
}

/** Lower-case tokens of `text`. */
export function tokenize(text: string): string[] {
  return tokenSpans(text).map((t) => t.token);
}
