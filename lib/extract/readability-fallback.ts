/**
 * @mozilla/readability as extractArticle's last resort, passed in as its `fallback`. Only the
 * background and Node code import this module, never the content script (size budget). It runs on
 * a deep clone so the page is never touched (Readability rewrites the tree it is given). The
 * serializer hands back Readability's own content element rather than an HTML string, so
 * paragraphs are read from nodes, never re-parsed; classes are kept so that ads Readability leaves
 * in are still recognised as furniture.
 */
import { Readability } from '@mozilla/readability';
import type { FallbackArticle } from './extract-article';
import { collectParagraphs } from './paragraphs';

export type ReadabilityResult = FallbackArticle;

export function readabilityFallback(doc: Document): ReadabilityResult | null {
  const clone = doc.cloneNode(true) as Document;
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    parsed = new Readability<Node>(clone, { serializer: (node) => node, charThreshold: 200, keepClasses: true }).parse();
  } catch {
    // Readability throws on some malformed trees; the caller falls back to what it already has.
    return null;
  }
  if (!parsed || !parsed.content) return null;
  const content = parsed.content;
  const paragraphs = content.nodeType === 1 ? collectParagraphs(content as Element) : [];
  return {
    title: parsed.title ?? null,
    paragraphs,
    site: parsed.siteName ?? null,
    publishedTime: parsed.publishedTime ?? null,
    lang: parsed.lang ?? null,
  };
}
