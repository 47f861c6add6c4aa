/**
 * Sentence splitter for news prose. Returns exact substrings of the input (trimmed), so callers can
 * point back into the original text. Boundaries are a run of . ! ? (optionally followed by closing
 * quotes or brackets), then whitespace, then something that can start a sentence (a capital, a
 * digit, or an opening quote). Not a boundary:
 * - after a known abbreviation ("Sen.", "Gov.", "Jan.") or a single capital initial ("Alexander V.");
 * - after a dotted acronym ("U.S.") unless the next word is a typical sentence opener ("The", "He");
 * - an ellipsis followed by a lower-case word (handled by the capital rule).
 * A blank line always ends a sentence.
 */
import { foldPunctuation } from './normalize';

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  `mr mrs ms dr sen rep reps gov gen col lt sgt capt cmdr adm st jr sr prof inc corp co ltd vs etc
  jan feb mar apr jun jul aug sep sept oct nov dec mt ft pres rev hon dept est approx fig univ ave blvd`.split(/\s+/),
);

const OPENERS = new Set(
  `the a an it he she they we i but and in on at this that these those there his her their its our
  as after before when while if for some many most officials meanwhile however`.split(/\s+/),
);

/** Sentence spans of `text`, trimmed, in order. */
export function sentenceSpans(text: string): Span[] {
  const t = foldPunctuation(text);
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(t[s]!)) s++;
    while (e > s && /\s/.test(t[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  const re = /[.!?]+["')\]]*(?=\s)|\n\s*\n/g;
  const nextWordRe = /\s+(["'(\[]?)(\S+)/y;
  for (const m of t.matchAll(re)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (m[0].startsWith('\n')) {
      push(at);
      start = end;
      continue;
    }
    // Sticky at `end` rather than anchored on a copy of the rest of the text (this runs per stop).
    nextWordRe.lastIndex = end;
    const next = nextWordRe.exec(t);
    if (!next) continue;
    const nextWord = next[2]!;
    const first = nextWord[0]!;
    const startsSentence = /[A-Z0-9]/.test(first) || (next[1] !== '' && /[A-Za-z]/.test(first));
    if (!startsSentence) continue;
    if (m[0] === '.') {
      // The word before the stop, found by scanning back (an end-anchored regex tries every start).
      let from = at;
      while (from > start && !/\s/.test(t[from - 1]!)) from--;
      const before = t.slice(from, at);
      const word = before.replace(/^["'(\[]+/, '');
      if (/^[A-Z]$/.test(word)) continue; // initial: "Alexander V. Grushko"
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
      if (/^nos?$/i.test(word) && /\d/.test(first)) continue; // "No. 10" is a number, not an end
      if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) {
        // Dotted acronym: "U.S. officials" continues, "in the U.S. The" ends.
        const lower = nextWord.replace(/[^A-Za-z']/g, '').toLowerCase();
        if (!OPENERS.has(lower)) continue;
      }
    }
    push(end);
    start = end;
  }
  push(t.length);
  return spans;
}

/** Sentences of `text` as trimmed substrings. */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map((s) => text.slice(s.start, s.end));
}
