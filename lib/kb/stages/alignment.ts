/**
 * Stage 4, sentence alignment: every sentence as a TF-IDF vector with names replaced by their
 * entity (so garbled spellings align too), and the pairs of sentences of different documents that
 * are alike. Facts are what the reporter states: when a sentence has enough words outside its
 * quotation marks, only those are compared (the quotation is compared in quotes.ts).
 */
import { alignPairList, tfidfVectors, type PairList, type TermVectors } from '../align';
import { sentenceTerms, type Corpus } from '../corpus';
import { ATTACH_SIMILARITY } from '../facts';
import { entityOf, type EntitiesStage } from './entities';

/** A sentence with at least this many words of its own outside quotation marks is compared on those. */
export const MIN_NARRATIVE_TERMS = 5;

export interface AlignmentStage {
  /** Sentence vectors (by sentence id) and the idf they were weighted with. */
  factVectors: TermVectors;
  /** Compact form (see PairList): millions of pairs at 5,000 documents. */
  factPairs: PairList;
}

export function alignmentStage(corpus: Corpus, entities: EntitiesStage): AlignmentStage {
  const factTerms = corpus.sentences.map((s, k) => {
    const people = entities.personMentions[k]!;
    const narrative = s.quotes.length ? sentenceTerms(s, [...people, ...s.quotes]) : [];
    // Written words here: these pairs also decide document dates and story joins. Word families
    // (synonyms.ts) come in with the paraphrase, title and quote passes only.
    const terms = narrative.length >= MIN_NARRATIVE_TERMS ? narrative : [...entities.noNameTerms[k]!];
    for (const m of people) {
      const e = entityOf(entities, m);
      if (e) terms.push(`@${e.id}`);
    }
    return terms;
  });
  const factVectors = tfidfVectors(factTerms);
  const group = corpus.sentences.map((s) => s.doc);
  const factPairs = alignPairList(factVectors, group, ATTACH_SIMILARITY * 0.7);
  return { factVectors, factPairs };
}
