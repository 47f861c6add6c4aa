/**
 * The article cut into sentences, each remembered by paragraph and exact substring (so the
 * sidebar can mark it on the page) with the word forms the matcher compares: raw tokens for
 * phrasing and quotes, stems of content words for facts.
 */
import { contentTerms, parseNumbers, sentenceSpans, tokenSpans, type NumberMention } from '../text';
import type { ExtractedArticle } from './types';

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
  numbers: NumberMention[];
}

export interface ArticleText {
  sentences: ArticleSentence[];
  /** Body sentences only (headline excluded). */
  bodySentenceCount: number;
  /** Every raw token of headline and body, in order. */
  tokens: string[];
  termSet: Set<string>;
}

/** Bound on the text considered: a 100 KB feature is ~15,000 words; beyond that is rarely article. */
const MAX_SENTENCES = 2_000;

function makeSentence(index: number, paragraph: number, text: string): ArticleSentence {
  const terms = contentTerms(text);
  const spans = tokenSpans(text);
  return {
    index,
    paragraph,
    text,
    tokens: spans.map((s) => s.token),
    capitalised: spans.map((s, i) => i > 0 && /^\p{Lu}/u.test(text.slice(s.start, s.start + 1))),
    offsets: spans.map((s) => [s.start, s.end] as [number, number]),
    terms,
    termSet: new Set(terms),
    numbers: parseNumbers(text),
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
  const tokens: string[] = [];
  const termSet = new Set<string>();
  for (const s of sentences) {
    for (const t of s.tokens) tokens.push(t);
    for (const t of s.terms) termSet.add(t);
  }
  return { sentences, bodySentenceCount: body, tokens, termSet };
}
