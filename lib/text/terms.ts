/** Content terms: stems of the non-stopword tokens, the unit most comparisons in Backstory use. */
import { stem } from './stem';
import { isStopword } from './stopwords';
import { tokenize } from './tokenize';

export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const tok of tokenize(text)) {
    if (isStopword(tok)) continue;
    if (tok.length < 2 && !/\d/.test(tok)) continue;
    out.push(stem(tok));
  }
  return out;
}
