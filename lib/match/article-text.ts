/**
 * The article cut into sentences, each remembered by paragraph and exact substring (so the
 * sidebar can mark it on the page) with the word forms the matcher compares: raw tokens for
 * phrasing and quotes, stems of content words for facts.
 */
import { isStopword, parseNumbers, sentenceSpans, stem, type NumberMention } from '../text';
import { forEachWord } from './word-spans';
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
  /** Per token: [start, end) offsets into `text` (flat arrays: no pair allocated per word). */
  starts: number[];
  ends: number[];
  terms: string[];
  /** The distinct terms, in order of first use (no Set is built per sentence). */
  distinctTerms: string[];
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

/**
 * What the matcher needs of each distinct word, worked out once: its content term (same rule as
 * lib/text contentTerms; '' for a stopword) and its n-gram hash. Articles repeat their words, and
 * stemming and hashing every occurrence again was a measurable share of analyse().
 */
interface WordInfo {
  term: string;
  hash: number;
  /** The last analysis whose article used this word (so each distinct word is collected once). */
  seen: number;
}
let analysisStamp = 0;
const wordCache = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 100_000;

function wordInfo(tok: string): WordInfo {
  let w = wordCache.get(tok);
  if (w === undefined) {
    w = { term: isStopword(tok) || (tok.length < 2 && !/\d/.test(tok)) ? '' : stem(tok), hash: tokenHash(tok), seen: 0 };
    if (wordCache.size < WORD_CACHE_LIMIT) wordCache.set(tok, w);
  }
  return w;
}

export function termOf(tok: string): string {
  return wordInfo(tok).term;
}

/** Upper-case first letter, without a regular expression per token (this runs for every word). */
function isUpper(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = text.charAt(at);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function makeSentence(index: number, paragraph: number, text: string, articleTerms: Set<string>): ArticleSentence {
  const tokens: string[] = [];
  const hashes: number[] = [];
  const capitalised: boolean[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const terms: string[] = [];
  forEachWord(text, (token, start, end) => {
    capitalised.push(tokens.length > 0 && isUpper(text, start));
    tokens.push(token);
    const info = wordInfo(token);
    hashes.push(info.hash);
    starts.push(start);
    ends.push(end);
    if (info.term) {
      terms.push(info.term);
      if (info.seen !== analysisStamp) {
        info.seen = analysisStamp;
        articleTerms.add(info.term);
      }
    }
  });
  let numbers: NumberMention[] | null = null;
  return {
    index,
    paragraph,
    text,
    tokens,
    hashes,
    capitalised,
    starts,
    ends,
    terms,
    distinctTerms: terms.filter((t, i) => terms.indexOf(t) === i),
    get numbers() {
      numbers ??= parseNumbers(text);
      return numbers;
    },
  };
}

export function readArticleText(article: ExtractedArticle): ArticleText {
  const sentences: ArticleSentence[] = [];
  // The article's terms, gathered per distinct word rather than per occurrence (see WordInfo.seen).
  const termSet = new Set<string>();
  analysisStamp++;
  if (article.title.trim()) sentences.push(makeSentence(0, -1, article.title.trim(), termSet));
  let body = 0;
  outer: for (let p = 0; p < article.paragraphs.length; p++) {
    const para = article.paragraphs[p]!;
    for (const span of sentenceSpans(para)) {
      if (sentences.length >= MAX_SENTENCES) break outer;
      sentences.push(makeSentence(sentences.length, p, para.slice(span.start, span.end), termSet));
      body++;
    }
  }
  const paragraphHashes: number[][] = [];
  let current = -2;
  for (const s of sentences) {
    if (s.paragraph !== current) {
      paragraphHashes.push([]);
      current = s.paragraph;
    }
    const list = paragraphHashes[paragraphHashes.length - 1]!;
    for (const h of s.hashes) list.push(h);
  }
  return { sentences, bodySentenceCount: body, paragraphHashes, termSet };
}
