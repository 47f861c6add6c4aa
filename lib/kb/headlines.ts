/**
 * Titles as sources of claims. A headline is not a sentence of the report's text (it is kept apart
 * by the parser), yet it states the report's main claim: "X announced that the United States had
 * provided written responses" backs the claim that the United States provided them. The same holds
 * for the main clause of a report's opening sentence (its title when it has no headline), even
 * when the rest of that sentence was too far reworded to join the claim in the sentence passes.
 * Each report's title joins the one claim of its own stories that it states best, when it is close
 * enough; the fact then counts that report (a headline source carries paragraph HEADLINE_PARAGRAPH).
 */
import { foldPunctuation, contentTerms } from '../text';
import { cosine } from './align';
import { foldSynonyms } from './synonyms';

/**
 * A title states a claim at this cosine (word families, weighted as the claim's sentences) with the
 * claim's centroid. Seeds: titles restating the main claim score 0.57 (a headline) and 0.33 (a
 * synonym-rewritten lead); the best wrong candidate, a lead that shares only "US response to
 * Russia", 0.21.
 */
export const HEADLINE_SIMILARITY = 0.3;
/** The paragraph index a headline source carries: before the first paragraph of the text. */
export const HEADLINE_PARAGRAPH = -1;

export interface HeadlineCandidate {
  doc: number;
  text: string;
}

export interface ClaimForHeadline {
  /** Sum of the claim's source vectors (need not be normalised). */
  centroid: ReadonlyMap<string, number>;
  /** Documents already among its sources. */
  documents: ReadonlySet<number>;
  /** Documents that report the claim's story (a headline may join only a claim of its own report's stories). */
  storyDocuments: ReadonlySet<number>;
}

/**
 * Country abbreviations written out: a headline's "US" is the sentences' "United States" (and
 * "US" alone is the stopword "us" to the term list).
 */
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/\bU\.?S\.?(?=[\s,;:]|$)/g, 'United States'],
  [/\bU\.?K\.?(?=[\s,;:]|$)/g, 'United Kingdom'],
  [/\bU\.?N\.?(?=[\s,;:]|$)/g, 'United Nations'],
];

function expandAbbreviations(text: string): string {
  let out = text;
  for (const [re, full] of ABBREVIATIONS) out = out.replace(re, full);
  return out;
}

/** Weighted, L2-normalised vector of a headline with the claims' term weights. */
export function headlineVector(text: string, idf: ReadonlyMap<string, number>): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of foldSynonyms(contentTerms(expandAbbreviations(foldPunctuation(text))))) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v = new Map<string, number>();
  let norm = 0;
  for (const [t, c] of tf) {
    const w = (1 + Math.log(c)) * (idf.get(t) ?? 0);
    if (w <= 0) continue;
    v.set(t, w);
    norm += w * w;
  }
  for (const [t, w] of v) v.set(t, w / (Math.sqrt(norm) || 1));
  return v;
}

/** For each headline, the claim (index) it joins, or nothing. */
export function joinHeadlines(
  headlines: readonly HeadlineCandidate[],
  claims: readonly ClaimForHeadline[],
  idf: ReadonlyMap<string, number>,
  minSim = HEADLINE_SIMILARITY,
): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const norms = claims.map((c) => Math.sqrt([...c.centroid.values()].reduce((x, w) => x + w * w, 0)) || 1);
  for (const h of headlines) {
    const v = headlineVector(h.text, idf);
    if (v.size === 0) continue;
    let best: { k: number; sim: number } | null = null;
    claims.forEach((c, k) => {
      if (c.documents.has(h.doc) || !c.storyDocuments.has(h.doc)) return;
      const sim = cosine(v, c.centroid) / norms[k]!;
      if (sim >= minSim && (!best || sim > best.sim)) best = { k, sim };
    });
    if (best) out.set((best as { k: number }).k, [...(out.get((best as { k: number }).k) ?? []), h.doc]);
  }
  return out;
}
