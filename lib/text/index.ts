/** Pure text utilities shared by the KB compiler and the matcher. */
export { foldPunctuation, squeezeSpaces } from './normalize';
export { tokenize, tokenSpans, type TokenSpan } from './tokenize';
export { stem } from './stem';
export { STOPWORDS, isStopword } from './stopwords';
export { sentenceSpans, splitSentences, type Span } from './sentences';
export { shingles, shingleSet, jaccard, containment, hash32 } from './shingles';
export { levenshtein, editSimilarity, jaroWinkler } from './similarity';
export { parseNumbers, type NumberMention } from './numbers';
export { contentTerms } from './terms';
