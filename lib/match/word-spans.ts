/**
 * The article's words, split exactly as lib/text tokenSpans splits them (the KB was built with that
 * tokenizer, so the two must agree token for token; tests/match/word-spans.test.ts checks it over
 * every fixture page and seed), but in one pass over character codes with no regular expression
 * per word: an article is thousands of words and tokenizing them was the largest single cost of
 * analyse(). Offsets are into the text as given (folding quotes and dashes keeps lengths).
 *
 * The rules, in the order lib/text tries them at each position: dotted acronyms ("U.S." → "us"),
 * numbers with separators ("100,000"), then runs of letters and marks joined by apostrophes, a
 * trailing possessive "'s" dropped.
 */
import type { TokenSpan } from '../text';

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
/** Per UTF-16 code unit outside ASCII: 0 not yet known, 1 letter or mark, 2 neither. News text
 *  repeats the same few (curly quotes, dashes, accented letters), so each is tested once. */
const BMP_CLASS = new Uint8Array(65536);

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Apostrophes as lib/text folds them: straight, curly and prime. */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032;
}

/** Length in code units of the letter or mark at `i`, or 0 when there is none. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const cp = text.codePointAt(i)!;
    return LETTER_OR_MARK.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let k = BMP_CLASS[c]!;
  if (k === 0) {
    k = LETTER_OR_MARK.test(text.charAt(i)) ? 1 : 2;
    BMP_CLASS[c] = k;
  }
  return k === 1 ? 1 : 0;
}

/**
 * Recently seen ASCII words, lower-cased, by hash of their letters (a direct-mapped table: a
 * collision just replaces the entry). An article repeats a few thousand distinct words, and
 * slicing and lower-casing a fresh string for every occurrence was most of this module's cost and
 * much of analyse()'s garbage; a string from the table is equal to the one it saves making.
 */
const INTERN_SLOTS = 8192;
const interned: string[] = new Array<string>(INTERN_SLOTS).fill('');

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c | 32 : c;
}

/**
 * The token for the word text[i, j) when every character is ASCII (so folding only lower-cases
 * letters), possessive "'s" dropped as below; null when the word needs the general path.
 */
function internedAscii(text: string, i: number, j: number): string | null {
  let e = j;
  if (e - i >= 2 && (text.charCodeAt(e - 1) | 32) === 115 && text.charCodeAt(e - 2) === 39) e -= 2;
  let h = 0x811c9dc5;
  for (let k = i; k < j; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return null;
    if (k < e) h = Math.imul(h ^ lowerAscii(c), 0x01000193);
  }
  if (e === i) return null;
  const slot = (h ^ (h >>> 15)) & (INTERN_SLOTS - 1);
  const cached = interned[slot]!;
  if (cached.length === e - i) {
    let same = true;
    for (let k = 0; k < cached.length; k++) {
      if (cached.charCodeAt(k) !== lowerAscii(text.charCodeAt(i + k))) {
        same = false;
        break;
      }
    }
    if (same) return cached;
  }
  const token = text.slice(i, e).toLowerCase();
  interned[slot] = token;
  return token;
}

export function wordSpans(text: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  forEachWord(text, (token, start, end) => out.push({ token, start, end }));
  return out;
}

/** The same words, handed to `visit` one by one: no span object is made for each. */
export function forEachWord(text: string, visit: (token: string, start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Dotted acronym: two or more "letter." pairs.
    if (isAsciiLetter(c) && i + 1 < n && text.charCodeAt(i + 1) === 46) {
      let j = i;
      let pairs = 0;
      while (j + 1 < n && isAsciiLetter(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) {
        j += 2;
        pairs++;
      }
      if (pairs >= 2) {
        visit(text.slice(i, j).replace(/\./g, '').toLowerCase(), i, j);
        i = j;
        continue;
      }
    }
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      for (;;) {
        const sep = text.charCodeAt(j);
        if ((sep === 46 || sep === 44) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) {
          j += 2;
          while (j < n && isDigit(text.charCodeAt(j))) j++;
        } else break;
      }
      visit(text.slice(i, j), i, j);
      i = j;
      continue;
    }
    let len = letterAt(text, i);
    if (len === 0) {
      i++;
      continue;
    }
    let j = i + len;
    // Lower-casing is skipped for words written in lower case already (most of them).
    let plain = c >= 97 && c <= 122;
    for (;;) {
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d >= 97 && d <= 122) {
          j++;
          continue;
        }
        if ((len = letterAt(text, j)) === 0) break;
        plain = false;
        j += len;
      }
      // An apostrophe joins two runs of letters ("won't"); otherwise it ends the word.
      if (j + 1 < n && isApostrophe(text.charCodeAt(j)) && letterAt(text, j + 1) > 0) {
        j += 1;
        continue;
      }
      break;
    }
    // The common case, a word in ASCII, is answered from the intern table without a new string.
    const known = internedAscii(text, i, j);
    if (known !== null) {
      visit(known, i, j);
      i = j;
      continue;
    }
    let raw = text.slice(i, j);
    const last = raw.length;
    if (last >= 2 && (raw.charCodeAt(last - 1) | 32) === 115 && isApostrophe(raw.charCodeAt(last - 2))) raw = raw.slice(0, -2);
    // Words keep their apostrophes in the folded (straight) form, as lib/text writes them.
    for (let k = 0; k < raw.length; k++) {
      if (raw.charCodeAt(k) !== 39 && isApostrophe(raw.charCodeAt(k))) {
        raw = raw.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'");
        break;
      }
    }
    if (raw) visit(plain ? raw : raw.toLowerCase(), i, j);
    i = j;
  }
}
