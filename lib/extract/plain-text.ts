/**
 * Plain-text articles for the `match` command: the first non-empty line is the headline, the
 * rest is paragraphs separated by blank lines (lines inside a paragraph are joined, as hard-wrapped
 * text needs).
 */
import type { ExtractedArticle } from '../match/types';
import { normaliseSpace } from './text-normalise';

export function articleFromPlainText(text: string, url: string): ExtractedArticle | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let i = 0;
  while (i < lines.length && !lines[i]!.trim()) i++;
  if (i >= lines.length) return null;
  const title = normaliseSpace(lines[i]!);
  const paragraphs = lines
    .slice(i + 1)
    .join('\n')
    .split(/\n\s*\n/)
    .map(normaliseSpace)
    .filter(Boolean);
  return { url, title, paragraphs, publishedAt: null, site: null, lang: null, method: 'plain-text' };
}
