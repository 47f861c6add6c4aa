/**
 * Word families for comparing tellings of one claim. Machine-rewritten copy ("spun" wire reports)
 * swaps ordinary words for dictionary synonyms throughout ("management" for "control", "launched"
 * for "released", "precept" for "principle"), so a rewrite shares too few words with the report it
 * restates. Each family below is a set of words that such rewrites exchange in news English; every
 * member is compared as the family's first word. The list is general vocabulary (like the
 * gazetteer's kinds of things), not any report's wording: a family belongs here only when its
 * words are interchangeable in the sense news reports use them.
 *
 * Used for the paraphrase, title and quote passes only: the first clustering pass, story grouping, lines of reporting
 * and garble detection compare the words as written.
 */
import { stem } from '../text';

const FAMILIES: readonly (readonly string[])[] = [
  ['control', 'management', 'regulation', 'oversight'],
  ['release', 'launch', 'publish', 'disclose'],
  ['serious', 'critical', 'grave', 'severe', 'significant'],
  ['principle', 'precept', 'tenet'],
  ['security', 'safety'],
  ['demand', 'requirement'],
  ['provide', 'deliver', 'supply'],
  ['response', 'respond', 'reply', 'answer'],
  ['decide', 'determine'],
  ['official', 'officer', 'functionary'],
  ['military', 'army'],
  ['exercise', 'workout', 'drill', 'maneuver', 'manoeuvre'],
  ['movement', 'motion'],
  ['talk', 'speak', 'discuss', 'discussion', 'conversation'],
  ['dialogue', 'conversation'],
  ['latest', 'newest', 'most recent'],
  ['top', 'prime', 'leading', 'senior'],
  ['interest', 'curiosity'],
  ['mutual', 'shared', 'common'],
  ['country', 'nation'],
  ['area', 'region'],
  ['large', 'big', 'huge', 'major'],
  ['begin', 'start', 'commence'],
  ['end', 'finish', 'conclude'],
  ['show', 'demonstrate', 'display'],
  ['help', 'assist', 'aid'],
  ['buy', 'purchase'],
  ['reject', 'refuse', 'dismiss'],
  ['warn', 'caution'],
  ['meeting', 'session', 'assembly'],
  ['weapon', 'armament'],
  ['alliance', 'coalition', 'bloc'],
  ['member', 'participant'],
  ['goal', 'aim', 'objective', 'purpose'],
  ['increase', 'rise', 'growth'],
  ['reduce', 'decrease', 'lower', 'cut'],
  ['say', 'mention', 'remark'],
  ['tell', 'inform'],
  ['confirm', 'affirm'],
  ['propose', 'suggest'],
  ['proposal', 'suggestion'],
  ['concern', 'worry', 'fear'],
  ['troops', 'forces', 'soldiers'],
  ['border', 'frontier'],
  ['quickly', 'soon', 'shortly'],
];

/** Stem → the stem of its family's first word. Words in two families keep the first family. */
const FAMILY_OF: ReadonlyMap<string, string> = (() => {
  const out = new Map<string, string>();
  for (const family of FAMILIES) {
    const head = stem(family[0]!);
    for (const word of family) {
      if (word.includes(' ')) continue;
      const s = stem(word);
      if (!out.has(s)) out.set(s, head);
    }
  }
  return out;
})();

/** The family term of a stemmed term (the term itself when it belongs to no family). */
export function familyOf(term: string): string {
  return FAMILY_OF.get(term) ?? term;
}

/** Terms with each replaced by its family's term, for comparing rewrites of one claim. */
export function foldSynonyms(terms: readonly string[]): string[] {
  return terms.map(familyOf);
}
