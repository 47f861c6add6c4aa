/**
 * The page's markup, for pages the content script cannot extract by itself: with no article
 * container to trust, extraction needs Readability, which lives in the background (it would be a
 * quarter of the content script's size budget). See `analyse-page-html` in lib/messages.ts.
 *
 * Serialised from a deep clone, so nothing on the page changes (no attribute, node or selection),
 * and Backstory's own host and skip control are left out of what is sent. A clone has no browsing context: its
 * scripts never run and its images are never fetched.
 */
import { MAX_PAGE_HTML_CHARS } from '@/lib/messages';
import { HOST_TAG, SKIP_TAG } from './host';

export type PageMarkup = { ok: true; html: string } | { ok: false; chars: number };

export function serialisePage(doc: Document): PageMarkup {
  const clone = doc.cloneNode(true) as Document;
  for (const el of Array.from(clone.querySelectorAll(`${HOST_TAG}, ${SKIP_TAG}`))) el.remove();
  const serializer = new XMLSerializer();
  let html = serializer.serializeToString(clone);
  if (html.length <= MAX_PAGE_HTML_CHARS) return { ok: true, html };
  // Large pages are large because of inline scripts and styles: code, not article text. Only then
  // are they left out (JSON-LD stays, it names the headline and date), so an ordinary page is sent
  // exactly as it is.
  for (const el of Array.from(clone.querySelectorAll('script:not([type="application/ld+json"]), style'))) el.remove();
  html = serializer.serializeToString(clone);
  return html.length <= MAX_PAGE_HTML_CHARS ? { ok: true, html } : { ok: false, chars: html.length };
}
