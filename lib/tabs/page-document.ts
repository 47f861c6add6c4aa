/**
 * Turning the markup a content script sent (`analyse-page-html`) back into a Document the
 * extraction code can read. Firefox's background page has the browser's own DOMParser; Chrome's MV3
 * service worker has no DOM at all, so linkedom parses there (as it does for the `match` command).
 * Neither runs the page's scripts or fetches anything it references: a DOMParser document has no
 * browsing context, and linkedom only builds the tree.
 */
import { parseHTML } from 'linkedom';

export type HtmlParser = (html: string) => Document;

/** The parser for this context: the given DOMParser when there is one, linkedom otherwise. */
export function htmlParser(domParser: typeof DOMParser | undefined): HtmlParser {
  if (domParser) {
    const parser = new domParser();
    return (html) => parser.parseFromString(html, 'text/html');
  }
  return (html) => parseHTML(html).document as unknown as Document;
}
