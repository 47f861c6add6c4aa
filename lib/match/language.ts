/**
 * Is the article in English? English articles are read in full (terms, stems, quotes, aligned
 * passages); articles in the other languages Backstory reads go through the event model only, and
 * the rest get `none`, saying why. The language is lib/event/language.ts's (eld, the same detector
 * in Node and in the extension), read from the headline and the first paragraphs.
 */
import { articleLanguage } from '../event/language';
import type { ExtractedArticle } from './types';

export interface LanguageCheck {
  english: boolean;
  /** Detected or declared language, for the reader ("fr", "de"), or null when unknown. */
  lang: string | null;
}

/** The text the language is read from: the headline and the lead, as eld reads 1000 characters. */
export function languageSample(article: Pick<ExtractedArticle, 'title' | 'paragraphs'>): string {
  return [article.title, ...article.paragraphs.slice(0, 8)].join(' ').slice(0, 3000);
}

export function checkLanguage(article: ExtractedArticle): LanguageCheck {
  const lang = articleLanguage(article.lang ?? null, languageSample(article));
  // Too little text to tell and no declared language: read as English, as before any detector.
  if (lang === 'und') return { english: true, lang: null };
  return { english: lang === 'en', lang };
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
