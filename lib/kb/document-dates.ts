/**
 * Document dates: whether a stated date fits the events the document reports, how a document
 * without a date is anchored, and the date each sentence's weekday or calendar date stands for.
 */
import type { PairList } from './align';
import type { Corpus } from './corpus';
import { daysBetween, weekdayName } from './dates';
import { FACT_SIMILARITY } from './facts';
import { isFutureSentence } from '../event/dates';
import { foldText } from '../event/fold';
import { findDateExpressions, type DateExpression, resolveAfterAnchor, resolveAgainstDocument, resolveByWeekday, resolveNear } from './temporal';

/** The date expressions of each sentence of a corpus, read once: the anchors look at a sentence once
 *  per aligned pair it is in, and the date reader (chrono-node) is the costly part. */
const expressionCache = new WeakMap<Corpus, (DateExpression[] | undefined)[]>();
function expressionsOf(corpus: Corpus, sentence: number): DateExpression[] {
  let cache = expressionCache.get(corpus);
  if (!cache) expressionCache.set(corpus, (cache = []));
  return (cache[sentence] ??= findDateExpressions(corpus.sentences[sentence]!.text));
}

/** A document whose date is further than this from the documents reporting the same events is inconsistent. */
export const DATE_TOLERANCE_DAYS = 30;
/**
 * Two documents report the same events when at least this share of the shorter one's sentences
 * align with the other's (and at least two): a stock sentence or two in common is not enough.
 */
export const MIN_SHARED_SHARE = 0.2;

export interface DateCheck {
  inconsistent: boolean;
  consensus: string | null;
  neighbours: number[];
  note: string | null;
}

/**
 * For every document, the other documents it shares aligned sentence pairs with (at FACT_SIMILARITY
 * or above) and how many: per document d, entries start[d]..start[d + 1] of `other` (ascending)
 * and `count`. Counted by sorting one number per pair and direction, which at 5,000 documents
 * (650,000 such pairs) takes a tenth of the memory of a Map per document.
 */
function sharedPairCounts(corpus: Corpus, pairs: PairList): { start: Int32Array; other: Int32Array; count: Int32Array } {
  const docs = corpus.docs.length;
  let m = 0;
  for (let k = 0; k < pairs.length; k++) if (pairs.sim[k]! >= FACT_SIMILARITY) m++;
  const keys = new Float64Array(2 * m);
  m = 0;
  for (let k = 0; k < pairs.length; k++) {
    if (pairs.sim[k]! < FACT_SIMILARITY) continue;
    const a = corpus.sentences[pairs.a[k]!]!.doc;
    const b = corpus.sentences[pairs.b[k]!]!.doc;
    keys[m++] = a * docs + b;
    keys[m++] = b * docs + a;
  }
  keys.sort();
  const start = new Int32Array(docs + 1);
  const other: number[] = [];
  const count: number[] = [];
  for (let k = 0; k < keys.length; ) {
    let e = k + 1;
    while (e < keys.length && keys[e] === keys[k]) e++;
    const d = Math.floor(keys[k]! / docs);
    start[d + 1]!++;
    other.push(keys[k]! - d * docs);
    count.push(e - k);
    k = e;
  }
  for (let d = 0; d < docs; d++) start[d + 1]! += start[d]!;
  return { start, other: Int32Array.from(other), count: Int32Array.from(count) };
}

/**
 * A document's stated date is checked against the dated documents that report the same events
 * (see MIN_SHARED_SHARE). When at least two of them agree with each other (within
 * a week) and the document's date is more than DATE_TOLERANCE_DAYS away from theirs, its date is
 * inconsistent with its content. The note names the evidence.
 */
export function checkDocumentDates(corpus: Corpus, pairs: PairList): Map<number, DateCheck> {
  const counts = sharedPairCounts(corpus, pairs);
  const out = new Map<number, DateCheck>();
  for (const d of corpus.docs) {
    const date = d.parsed.date;
    if (!date) continue;
    const size = (doc: number) => corpus.docs[doc]!.paragraphSentences.reduce((n, p) => n + p.length, 0);
    const neighbours: number[] = [];
    for (let k = counts.start[d.index]!; k < counts.start[d.index + 1]!; k++) {
      const o = counts.other[k]!;
      const n = counts.count[k]!;
      if (n >= Math.max(2, MIN_SHARED_SHARE * Math.min(size(d.index), size(o))) && corpus.docs[o]!.parsed.date) neighbours.push(o);
    }
    const dates = neighbours.map((o) => corpus.docs[o]!.parsed.date!).sort();
    const median = dates[Math.floor(dates.length / 2)] ?? null;
    const agreeing = median ? neighbours.filter((o) => Math.abs(daysBetween(corpus.docs[o]!.parsed.date!, median)) <= 7) : [];
    if (median && agreeing.length >= 2 && Math.abs(daysBetween(date, median)) > DATE_TOLERANCE_DAYS) {
      const weekdays = d.paragraphSentences
        .flat()
        .flatMap((k) => expressionsOf(corpus, k))
        .filter((e) => e.weekday !== null)
        .map((e) => e.text.replace(/^(?:on|later|earlier)\s+/i, ''));
      const uniq = [...new Set(weekdays)];
      out.set(d.index, {
        inconsistent: true,
        consensus: median,
        neighbours: agreeing,
        note:
          `Dated ${date}, but it reports the same events as ${agreeing.length} documents dated ${median} ` +
          `(${agreeing.map((o) => corpus.docs[o]!.id).join(', ')}), ${Math.abs(daysBetween(median, date))} days apart` +
          (uniq.length ? `; its ${uniq.map((w) => `"${w}"`).join(', ')} cannot be read against its own date.` : '.'),
      });
    } else {
      out.set(d.index, { inconsistent: false, consensus: median, neighbours, note: null });
    }
  }
  return out;
}

export interface Anchor {
  /** '' when no anchor could be found. */
  date: string;
  /** 'near': weekdays are the nearest such day to `date`; 'after': the first such day after it. */
  mode: 'near' | 'after';
  note: string;
}

/**
 * Dates for a document without one, from the dated documents that report the same events:
 * 1. Direct: one of its sentences names a weekday and states the same event as a sentence of a
 *    trustworthy dated document that names the same weekday; that date is the document's reference,
 *    and its other weekdays are read as the nearest such days.
 * 2. Otherwise it refers back to dated events (it repeats them); it was written after the latest
 *    of them, and its weekdays are the first such days after that.
 * Without either, its weekdays stay unresolved and the note says so.
 */
export function undatedAnchors(corpus: Corpus, pairs: PairList, trusted: (doc: number) => boolean): Map<number, Anchor> {
  const out = new Map<number, Anchor>();
  const eventDate = (k: number): { date: string; weekday: number | null } | null => {
    const s = corpus.sentences[k]!;
    if (!trusted(s.doc)) return null;
    const docDate = corpus.docs[s.doc]!.parsed.date!;
    for (const e of expressionsOf(corpus, k)) {
      const d = resolveAgainstDocument(e, docDate);
      if (d) return { date: d, weekday: e.weekday };
    }
    return null;
  };
  // Per undated document, the indexes of its aligned pairs (in the list's order).
  const pairsOfDoc = new Map<number, number[]>();
  for (let k = 0; k < pairs.length; k++) {
    if (pairs.sim[k]! < FACT_SIMILARITY) continue;
    for (const sentence of [pairs.a[k]!, pairs.b[k]!]) {
      const doc = corpus.sentences[sentence]!.doc;
      if (corpus.docs[doc]!.parsed.date) continue;
      const list = pairsOfDoc.get(doc) ?? [];
      list.push(k);
      pairsOfDoc.set(doc, list);
    }
  }
  for (const d of corpus.docs) {
    if (d.parsed.date) continue;
    let latest: { date: string; from: number } | null = null;
    const direct: { date: string; from: number }[] = [];
    for (const k of pairsOfDoc.get(d.index) ?? []) {
      const p = { a: pairs.a[k]!, b: pairs.b[k]! };
      const own = corpus.sentences[p.a]!.doc === d.index ? p.a : p.b;
      const other = own === p.a ? p.b : p.a;
      const ev = eventDate(other);
      if (!ev) continue;
      // A plan it shares ("the call planned for Tuesday") is not an event it looks back on.
      const plan = isFutureSentence(foldText(corpus.sentences[own]!.text), 'en');
      if (!plan && (!latest || ev.date > latest.date)) latest = { date: ev.date, from: other };
      const mine = expressionsOf(corpus, own).find((e) => e.weekday !== null);
      if (mine && ev.weekday !== null && mine.weekday === ev.weekday) direct.push({ date: ev.date, from: other });
    }
    if (direct.length) {
      direct.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.from - b.from));
      const ref = direct[Math.floor((direct.length - 1) / 2)]!;
      const src = corpus.docs[corpus.sentences[ref.from]!.doc]!.id;
      out.set(d.index, {
        date: ref.date,
        mode: 'near',
        note: `No date in the text. It reports an event that ${src} dates ${weekdayName(ref.date)} ${ref.date} under the same weekday, so its weekdays are read as the nearest such days to ${ref.date}.`,
      });
    } else if (latest) {
      const src = corpus.docs[corpus.sentences[latest.from]!.doc]!.id;
      out.set(d.index, {
        date: latest.date,
        mode: 'after',
        note: `No date in the text. It refers back to events of ${latest.date} (as ${src} reports them), so its weekdays are read as the first such days after ${weekdayName(latest.date)} ${latest.date}.`,
      });
    } else {
      out.set(d.index, { date: '', mode: 'after', note: 'No date in the text and no dated report of the same events, so its weekdays are not resolved.' });
    }
  }
  return out;
}

export interface SentenceDate {
  date: string;
  basis: 'stated' | 'relative';
  expression: string;
}

export function resolveSentenceDates(corpus: Corpus, trusted: (doc: number) => boolean, anchors: Map<number, Anchor>): Map<number, SentenceDate> {
  const out = new Map<number, SentenceDate>();
  // The middle of the KB's dated coverage: where a weekday-and-day date of an undated document
  // without an anchor is placed (see resolveByWeekday).
  const dated = corpus.docs.filter((d) => trusted(d.index)).map((d) => d.parsed.date!).sort();
  const middle = dated[Math.floor(dated.length / 2)] ?? null;
  for (const s of corpus.sentences) {
    const doc = corpus.docs[s.doc]!;
    const anchor = anchors.get(s.doc);
    for (const e of expressionsOf(corpus, s.id)) {
      let date: string | null = null;
      if (trusted(s.doc)) date = resolveAgainstDocument(e, doc.parsed.date!);
      else if (!doc.parsed.date && anchor?.date) date = anchor.mode === 'near' ? resolveNear(e, anchor.date) : resolveAfterAnchor(e, anchor.date);
      else if (e.stated?.year) date = resolveAfterAnchor(e, `${e.stated.year}-01-01`);
      else if (!doc.parsed.date && middle) date = resolveByWeekday(e, middle);
      if (!date) continue;
      out.set(s.id, { date, basis: e.stated ? 'stated' : 'relative', expression: e.text });
      break;
    }
  }
  return out;
}
