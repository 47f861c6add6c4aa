/**
 * Which language an article is written in, for choosing the date parser and the action lexicon and
 * for telling the reader which languages Backstory reads.
 *
 * The detector is eld (efficient language detector, npm `eld`, Apache-2.0), its smallest database
 * (60 languages, n-gram scores). It is a library kept by others and trained on far more text than a
 * list of function words, it tells Russian from Ukrainian and Spanish from Portuguese, and it runs
 * the same in Node (the `match` command, the tests) and in the extension's background, so the two
 * always agree. It reads the first 1000 characters. It is imported only by lib/event and lib/match,
 * which run in the background: the content script never loads its database.
 *
 * Too little text cannot be told apart reliably (a headline, a list of names): then the page's
 * declared `lang` is used when it has one, and otherwise the language is unknown ('und').
 */
import eld from 'eld/extrasmall';

export interface DetectedLanguage {
  /** ISO 639-1 code, or 'und' when the text is too short or eld finds no language. */
  lang: string;
  /** eld's own reliability judgement (enough n-grams, a clear winner). */
  reliable: boolean;
}

/** Fewer letters than this and a guess is as likely wrong as right (headlines, captions). */
const MIN_LETTERS = 40;

export function detectLanguage(text: string): DetectedLanguage {
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters < MIN_LETTERS) return { lang: 'und', reliable: false };
  const result = eld.detect(text);
  if (!result.language) return { lang: 'und', reliable: false };
  return { lang: result.language, reliable: result.isReliable() };
}

/** A declared tag's base code ("de-CH" → "de"), or null for none and the generic tags. */
export function declaredBase(declared: string | null | undefined): string | null {
  const tag = declared?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return tag && tag !== 'und' && tag !== 'mul' && tag !== 'zxx' ? tag : null;
}

/**
 * The article's language: what its text is written in when eld can tell reliably, else its
 * declared tag (templates often declare the site's language around a wire story in another), else
 * eld's unreliable guess, else 'und'.
 */
export function articleLanguage(declared: string | null, text: string): string {
  const found = detectLanguage(text);
  if (found.reliable) return found.lang;
  return declaredBase(declared) ?? found.lang;
}
