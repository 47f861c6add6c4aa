/**
 * The article cut into sentences, each remembered by paragraph and exact substring (so the
 * sidebar can mark it on the page) with the word forms the matcher compares: raw tokens for
 * phrasing and quotes, stems of content words for facts.
 */
import { isStopword, parseNumbers, sentenceSpans, stem, tokenSpans, type NumberMention } from '../text';
import type { ExtractedArticle } from './types';
import { tokenHash } from './hashed-shingles';

export interface ArticleSentence {
  /** Position in the whole article, headline first when there is one. */
  index: number;
  /** Paragraph index into ExtractedArticle.paragraphs; -1 for the headline. */
  paragraph: number;
  /** Exact substring of the paragraph. */
  text: string;
  tokens: string[];
  /** Per token: written with a capital letter (names are), and not the sentence's first word. */
  capitalised: boolean[];
  /** Per token: [start, end) offsets into `text`. */
  offsets: [number, number][];
  terms: string[];
  termSet: Set<string>;
  /** tokenHash of each token, for n-gram comparisons. */
  hashes: number[];
  /** Figures in the sentence; parsed on first use (only aligned sentences need them). */
  readonly numbers: NumberMention[];
}

export interface ArticleText {
  sentences: ArticleSentence[];
  /** Body sentences only (headline excluded). */
  bodySentenceCount: number;
  /** Token hashes (hashed-shingles tokenHash) per paragraph, headline first, for phrasing. */
  paragraphHashes: number[][];
  termSet: Set<string>;
}

/** Bound on the text considered: a 100 KB feature is ~15,000 words; beyond that is rarely article. */
const MAX_SENTENCES = 2_000;

/** Content terms from tokens already made (same rule as lib/text contentTerms, without re-tokenizing). */
function termsOf(tokens: string[]): string[] {
  const out: string[] = [];
  for (const tok of tokens) {
    if (isStopword(tok)) continue;
    if (tok.length < 2 && !/\d/.test(tok)) continue;
    out.push(stem(tok));
  }
  return out;
}

/** Upper-case first letter, without a regular expression per token (this runs for every word). */
function isUpper(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text.charAt(at);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function makeSentence(index: number, paragraph: number, text: string): ArticleSentence {
  const spans = tokenSpans(text);
  const n = spans.length;
  const tokens: string[] = new Array(n);
  const hashes: number[] = new Array(n);
  const capitalised: boolean[] = new Array(n);
  const offsets: [number, number][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const sp = spans[i]!;
    tokens[i] = sp.token;
    hashes[i] = tokenHash(sp.token);
    capitalised[i] = i > 0 && isUpper(text, sp.start);
    offsets[i] = [sp.start, sp.end];
  }
  const terms = termsOf(tokens);
  let numbers: NumberMention[] | null = null;
  return {
    index,
    paragraph,
    text,
    tokens,
    hashes,
    capitalised,
    offsets,
    terms,
    termSet: new Set(terms),
    get numbers() {
      numbers ??= parseNumbers(text);
      return numbers;
    },
  };
}

export function readArticleText(article: ExtractedArticle): ArticleText {
  const sentences: ArticleSentence[] = [];
  if (article.title.trim()) sentences.push(makeSentence(0, -1, article.title.trim()));
  let body = 0;
  outer: for (let p = 0; p < article.paragraphs.length; p++) {
    const para = article.paragraphs[p]!;
    for (const span of sentenceSpans(para)) {
      if (sentences.length >= MAX_SENTENCES) break outer;
      sentences.push(makeSentence(sentences.length, p, para.slice(span.start, span.end)));
      body++;
    }
  }
  const paragraphHashes: number[][] = [];
  const termSet = new Set<string>();
  let current = -2;
  for (const s of sentences) {
    if (s.paragraph !== current) {
      paragraphHashes.push([]);
      current = s.paragraph;
    }
    const list = paragraphHashes[paragraphHashes.length - 1]!;
    for (const h of s.hashes) list.push(h);
    for (const t of s.terms) termSet.add(t);
  }
  return { sentences, bodySentenceCount: body, paragraphHashes, termSet };
}
