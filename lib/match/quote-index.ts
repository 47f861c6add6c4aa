/**
 * Recognising KB quotes in article sentences, word for word (shared word 4-grams) or reworded
 * (shared informative words inside quotation marks). Machine-rewritten copies keep a quote's
 * meaning but change its words, which is exactly what "reworded" reports.
 */
import type { Kb, Quote } from '../kb/types';
import { contentTerms, tokenize } from '../text';
import { shingleHashes, shinglesOfHashes } from './hashed-shingles';
import { termOf, type ArticleSentence } from './article-text';
import { wordSpans } from './word-spans';
import { weightOf, type TermWeights } from './term-weights';
import { createScratch, probeCandidates, type ProbeScratch } from './candidates';

const K = 4;
const SAME_CONTAINMENT = 0.6;
const REWORDED_SIMILARITY = 0.45;
const MIN_SHARED_TERMS = 4;
/** Word 4-grams used by more quotes than this say nothing about which quote it is. */
const MAX_POSTING = 50;

interface QuoteWording {
  text: string;
  shingles: Set<number>;
  terms: Set<string>;
  weight: number;
  documents: string[];
}

export interface IndexedQuote {
  quote: Quote;
  wordings: QuoteWording[];
}

export interface QuoteIndex {
  quotes: IndexedQuote[];
  byShingle: Map<number, number[]>;
  byTerm: Map<string, number[]>;
  scratch: ProbeScratch;
}

export interface QuoteHit {
  quote: IndexedQuote;
  kind: 'quote-same' | 'quote-reworded';
  similarity: number;
  /** The KB wording closest to the page's. */
  wording: string;
}


export function buildQuoteIndex(kb: Kb, w: TermWeights): QuoteIndex {
  const quotes: IndexedQuote[] = [];
  const byShingle = new Map<number, number[]>();
  const byTerm = new Map<string, number[]>();
  for (const quote of kb.quotes) {
    const variants = quote.variants.length ? quote.variants : [{ text: quote.text, documents: [] }];
    const wordings = variants.map((v) => {
      const terms = new Set(contentTerms(v.text).filter((t) => w.weight(t) > 0));
      return { text: v.text, shingles: new Set(shingleHashes(tokenize(v.text), K)), terms, weight: weightOf(terms, w), documents: v.documents };
    });
    const idx = quotes.length;
    quotes.push({ quote, wordings });
    const sh = new Set<number>();
    const tm = new Set<string>();
    for (const wd of wordings) {
      for (const s of wd.shingles) sh.add(s);
      for (const t of wd.terms) tm.add(t);
    }
    for (const s of sh) byShingle.set(s, [...(byShingle.get(s) ?? []), idx]);
    for (const t of tm) byTerm.set(t, [...(byTerm.get(t) ?? []), idx]);
  }
  for (const [s, list] of byShingle) if (list.length > MAX_POSTING) byShingle.delete(s);
  return { quotes, byShingle, byTerm, scratch: createScratch(quotes.length) };
}

/** Straight, curly, low-9 and angle double quotes: what lib/text folds to '"'. */
function isDoubleQuote(c: number): boolean {
  return c === 34 || (c >= 0x201c && c <= 0x201f) || c === 0xab || c === 0xbb;
}

/** The part of the sentence inside quotation marks, or null when it has none. */
export function quotedPart(text: string): string | null {
  // Scanned rather than folded (lib/text foldPunctuation): this runs for every article sentence.
  let first = -1;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    if (isDoubleQuote(text.charCodeAt(i))) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return null;
  const inner = last > first ? text.slice(first + 1, last) : text.slice(first + 1);
  return inner.trim() || null;
}

export function quoteForSentence(index: QuoteIndex, w: TermWeights, sentence: ArticleSentence, insideQuote: boolean): QuoteHit | null {
  const quoted = quotedPart(sentence.text);
  // Inside a quotation that spans several sentences, the whole sentence is quoted words.
  const words = quoted ?? (insideQuote ? sentence.text : null);
  const whole = words === null || words === sentence.text;
  const partTokens = whole ? null : wordSpans(words).map((sp) => sp.token);
  const ownShingles = partTokens ? shingleHashes(partTokens, K) : shinglesOfHashes(sentence.hashes, K);
  let candidates: Set<number> | null = null;
  for (const s of ownShingles) {
    const list = index.byShingle.get(s);
    if (list) for (const i of list) (candidates ??= new Set<number>()).add(i);
  }
  // Most sentences are the writer's own words, sharing no 4-gram with any quote: nothing more to do.
  if (words === null && !candidates) return null;
  candidates ??= new Set<number>();
  // Reworded quotes are only looked for inside quotation marks; elsewhere the words are the
  // writer's own and facts cover them.
  const ownTerms = words === null ? new Set<string>() : new Set((partTokens ? partTokens.map(termOf).filter(Boolean) : sentence.terms).filter((t) => w.weight(t) > 0));
  if (words) for (const i of probeCandidates(index.byTerm, ownTerms, index.scratch)) candidates.add(i);
  if (candidates.size === 0) return null;
  let best: QuoteHit | null = null;
  const ownWeight = weightOf(ownTerms, w);
  for (const i of candidates) {
    const entry = index.quotes[i]!;
    for (const wd of entry.wordings) {
      let inter = 0;
      for (const s of ownShingles) if (wd.shingles.has(s)) inter++;
      const containment = ownShingles.length >= 2 ? inter / Math.min(ownShingles.length, wd.shingles.size) : 0;
      if (containment >= SAME_CONTAINMENT) {
        const hit: QuoteHit = { quote: entry, kind: 'quote-same', similarity: containment, wording: wd.text };
        if (!best || best.kind !== 'quote-same' || containment > best.similarity) best = hit;
        continue;
      }
      if (!words || (best && best.kind === 'quote-same')) continue;
      let shared = 0;
      let sharedWeight = 0;
      for (const t of wd.terms) if (ownTerms.has(t)) { shared++; sharedWeight += w.weight(t); }
      if (shared < MIN_SHARED_TERMS || ownWeight === 0 || wd.weight === 0) continue;
      const similarity = sharedWeight / Math.sqrt(ownWeight * wd.weight);
      if (similarity >= REWORDED_SIMILARITY && (!best || similarity > best.similarity)) {
        best = { quote: entry, kind: 'quote-reworded', similarity, wording: wd.text };
      }
    }
  }
  return best;
}
