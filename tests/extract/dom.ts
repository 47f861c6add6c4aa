/** Test helper: an HTML string as a Document, parsed by linkedom as the `match` command does. */
import { parseHTML } from 'linkedom';

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A page with typical furniture around the given <head> and body markup. */
export function page(head: string, body: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>
<header class="site-header"><nav><a href="/">Home</a><a href="/world">World</a><p>Menu: World, Politics, Business, Sport and Culture sections of the site.</p></nav></header>
${body}
<footer><p>© 2022 Example Media Group. All rights reserved. Contact the newsroom for corrections.</p></footer>
</body></html>`;
}
