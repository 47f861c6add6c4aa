/**
 * The prefilter vocabulary: a few hundred lower-case tokens that a page about a covered story is
 * very likely to contain, so the content script can skip unrelated pages after one cheap pass.
 * Tokens are what lib/text `tokenize` produces (unstemmed), so the content script tokenizes the page
 * the same way and counts distinct hits.
 *
 * Chosen from: every word of every person's name and variant (garbled ones included, since copies
 * carry them), the names of organisations and places that several documents mention, and for each
 * story the surface words behind its distinctive terms.
 */
import { isStopword, stem, tokenize } from '../text';
import { KB_SCHEMA_VERSION, type Kb, type PrefilterVocabulary } from './types';
import { NAME_FORMS } from '../event/name-forms';

export const MAX_VOCABULARY = 400;

/**
 * Words frequent in any news report, which would let unrelated pages through if they counted as
 * hits. Names are never filtered; these only thin out the story words.
 */
const NEWS_COMMON = new Set(
  `state states united official officials following give given hear along despite face units unit department
  statement stated senior seriously seriousness says week weeks year years time people government president
  minister report reported reports news later early days day including according`.split(/\s+/),
);
/**
 * Distinct vocabulary words an article must contain before the full analysis runs. Three, not more:
 * on the fixture corpus a covered live blog reaches only 4 and a related war report only 3, while
 * pages about nothing covered stay at 0–3 (a page that passes costs an extraction, not a wrong
 * verdict: the matcher still decides).
 */
export const MIN_HITS = 3;

export function buildVocabulary(kb: Kb): PrefilterVocabulary {
  const terms = new Set<string>();
  const add = (text: string, skipCommon: boolean) => {
    for (const t of tokenize(text)) {
      if (t.length > 2 && !isStopword(t) && !/^\d/.test(t) && !(skipCommon && NEWS_COMMON.has(t)) && terms.size < MAX_VOCABULARY) terms.add(t);
    }
  };
  for (const e of kb.entities) {
    if (e.kind === 'person') for (const v of e.variants) add(v.form, false);
  }
  for (const e of kb.entities) {
    if (e.kind !== 'person' && e.documents.length >= 2) for (const v of e.variants) add(v.form, true);
  }
  // The same places and bodies as other languages name them, so that a report in German or
  // Russian about a covered story reaches the matcher (lib/event/name-forms.ts).
  for (const e of kb.entities) {
    if (e.kind === 'person' || e.documents.length < 2) continue;
    for (const form of NAME_FORMS[e.name] ?? []) if (terms.size < MAX_VOCABULARY) terms.add(form);
  }
  // Surface words of each story's distinctive stems, taken from the story's own paragraphs.
  const paragraphsOf = new Map(kb.documents.map((d) => [d.id, d.paragraphs]));
  for (const s of kb.stories) {
    const wanted = new Set(s.terms);
    for (const ref of s.paragraphs) {
      const p = paragraphsOf.get(ref.doc)?.[ref.paragraph];
      if (!p) continue;
      for (const t of tokenize(p)) {
        if (t.length > 3 && !isStopword(t) && !NEWS_COMMON.has(t) && wanted.has(stem(t)) && terms.size < MAX_VOCABULARY) terms.add(t);
      }
      if (terms.size >= MAX_VOCABULARY) break;
    }
  }
  // Names come first, so when the cap is reached it is story words that are left out.
  const sorted = [...terms].sort();
  return { schemaVersion: KB_SCHEMA_VERSION, terms: sorted, minHits: MIN_HITS };
}
