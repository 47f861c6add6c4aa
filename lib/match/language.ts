/**
 * Is the article in English? The matcher's terms, stems and quotes are English, so anything else
 * gets `none` (documented in the README). The page's declared language decides when present; when
 * it is absent or generic, the share of common English function words decides.
 */
import { wordSpans } from './word-spans';
import type { ExtractedArticle } from './types';

const ENGLISH_MARKERS = new Set('the of and to in a is that for on with as was by at from it his her have has be are said were not this which will'.split(' '));

export interface LanguageCheck {
  english: boolean;
  /** Declared or detected language, for the reader ("fr", "de"), or null when unknown. */
  lang: string | null;
}

export function checkLanguage(article: ExtractedArticle): LanguageCheck {
  const declared = article.lang?.toLowerCase() ?? null;
  const sample = [article.title, ...article.paragraphs.slice(0, 12)].join(' ').slice(0, 4000);
  const tokens: string[] = [];
  for (const sp of wordSpans(sample)) if (!/^\d/.test(sp.token)) tokens.push(sp.token);
  let markers = 0;
  for (const t of tokens) if (ENGLISH_MARKERS.has(t)) markers++;
  const share = tokens.length ? markers / tokens.length : 0;
  // English prose runs at 25–35 % of these words; other Latin-script languages stay under 5 %.
  const looksEnglish = tokens.length < 20 ? true : share >= 0.12;
  if (declared && !declared.startsWith('en') && declared !== 'und' && declared !== 'mul') {
    // A page mislabelled by its template (lang="fr" around an English wire story) is still English.
    return { english: looksEnglish && share >= 0.2, lang: declared.split('-')[0]! };
  }
  return { english: looksEnglish, lang: declared ? declared.split('-')[0]! : looksEnglish ? 'en' : null };
}

/**
 * Languages Backstory reads: English fully; German, French, Spanish, Italian, Russian and Ukrainian
 * through the event model's names, dates and actions (lib/event: chrono-node dates, the action
 * lexicon, Cyrillic names romanised). Anything else is answered `none`, saying why.
 */
export const READ_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ru', 'uk'] as const;

export function isReadLanguage(code: string | null): boolean {
  return !!code && (READ_LANGUAGES as readonly string[]).includes(code.toLowerCase().split(/[-_]/)[0]!);
}

export const READ_LANGUAGES_TEXT = 'English, German, French, Spanish, Italian, Russian and Ukrainian';
