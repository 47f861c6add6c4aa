import { cutAtPhrase } from './story-title';

/** Short reader-facing labels cut from longer text (quotation marks dropped), at a phrase boundary. */
export function shortTitle(text: string): string {
  return cutAtPhrase(text.replace(/["\u201c\u201d]/g, ''));
}
