/**
 * One seed file → one document: stated date and how it was found, headline or a title derived from
 * the lead, outlet where the text names it, and clean paragraphs (furniture dropped, paragraphs
 * that a copy-paste broke across lines rejoined).
 */
import { cutAtPhrase, mainClause } from './story-title';
import { splitSentences, squeezeSpaces, tokenize } from '../text';
import { BOILERPLATE_PATTERNS, LINK_LIST_INTRO, VIDEO_LENGTH } from './boilerplate';
import { isoDate, parseDateLine } from './dates';
import type { DateSource } from './types';

export interface ParsedDocument {
  title: string;
  titleSource: 'headline' | 'lead';
  date: string | null;
  dateSource: DateSource;
  outlet: string | null;
  paragraphs: string[];
}

/** " date 2022-01-27 The US delivered…": an ISO date glued in front of the first sentence. */
const DATE_PREFIX = /^\s*date[:\s]\s*(\d{4})-(\d{2})-(\d{2})\b\s*/i;

/** "(CNN) –– The United States…", "WASHINGTON (Reuters) - …": an outlet credit opening the body. */
const OUTLET_CREDIT = /^(?:[A-Z][A-Z .,'-]{1,40}\s)?\(([A-Z][A-Za-z0-9&.' -]{0,30}[A-Za-z0-9.])\)\s*(?:[-\u2013\u2014]+\s*)?/;

const TERMINAL = /[.!?]["'\u201d\u2019)\]]*$|["\u201d]$/;

export function parseDocument(text: string): ParsedDocument {
  let body = text.replace(/\r\n?/g, '\n');
  let date: string | null = null;
  let dateSource: DateSource = 'none';
  const prefix = DATE_PREFIX.exec(body);
  if (prefix) {
    date = isoDate(+prefix[1]!, +prefix[2]!, +prefix[3]!);
    if (date) dateSource = 'prefix';
    body = body.slice(prefix[0].length);
  }
  let paragraphs = rejoinLines(body);
  // The prefix may also open the body after a headline line.
  if (!prefix && paragraphs.length > 1) {
    const inner = DATE_PREFIX.exec(paragraphs[1]!);
    if (inner) {
      date = isoDate(+inner[1]!, +inner[2]!, +inner[3]!);
      if (date) dateSource = 'prefix';
      paragraphs[1] = paragraphs[1]!.slice(inner[0].length);
    }
  }

  // A paragraph that is only a date is a dateline, wherever it sits before the body starts.
  const datelineAt = paragraphs.slice(0, 3).findIndex((p) => parseDateLine(p) !== null);
  if (datelineAt >= 0) {
    const found = parseDateLine(paragraphs[datelineAt]!)!;
    if (!date) {
      date = found;
      dateSource = 'dateline';
    }
    paragraphs.splice(datelineAt, 1);
  }

  let title: string | null = null;
  const first = paragraphs[0];
  if (first !== undefined && paragraphs.length > 1 && looksLikeHeadline(first)) {
    title = first.replace(VIDEO_LENGTH, '').trim();
    paragraphs = paragraphs.slice(1);
  }

  paragraphs = dropFurniture(paragraphs);

  let outlet: string | null = null;
  if (paragraphs[0]) {
    const credit = OUTLET_CREDIT.exec(paragraphs[0]);
    if (credit) {
      outlet = credit[1]!.trim();
      paragraphs[0] = paragraphs[0].slice(credit[0].length).trim();
    }
  }
  paragraphs = paragraphs.map(tidy).filter((p) => p.length > 0);

  if (title) return { title, titleSource: 'headline', date, dateSource, outlet, paragraphs };
  return { title: titleFromLead(paragraphs[0] ?? ''), titleSource: 'lead', date, dateSource, outlet, paragraphs };
}

/**
 * Paragraphs are separated by blank lines. Inside a run of lines, a line continues the previous one
 * when the break was soft: the previous line ends in a space or this one starts with one (text
 * copied from a page whose paragraphs were wrapped, sometimes right after the first word).
 */
function rejoinLines(body: string): string[] {
  const out: string[] = [];
  let cur: string | null = null;
  let prevSoft = false;
  for (const line of body.split('\n')) {
    if (line.trim() === '') {
      if (cur !== null) out.push(cur);
      cur = null;
      prevSoft = false;
      continue;
    }
    const continues = cur !== null && (prevSoft || /^[ \t]/.test(line));
    if (continues) cur = `${cur} ${line}`;
    else {
      if (cur !== null) out.push(cur);
      cur = line;
    }
    prevSoft = /[ \t]$/.test(line);
  }
  if (cur !== null) out.push(cur);
  return out.map(squeezeSpaces).filter(Boolean);
}

function wordCount(s: string): number {
  return tokenize(s).length;
}

/** A short line without sentence punctuation at the end (a video running time may follow). */
function looksLikeHeadline(p: string): boolean {
  const s = p.replace(VIDEO_LENGTH, '').trim();
  const n = wordCount(s);
  return n >= 3 && n <= 30 && !TERMINAL.test(s);
}

function dropFurniture(paragraphs: string[]): string[] {
  const out: string[] = [];
  let inLinkList = false;
  for (const p of paragraphs) {
    if (LINK_LIST_INTRO.test(p)) {
      inLinkList = true;
      continue;
    }
    const isSentence = TERMINAL.test(p) && wordCount(p) > 3;
    if (inLinkList) {
      // Link lists are headlines without sentence punctuation; prose ends the list.
      if (!isSentence) continue;
      inLinkList = false;
    }
    if (BOILERPLATE_PATTERNS.some((re) => re.test(p))) continue;
    if (VIDEO_LENGTH.test(p) && wordCount(p) <= 25) continue; // video teaser with its running time
    if (!isSentence && wordCount(p) <= 12) continue; // section heading inside the body
    out.push(p);
  }
  return out;
}

/** Stray punctuation left by rewriting tools (" ." after a sentence, spaces before commas). */
function tidy(p: string): string {
  return p
    .replace(/([.!?])\s+\.(?=\s|$)/g, '$1')
    .replace(/\s+([,;:])(?=\s)/g, '$1')
    .trim();
}

/**
 * A title from the first sentence: its main clause (attribution and trailing clauses dropped, as
 * for story titles), cut at a phrase boundary.
 */
function titleFromLead(lead: string): string {
  const sentence = splitSentences(lead)[0] ?? lead;
  return cutAtPhrase(mainClause(sentence));
}
