/**
 * Finding the article body in the DOM and reading its paragraphs in order, skipping furniture.
 * Candidates are the usual body containers plus the parent of repeated <article> entries (live
 * blogs); the one holding the most clean paragraph text wins. Only textContent and attributes are
 * read: nothing here forces layout or changes the page.
 */
import { insideFurniture, isBoilerplateText, isFurniture } from './furniture';
import { normaliseSpace } from './text-normalise';

const BODY_SELECTORS = [
  '[itemprop="articleBody"]', '[itemprop="reviewBody"]', 'article', '[role="main"]', 'main',
  '.article-body', '.article__body', '.story-body', '.entry-content', '.post-content', '#article-body', '.article-content', '.story-content',
];

/** Block elements whose text is a paragraph of the article. */
const PARAGRAPH_SELECTOR = 'p, blockquote, h2, h3, li, pre';

/** Headings and list items count only when they read like prose, not like labels or link lists. */
function acceptable(el: Element, text: string): boolean {
  if (text.length < 2) return false;
  const tag = el.tagName.toLowerCase();
  if (isBoilerplateText(text)) return false;
  if (tag === 'li') return text.length >= 60 && /[.!?"”]$/.test(text);
  if (tag === 'h2' || tag === 'h3') return text.length >= 3 && text.length < 200;
  return true;
}

/**
 * The elements under `container` (not itself) matching `selector`, in document order, that have no
 * furniture between them and the container. Furniture subtrees (comment sections, rails, share
 * bars…) are skipped whole: their elements are never visited and their text is never read, so a
 * 90 KB comment thread inside <article> costs one attribute check.
 */
export function elementsOutsideFurniture(container: Element, selector: string): Element[] {
  const out: Element[] = [];
  let el: Element | null = container.firstElementChild;
  while (el) {
    if (!isFurniture(el)) {
      if (el.matches(selector)) out.push(el);
      const child: Element | null = el.firstElementChild;
      if (child) {
        el = child;
        continue;
      }
    }
    while (el && el !== container && !el.nextElementSibling) el = el.parentElement;
    if (!el || el === container) break;
    el = el.nextElementSibling;
  }
  return out;
}

/** The text of `container` as textContent gives it, without furniture subtrees. */
export function textOutsideFurniture(container: Element): string {
  let text = '';
  const visit = (el: Element) => {
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3 || node.nodeType === 4) text += node.nodeValue ?? '';
      else if (node.nodeType === 1 && !isFurniture(node as Element)) visit(node as Element);
    }
  };
  visit(container);
  return text;
}

/**
 * The paragraphs of a container in reading order. Nested blocks are read once (the innermost).
 * `blocks`, when given, receives the element each paragraph was read from, in the same order (the
 * in-page marks look for their sentences only there).
 */
export function collectParagraphs(container: Element, texts: Map<Element, string> = new Map(), blocks?: Element[]): string[] {
  const out: string[] = [];
  for (const el of elementsOutsideFurniture(container, PARAGRAPH_SELECTOR)) {
    // A <blockquote><p>…</p></blockquote> or <li><p>…</p></li> is read through its inner <p>.
    if (el.querySelector(PARAGRAPH_SELECTOR)) continue;
    let text = texts.get(el);
    if (text === undefined) texts.set(el, (text = normaliseSpace(el.textContent ?? '')));
    if (!acceptable(el, text)) continue;
    out.push(text);
    blocks?.push(el);
  }
  // Div-soup pages put text straight into <div>s (sometimes with <br>s). When no block element
  // holds text, read the innermost text-bearing elements instead.
  if (out.length === 0) {
    if (blocks) blocks.length = 0;
    out.push(...leafTextBlocks(container, blocks));
  }
  return out;
}

const LEAF_SELECTOR = 'div, section, span, td, font, center';
const BLOCK_CHILD = 'div, p, section, article, ul, ol, table, h1, h2, h3, h4, h5, h6, blockquote, header, footer, nav, aside, form';

/** Innermost elements carrying prose, for markup without paragraphs. */
function leafTextBlocks(container: Element, blocks?: Element[]): string[] {
  const out: string[] = [];
  for (const el of elementsOutsideFurniture(container, LEAF_SELECTOR)) {
    if (el.querySelector(BLOCK_CHILD)) continue;
    // A <span> inside a leaf <div> is read through the <div>.
    const parent = el.parentElement;
    if (parent && parent !== container && parent.matches(LEAF_SELECTOR) && !parent.querySelector(BLOCK_CHILD)) continue;
    const text = normaliseSpace(el.textContent ?? '');
    if (text.length < 30 || isBoilerplateText(text)) continue;
    out.push(text);
    blocks?.push(el);
  }
  return out;
}

/** Heading elements do not make a body on their own; prose paragraphs do. */
function prose(paragraphs: string[]): number {
  let n = 0;
  for (const p of paragraphs) if (p.length >= 40) n += p.length;
  return n;
}

export interface BodyCandidate {
  element: Element;
  paragraphs: string[];
  /** The element each paragraph was read from (same order and length as `paragraphs`). */
  blocks: Element[];
  proseChars: number;
  /** True when the container is marked up as the article (not just the page body). */
  semantic: boolean;
}

/** The DOM container holding the article body, with its paragraphs; null when none is convincing. */
export function findBody(doc: Document): BodyCandidate | null {
  const seen = new Set<Element>();
  const candidates: Element[] = [];
  const add = (el: Element | null) => {
    if (el && !seen.has(el)) {
      seen.add(el);
      candidates.push(el);
    }
  };
  // One traversal for every selector; document order, so outer containers come before inner ones.
  for (const el of Array.from(doc.querySelectorAll(BODY_SELECTORS.join(', ')))) add(el);
  // Live blogs: many sibling <article> entries; their common parent is the body.
  const parents = new Map<Element, number>();
  for (const a of Array.from(doc.querySelectorAll('article'))) {
    const p = a.parentElement;
    if (p) parents.set(p, (parents.get(p) ?? 0) + 1);
  }
  for (const [p, n] of parents) if (n >= 3) add(p);

  let best: BodyCandidate | null = null;
  // Candidates nest (main > article > body div): each paragraph's text is read and tidied once.
  const texts = new Map<Element, string>();
  for (const el of candidates) {
    if (insideFurniture(el)) continue;
    const blocks: Element[] = [];
    const paragraphs = collectParagraphs(el, texts, blocks);
    const proseChars = prose(paragraphs);
    // A wider container (main) wins only when it adds real prose: ties favour the tighter body.
    if (!best || proseChars > best.proseChars * 1.15 || (proseChars >= best.proseChars && el.contains(best.element) === false && best.element.contains(el))) {
      best = { element: el, paragraphs, blocks, proseChars, semantic: true };
    }
  }
  if (!best) {
    const body = doc.body;
    if (!body) return null;
    const blocks: Element[] = [];
    const paragraphs = collectParagraphs(body, texts, blocks);
    best = { element: body, paragraphs, blocks, proseChars: prose(paragraphs), semantic: false };
  }
  return best;
}

/**
 * True when the container is a list of teasers (search results, section fronts, "most read"
 * pages): many short items each led by a link, carrying most of the text. Such pages are not
 * articles even when every teaser is about a covered story.
 */
export function isTeaserList(container: Element): boolean {
  let teasers = 0;
  let teaserChars = 0;
  // Teasers and text inside furniture (a comment thread, a rail) do not count either way, and
  // their text is not read.
  const items = elementsOutsideFurniture(container, 'li, article, .result, .teaser, .card');
  for (const item of items) {
    // Only the outermost item counts; nested cards inside a list item are the same teaser.
    const outer = item.parentElement?.closest('li, article, .result, .teaser, .card');
    if (outer && container.contains(outer)) continue;
    const text = textOutsideFurniture(item);
    const length = text.length;
    if (length === 0 || length > 600) continue;
    const link = elementsOutsideFurniture(item, 'a').find((a) => normaliseSpace(a.textContent ?? '').length >= 20);
    if (!link) continue;
    teasers++;
    teaserChars += normaliseSpace(text).length;
  }
  if (teasers < 4) return false;
  const total = normaliseSpace(textOutsideFurniture(container)).length;
  return total > 0 && teaserChars >= total * 0.5;
}

/** Figure captions in reading order, without "3 of 8" counters and photo credits. */
export function collectCaptions(container: Element): string[] {
  const out: string[] = [];
  for (const el of Array.from(container.querySelectorAll('figcaption'))) {
    // Credits and counters sit in their own elements inside the caption; read the rest.
    let text = '';
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 1 && /credit|counter|count|index|byline/i.test((node as Element).getAttribute('class') ?? '')) continue;
      text += ` ${node.textContent ?? ''}`;
    }
    text = normaliseSpace(text).replace(/^\d+\s*(?:of|\/)\s*\d+\s*[·.:|-]?\s*/i, '');
    if (text.length >= 20 && !isBoilerplateText(text)) out.push(text);
  }
  return out;
}

/** Paragraph text → the elements of the article's container it was read from. */
export type ParagraphBlocks = ReadonlyMap<string, readonly Element[]>;

/** Where each paragraph of a body candidate sits in the page, looked up by its text. */
export function paragraphBlocks(body: BodyCandidate | null): ParagraphBlocks {
  const map = new Map<string, Element[]>();
  if (!body) return map;
  body.paragraphs.forEach((text, i) => {
    const el = body.blocks[i];
    if (!el) return;
    const list = map.get(text);
    if (list) list.push(el);
    else map.set(text, [el]);
  });
  return map;
}
