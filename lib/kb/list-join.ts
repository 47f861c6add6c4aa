/**
 * Joining a claim through the items it lists. A claim that enumerates things ("areas for
 * progress: arms control, transparency and stability") is stated by a rewrite that names two or
 * more of the same things however it words the rest ("… areas of mutual interest, such as arms
 * management talks and greater transparency over troop movements …"): the whole-clause cosine
 * of the paraphrase pass (facts.ts) misses it because the rewrite's other words are odd synonyms.
 * Only lower-case items count (a list of names, "the United States, Russia and Ukraine", is
 * shared by many sentences that state different things), compared as word families.
 */
import { contentTerms } from '../text';
import { foldSynonyms } from './synonyms';

/** A sentence states a listing claim when it names at least this many of its items. */
export const MIN_LIST_ITEMS = 2;

/** "A, B and C" (or "A, B, and C"): items of one to three words. */
const LIST_RE = /(?:^|[\s:;(])((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),?\s+and\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})/;

/** The items of the first lower-case enumeration in a text, each as its word-family stems; null when none. */
export function listItems(text: string): string[][] | null {
  const m = LIST_RE.exec(text);
  if (!m) return null;
  const items = [m[1]!, m[2]!, m[3]!].map((x) => foldSynonyms(contentTerms(x)));
  return items.every((x) => x.length > 0) ? items : null;
}

/** How many of the items a text names (every stem of an item among the text's stems). */
export function itemsNamed(items: readonly (readonly string[])[], text: string): number {
  const have = new Set(foldSynonyms(contentTerms(text)));
  return items.filter((item) => item.every((t) => have.has(t))).length;
}
