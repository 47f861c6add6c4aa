/**
 * Pages for the cold-load benchmark (tests/e2e/bench-cold.ts), all of our own writing, in the
 * shapes a reader meets: a short wire brief, a long feature, a short report followed by a long
 * reader-comment section inside its <article>, the same report as bare <div>s without metadata, an
 * unrelated report with the same comment section, and a page that is not an article. Built from
 * the end-to-end pages and fixtures plus generated comments; deterministic.
 */

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['harbourwatcher', 'Jen K.', 'old_salt', 'M. Okafor', 'quietreader', 'Priya S', 'Tom from Leeds', 'northwind', 'Dana', 'R. Lindqvist'];
const OPENERS = ['Honestly,', 'I think', 'Not sure about this, but', 'As someone who lived there,', 'Good piece.', 'Frankly,', 'Let us be real:', 'Interesting that'];
const MIDDLES = [
  'the paper keeps missing the bigger picture about what people actually want',
  'nobody asked the residents before any of this was decided',
  'the same thing happened ten years ago and we all know how that ended',
  'there is far too much talk and far too little action from everyone involved',
  'my neighbour says the opposite and she follows this more closely than I do',
  'the comments here are more informative than most of the coverage I have seen',
  'it would help to see the full documents rather than summaries of summaries',
  'the costs will land on ordinary families as they always do',
];
const CLOSERS = ['Just my two cents.', 'We will see.', 'Time will tell.', 'Sad, really.', 'Thanks for writing it.', 'Reply if you disagree.', ''];

/** About `bytes` of reader comments, as a typical comment widget marks them up. */
export function commentSection(bytes: number, seed = 7): string {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const items: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const sentences = 1 + Math.floor(rnd() * 3);
    const text = Array.from({ length: sentences }, () => `${pick(OPENERS)} ${pick(MIDDLES)}. ${pick(CLOSERS)}`.trim()).join(' ');
    const item =
      `<li class="comment" id="c${i}"><div class="comment-meta"><span class="author">${pick(NAMES)}</span> <time>${1 + (i % 23)} hours ago</time></div>` +
      `<div class="comment-body"><p>${text}</p></div><div class="comment-actions"><button>Reply</button> <button>Like (${i % 17})</button></div></li>\n`;
    items.push(item);
    size += item.length;
  }
  return `<section class="comments" id="comments"><h2>${items.length} comments</h2><ol class="comment-list">\n${items.join('')}</ol></section>`;
}

/** `page` with `inside` inserted just before its closing </article>. */
export function beforeArticleEnd(page: string, inside: string): string {
  const at = page.lastIndexOf('</article>');
  if (at < 0) throw new Error('page has no </article>');
  return page.slice(0, at) + inside + page.slice(at);
}

/** The <p> texts inside the first <article> of a page (our own simple markup: no nested tags needed). */
export function articleParagraphs(page: string): { title: string; paragraphs: string[] } {
  const article = page.slice(page.indexOf('<article'), page.indexOf('</article>'));
  const title = /<h1>([^<]*)<\/h1>/.exec(article)?.[1] ?? '';
  const paragraphs = [...article.matchAll(/<p(?: [^>]*)?>([\s\S]*?)<\/p>/g)]
    .filter((m) => !/class="byline"/.test(m[0]))
    .map((m) => m[1]!.replace(/<[^>]+>/g, ''));
  return { title, paragraphs };
}

/** The same report as <div>s only: no <article>, no <p>, no JSON-LD, OpenGraph or other metadata. */
export function divOnly(title: string, paragraphs: readonly string[]): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="top"><div class="logo">The Harbour Ledger</div>${['World', 'Politics', 'Business', 'Sport'].map((s) => `<a href="/${s.toLowerCase()}">${s}</a>`).join(' ')}</div>
<div class="main"><div class="headline">${title}</div>
${paragraphs.map((p) => `<div class="text">${p}</div>`).join('\n')}
</div><div class="bottom">© The Harbour Ledger</div></body></html>`;
}

/** A shop listing: many links and prices, no prose. */
export function shopListing(): string {
  return `<!doctype html><html lang="en"><head><title>Garden tools | Shop</title></head><body>
<nav>${Array.from({ length: 40 }, (_, i) => `<a href="/c${i}">Category ${i}</a>`).join(' ')}</nav>
<ul>${Array.from({ length: 120 }, (_, i) => `<li><a href="/p${i}">Spade model ${i}</a> <span>£${10 + i}.99</span> <button>Add to basket</button></li>`).join('')}</ul>
<footer>${Array.from({ length: 30 }, (_, i) => `<a href="/f${i}">Footer link ${i}</a>`).join(' ')}</footer></body></html>`;
}
