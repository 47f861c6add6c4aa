/**
 * How much of each seed document's phrasing appears on the page: the share of the document's word
 * 5-grams that the page also contains. A rewritten or lightly edited copy of one report shares far
 * more with it than independent coverage of the same event does.
 */
import type { Kb } from '../kb/types';
import { tokenize } from '../text';
import { shingleHashes, shinglesOfHashes } from './hashed-shingles';

const K = 5;
/** 5-grams found in more documents than this are stock phrases, not evidence of copying. */
const MAX_POSTING = 40;

export interface PhrasingIndex {
  postings: Map<number, number[]>;
  docs: { id: string; size: number }[];
}

export function buildPhrasingIndex(kb: Kb): PhrasingIndex {
  const postings = new Map<number, number[]>();
  const docs: { id: string; size: number }[] = [];
  kb.documents.forEach((d, i) => {
    const set = new Set<number>();
    for (const p of d.paragraphs) for (const h of shingleHashes(tokenize(p), K)) set.add(h);
    docs.push({ id: d.id, size: set.size });
    for (const h of set) {
      const list = postings.get(h);
      if (list) list.push(i);
      else postings.set(h, [i]);
    }
  });
  for (const [h, list] of postings) if (list.length > MAX_POSTING) postings.delete(h);
  return { postings, docs };
}

/**
 * Per seed document (that shares anything): share of its 5-grams on the page, 0..1, best first.
 * Takes the page's token hashes paragraph by paragraph (tokenHash of lib/text tokenize's tokens).
 */
export function sharedPhrasing(index: PhrasingIndex, paragraphHashes: number[][]): { doc: string; share: number }[] {
  // Only n-grams some seed has are remembered (to count each once): most of a page's are not.
  const seen = new Set<number>();
  const counts = new Map<number, number>();
  for (const hashes of paragraphHashes) {
    for (const h of shinglesOfHashes(hashes, K)) {
      const docs = index.postings.get(h);
      if (!docs || seen.has(h)) continue;
      seen.add(h);
      for (const d of docs) counts.set(d, (counts.get(d) ?? 0) + 1);
    }
  }
  const out: { doc: string; share: number }[] = [];
  for (const [d, n] of counts) {
    const doc = index.docs[d]!;
    if (doc.size > 0) out.push({ doc: doc.id, share: Math.round((n / doc.size) * 1000) / 1000 });
  }
  out.sort((a, b) => b.share - a.share || (a.doc < b.doc ? -1 : 1));
  return out;
}
