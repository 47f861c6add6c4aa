/**
 * Quoted statements grouped across sources. Each quote span is compared by its own words and by
 * the words around it in its sentence (rewrites change a quote's words but usually keep "Blinken
 * said the US response to Russia ..." around it). Spans from one document are never grouped.
 */
import { contentTerms } from '../text';
import { cosine, tfidfVectors } from './align';
import type { Corpus } from './corpus';

export const QUOTE_SIMILARITY = 0.3;

export interface QuoteSpan {
  sentence: number;
  start: number;
  end: number;
  /** Original characters of the quote, without its quotation marks. */
  text: string;
}

export function collectQuoteSpans(corpus: Corpus): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const s of corpus.sentences) {
    for (const q of s.quotes) {
      const text = s.text.slice(q.start, q.end).replace(/^["\u201c\u201d'\u2018\u2019\s]+|["\u201c\u201d\s]+$/g, '').replace(/[,\s]+$/, '');
      if (contentTerms(text).length < 3) continue;
      out.push({ sentence: s.id, start: q.start, end: q.end, text });
    }
  }
  return out;
}

export function groupQuotes(corpus: Corpus, spans: readonly QuoteSpan[], minSim = QUOTE_SIMILARITY): number[][] {
  const own = tfidfVectors(spans.map((q) => contentTerms(q.text)));
  const ctx = tfidfVectors(spans.map((q) => contentTerms(corpus.sentences[q.sentence]!.folded)));
  const docOf = (i: number) => corpus.sentences[spans[i]!.sentence]!.doc;
  // Candidate pairs share a term (quotes are few, so a plain index on the quote's own terms suffices).
  const postings = new Map<string, number[]>();
  own.vectors.forEach((v, i) => {
    for (const t of v.keys()) {
      const p = postings.get(t) ?? [];
      p.push(i);
      postings.set(t, p);
    }
  });
  const pairs: { a: number; b: number; sim: number }[] = [];
  const maxPosting = Math.max(64, Math.ceil(Math.sqrt(spans.length) * 4));
  own.vectors.forEach((v, i) => {
    const seen = new Set<number>();
    for (const t of v.keys()) {
      const p = postings.get(t)!;
      if (p.length > maxPosting) continue;
      for (const j of p) {
        if (j <= i || seen.has(j) || docOf(j) === docOf(i)) continue;
        seen.add(j);
        const sim = 0.6 * cosine(v, own.vectors[j]!) + 0.4 * cosine(ctx.vectors[i]!, ctx.vectors[j]!);
        if (sim >= minSim) pairs.push({ a: i, b: j, sim });
      }
    }
  });
  pairs.sort((x, y) => y.sim - x.sim || x.a - y.a || x.b - y.b);
  const parent = spans.map((_, i) => i);
  const docs = spans.map((_, i) => new Set([docOf(i)]));
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const p of pairs) {
    const a = find(p.a);
    const b = find(p.b);
    if (a === b || [...docs[b]!].some((d) => docs[a]!.has(d))) continue;
    const [root, child] = a < b ? [a, b] : [b, a];
    parent[child] = root;
    for (const d of docs[child]!) docs[root]!.add(d);
  }
  const groups = new Map<number, number[]>();
  spans.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(i);
    groups.set(r, g);
  });
  return [...groups.values()];
}
