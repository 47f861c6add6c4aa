/**
 * Quoted statements grouped across sources. Each quote span is compared by its own words and by
 * the words around it in its sentence (rewrites change a quote's words but usually keep "Blinken
 * said the US response to Russia ..." around it). Spans from one document are never grouped.
 */
import { contentTerms, foldPunctuation } from '../text';
import { alignPairs, cosine, tfidfVectors } from './align';
import { findQuotes, type Corpus } from './corpus';
import type { Mention } from './mentions';
import { UnionFind } from './union-find';
import { foldSynonyms } from './synonyms';

export const QUOTE_SIMILARITY = 0.3;
/** The attribution of a quotation is looked for this many characters after it ends. */
export const ATTRIBUTION_REACH = 40;
/** Two quotations are compared at all only when their own words reach this cosine. */
export const MIN_OWN_SIMILARITY = 0.12;

export interface QuoteSpan {
  /** Sentence where the quotation starts. */
  sentence: number;
  doc: number;
  paragraph: number;
  /** Offsets in the paragraph (the quotation can run over several sentences). */
  start: number;
  end: number;
  /** Original characters of the quote, without its quotation marks. */
  text: string;
}

/** Quotations shorter than this many content words are phrases ("open door policy"), not statements. */
export const MIN_QUOTE_TERMS = 4;
/** A quotation that opens with a capital and has this many words is a statement, however plain its words. */
export const MIN_STATEMENT_WORDS = 4;

export function collectQuoteSpans(corpus: Corpus): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const d of corpus.docs) {
    d.parsed.paragraphs.forEach((p, pi) => {
      const sids = d.paragraphSentences[pi]!;
      for (const q of findQuotes(foldPunctuation(p))) {
        const text = p.slice(q.start, q.end).replace(/^["\u201c\u201d'\u2018\u2019\s]+|["\u201c\u201d\s]+$/g, '').replace(/[,\s]+$/, '');
        const closed = foldPunctuation(p)[q.end - 1] === '"';
        // A quotation that opens mid-sentence and never closes lost its closing mark in a rewrite:
        // where it ended cannot be known, and what follows is the reporter's narrative.
        if (!closed && q.end >= p.length && /^[a-z]/.test(text)) continue;
        // Short quotations are phrases ("open door policy"), unless they are a whole statement
        // ("There will be no change").
        const statement = /^[A-Z]/.test(text) && text.split(/\s+/).length >= MIN_STATEMENT_WORDS;
        if (contentTerms(text).length < MIN_QUOTE_TERMS && !statement) continue;
        const sentence = sids.find((k) => {
          const s = corpus.sentences[k]!;
          return q.start >= s.offset && q.start < s.offset + s.text.length;
        }) ?? sids[0]!;
        out.push({ sentence, doc: d.index, paragraph: pi, start: q.start, end: q.end, text });
      }
    });
  }
  return out;
}

const INTRODUCED = /\b(?:said|says|saying|noted|added|stressed|told reporters|explained|announced|warned)(?:\s+that)?[\s,:]*$/i;
const PRONOUN_AFTER = /^\s*,?\s*["\u201d]?\s*,?\s*(?:he|she)\s+(?:said|says|added|told|noted|stressed|explained|continued|insisted)\b/i;

/**
 * Who said a quotation: a person or organisation used as a speaker right after it (", Blinken said")
 * or right before it ("Blinken said, “…"), else for "he said"/"she said" the last person named as a
 * speaker before it in the paragraph or the two before. Null when the text does not say.
 */
export function speakerOfQuote(
  corpus: Corpus,
  q: QuoteSpan,
  mentionsBySentence: readonly (readonly Mention[])[],
  entityOf: (m: Mention) => { id: string } | undefined,
): string | null {
  const doc = corpus.docs[q.doc]!;
  const para = foldPunctuation(doc.parsed.paragraphs[q.paragraph]!);
  const inParagraph = (pi: number) =>
    doc.paragraphSentences[pi]!.flatMap((k) =>
      mentionsBySentence[k]!.map((m) => ({ m, start: corpus.sentences[k]!.offset + m.start, end: corpus.sentences[k]!.offset + m.end })),
    );
  const here = inParagraph(q.paragraph).filter((x) => !x.m.quoted && entityOf(x.m) && x.m.kind !== 'place');
  const after = here.find((x) => x.m.speaker && x.start >= q.end && x.start - q.end <= 40 && !/"/.test(para.slice(q.end, x.start)));
  if (after) return entityOf(after.m)!.id;
  // Before it: close by, or anywhere earlier in its own sentence ("X told reporters after the
  // session, in which …, that the US “…”").
  const sentenceStart0 = corpus.sentences[q.sentence]!.offset;
  const before = [...here].reverse().find((x) => x.m.speaker && x.end <= q.start && (q.start - x.end <= 80 || x.start >= sentenceStart0) && !/"/.test(para.slice(x.end, q.start)));
  if (before) return entityOf(before.m)!.id;
  // "…, saying “…" / "he noted that “…": the quotation is introduced by the sentence's speaker.
  const lead = para.slice(0, q.start);
  const sentenceStart = corpus.sentences[q.sentence]!.offset;
  if (INTRODUCED.test(lead) && !/\b(?:he|she)\s+\w+(?:\s+that)?[\s,:]*$/i.test(lead)) {
    const speaker = [...here].reverse().find((x) => x.m.speaker && x.start >= sentenceStart && x.end <= q.start);
    if (speaker) return entityOf(speaker.m)!.id;
  }
  if (PRONOUN_AFTER.test(para.slice(q.end)) || /\b(?:he|she)\s+(?:said|added|noted|stressed|told reporters|explained)[^"]{0,40}$/i.test(lead)) {
    for (let pi = q.paragraph; pi >= Math.max(0, q.paragraph - 2); pi--) {
      const people = (pi === q.paragraph ? here.filter((x) => x.end <= q.start) : inParagraph(pi).filter((x) => !x.m.quoted && entityOf(x.m)))
        .filter((x) => x.m.kind === 'person' || x.m.kind === 'name');
      const speaking = people.filter((x) => x.m.speaker);
      const pickFrom = speaking.length ? speaking : people;
      const last = pickFrom[pickFrom.length - 1];
      if (last) return entityOf(last.m)!.id;
    }
  }
  return null;
}

export function groupQuotes(corpus: Corpus, spans: readonly QuoteSpan[], minSim = QUOTE_SIMILARITY): number[][] {
  // Word families (synonyms.ts): a machine rewrite's "critical" path is the "serious" one.
  const own = tfidfVectors(spans.map((q) => foldSynonyms(contentTerms(q.text))));
  // The words around a quotation: every sentence it runs through and the one holding its
  // attribution ("… There will be no change, ” said Blinken, referring to …").
  const around = (q: QuoteSpan) =>
    corpus.docs[q.doc]!.paragraphSentences[q.paragraph]!
      .map((k) => corpus.sentences[k]!)
      .filter((x) => x.offset < q.end + ATTRIBUTION_REACH && x.offset + x.text.length > q.start)
      .flatMap((x) => foldSynonyms(contentTerms(x.folded)));
  const ctx = tfidfVectors(spans.map(around));
  const docOf = (i: number) => spans[i]!.doc;
  // Candidates: quotes whose own words are at least a little alike (found through the inverted
  // index); the score then mixes in the words around them.
  const pairs: { a: number; b: number; sim: number }[] = [];
  for (const p of alignPairs(own, spans.map((_, i) => docOf(i)), MIN_OWN_SIMILARITY)) {
    const sim = 0.6 * p.sim + 0.4 * cosine(ctx.vectors[p.a]!, ctx.vectors[p.b]!);
    if (sim >= minSim) pairs.push({ a: p.a, b: p.b, sim });
  }
  pairs.sort((x, y) => y.sim - x.sim || x.a - y.a || x.b - y.b);
  const sets = new UnionFind(spans.length);
  const docs = spans.map((_, i) => new Set([docOf(i)]));
  for (const p of pairs) {
    const a = sets.find(p.a);
    const b = sets.find(p.b);
    if (a === b || [...docs[b]!].some((d) => docs[a]!.has(d))) continue;
    const { root, child } = sets.union(a, b)!;
    for (const d of docs[child]!) docs[root]!.add(d);
  }
  return [...sets.groups().values()];
}

/**
 * A quotation with no attribution of its own continues the one before it: a later quotation of
 * the same paragraph ("“…,” the spokesperson said. “…”": a paragraph quotes one speaker), or a
 * paragraph that is nothing but a quotation continues the quotation of the paragraph before.
 * `speakers[i]` is the speaker found for `spans[i]` (null when none); returns the list with
 * continuations filled in.
 */
export function continueSpeakers(corpus: Corpus, spans: readonly QuoteSpan[], speakers: readonly (string | null)[]): (string | null)[] {
  const out = [...speakers];
  // Spans of each paragraph, in order (spans come in document and paragraph order, but do not rely on it).
  const byParagraph = new Map<string, number[]>();
  spans.forEach((q, k) => {
    const key = `${q.doc}:${q.paragraph}`;
    const list = byParagraph.get(key);
    if (list) list.push(k);
    else byParagraph.set(key, [k]);
  });
  for (const list of byParagraph.values()) list.sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
  for (let i = 0; i < spans.length; i++) {
    const q = spans[i]!;
    if (out[i] !== null) continue;
    const here = byParagraph.get(`${q.doc}:${q.paragraph}`)!;
    const earlierHere = here.filter((k) => spans[k]!.end <= q.start).pop();
    if (earlierHere !== undefined) {
      if (out[earlierHere] !== null) out[i] = out[earlierHere]!;
      continue;
    }
    const para = foldPunctuation(corpus.docs[q.doc]!.parsed.paragraphs[q.paragraph]!);
    if (para.slice(0, q.start).trim() !== '' || para.slice(q.end).replace(/["\s.,]/g, '') !== '') continue;
    const prev = (byParagraph.get(`${q.doc}:${q.paragraph - 1}`) ?? []).slice(-1)[0];
    if (prev !== undefined && out[prev] !== null) out[i] = out[prev]!;
  }
  return out;
}
