/**
 * The content script's cheap early exit, run on every page. It reads only attributes and
 * textContent of a bounded number of elements (never innerText or computed style, which force
 * layout) and stops as soon as it knows the answer, so a page that is not an article, or that shares
 * nothing with the KB's vocabulary, costs a fraction of a millisecond.
 */
import type { PrefilterVocabulary } from '../kb/types';
import { jsonLdMentionsArticle } from './json-ld';
import { isFurniture } from './furniture';
import { transliterate } from '../event/transliterate';
import { englishWord } from '../event/prefilter-words';

export interface PrefilterResult {
  /** The page presents itself as an article (metadata, markup or enough prose). */
  isArticle: boolean;
  /** Distinct vocabulary terms found in the sampled text. */
  hits: number;
  /** Run the full pipeline. */
  pass: boolean;
}

/** Upper bounds on the work done per page. */
const MAX_PARAGRAPHS = 40;
const MAX_CHARS = 12_000;
/** <div>s looked at on a page without <p>: a long page's first screens hold its article. */
const MAX_DIVS = 400;
/** <p>s looked at (inside furniture or not) before giving up on finding more prose. */
const MAX_BLOCKS_LOOKED_AT = 400;
/** A block this long is a paragraph of prose, not a link or a label. */
const LONG_BLOCK = 120;

/**
 * Words as the vocabulary spells them: Latin letters (accented ones included) and digits. Character
 * ranges, not Unicode property escapes: a `\p{L}` regex costs about 0.4 ms to compile on first use in
 * Chromium, which is most of the budget of a page that stops here. English-only matching loses
 * nothing by it.
 */
const WORD = /[a-z0-9\u00c0-\u024f\u0400-\u04ff]+(?:['’][a-z\u00c0-\u024f]+)?/g;

const vocabularySets = new WeakMap<PrefilterVocabulary, Set<string>>();

function termSet(vocabulary: PrefilterVocabulary): Set<string> {
  let set = vocabularySets.get(vocabulary);
  if (!set) {
    set = new Set(vocabulary.terms.map((t) => t.toLowerCase()));
    vocabularySets.set(vocabulary, set);
  }
  return set;
}

const LD_ARTICLE = /"@type"\s*:\s*\[?[^\]}]*?"(?:News|Reportage|Analysis|Opinion|Background)?(?:NewsArticle|Article|BlogPosting|LiveBlogPosting)"/;

/** One pass over <head>: what the publisher declares, read from attributes and script text only. */
function headDeclaresArticle(doc: Document): boolean {
  const head = doc.head;
  if (!head) return false;
  for (let el = head.firstElementChild; el; el = el.nextElementSibling) {
    const tag = el.tagName;
    if (tag === 'META' || tag === 'meta') {
      const key = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
      if (key === 'og:type' && (el.getAttribute('content') ?? '').toLowerCase().startsWith('article')) return true;
      if (key === 'article:published_time') return true;
    } else if ((tag === 'SCRIPT' || tag === 'script') && el.getAttribute('type') === 'application/ld+json') {
      if (LD_ARTICLE.test((el.textContent ?? '').slice(0, 20000))) return true;
    }
  }
  return false;
}

/**
 * The page's prose blocks in reading order: its <p> elements, or, on pages built of <div>s, the
 * <div>s that hold text and no other element (a paragraph, not a wrapper). Blocks inside furniture
 * (comment sections, rails, asides, navigation, footers, share bars, captions: lib/extract/furniture)
 * are left out before any of their text is read, and the rest of the furniture's blocks are jumped
 * over at once, so a 90 KB comment thread costs one look up its ancestors. The browser's own
 * element lists are walked, not the tree in script, which on a cold page is several times slower.
 * A block's ancestors are looked at again for each block: their class tokens are cached, and a
 * cold page pays more for a memo than for the few levels it saves.
 */
function proseBlocks(root: Element, headline: Element | null): Element[] {
  const blocks = (tag: string, accept: (el: Element) => boolean, limit: number): Element[] => {
    const out: Element[] = [];
    const list = root.getElementsByTagName(tag);
    for (let i = 0, looked = 0; i < list.length && looked < limit && out.length < MAX_PARAGRAPHS; i++, looked++) {
      const el = list[i]!;
      const furniture = furnitureAround(el, root, headline);
      if (furniture) {
        // The blocks inside it come next in document order: step past all of them.
        i += furniture === el ? 0 : furniture.getElementsByTagName(tag).length - 1;
        continue;
      }
      if (accept(el)) out.push(el);
    }
    return out;
  };
  const ps = blocks('p', () => true, MAX_BLOCKS_LOOKED_AT);
  return ps.length > 0 ? ps : blocks('div', (d) => d.childElementCount === 0, MAX_DIVS);
}

/**
 * The outermost furniture element between `el` (included) and `root` (excluded), or null. An element
 * whose class only looks like furniture but that holds the page's headline (a "layout-with-sidebar"
 * wrapper) is a wrapper, not furniture. Looks at attributes only.
 */
function furnitureAround(el: Element, root: Element, headline: Element | null): Element | null {
  let found: Element | null = null;
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    if (isFurniture(cur) && !(headline !== null && cur.contains(headline))) found = cur;
  }
  return found;
}

/** Sentence-ending punctuation followed by more text, or at the end: prose, not a menu or a caption. */
const PROSE = /[.!?…»”"](\s|$)/;

function firstHeadline(doc: Document): Element | null {
  return doc.getElementsByTagName('h1')[0] ?? null;
}

function looksLikeArticle(doc: Document): boolean {
  if (headDeclaresArticle(doc)) return true;
  if (doc.getElementsByTagName('article').length > 0) return true;
  if (jsonLdMentionsArticle(doc) || doc.querySelector('[itemprop="articleBody"]')) return true;
  // Unlabelled pages: a handful of long paragraphs is what an article looks like, and so is a
  // headline over even one paragraph of prose (a wire brief on a page without markup).
  const h1 = firstHeadline(doc);
  const blocks = doc.body ? proseBlocks(doc.body, h1) : [];
  const headline = h1 !== null;
  let long = 0;
  for (const b of blocks) {
    const t = b.textContent ?? '';
    if (t.length >= LONG_BLOCK && PROSE.test(t)) {
      long++;
      if (long >= 3 || headline) return true;
    }
  }
  return false;
}

/**
 * Count distinct vocabulary terms in `text`, adding to `found`; returns false once `cap` is reached.
 * `foreign`: also count other languages' words for vocabulary words (a page not declared English).
 */
function scan(text: string, terms: Set<string>, found: Set<string>, cap: number, foreign: boolean): boolean {
  const words = text.toLowerCase().match(WORD);
  if (!words) return true;
  for (let w of words) {
    // Russian and Ukrainian names are looked up romanised ("блинкеном" → "blinken").
    if (w.charCodeAt(0) >= 0x400 && w.charCodeAt(0) <= 0x4ff) w = transliterate(w.charAt(0).toUpperCase() + w.slice(1)).toLowerCase();
    // Possessives and plurals: "Russia's" and "sanctions" should hit "russia" and "sanction".
    if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
    if (terms.has(w)) found.add(w);
    else if (w.length > 3 && w.endsWith('s') && terms.has(w.slice(0, -1))) found.add(w.slice(0, -1));
    else if (foreign && w.length >= 4) {
      // Another language's word for a vocabulary word ("Sitzung" for "meeting"), if the KB has it.
      const en = englishWord(w);
      if (en && terms.has(en)) found.add(en);
    }
    if (found.size >= cap) return false;
  }
  return true;
}

export function prefilterPage(doc: Document, vocabulary: PrefilterVocabulary): PrefilterResult {
  const isArticle = looksLikeArticle(doc);
  if (!isArticle) return { isArticle, hits: 0, pass: false };
  const terms = termSet(vocabulary);
  const found = new Set<string>();
  // Counting beyond a few times the threshold adds nothing to the decision.
  const cap = Math.max(1, vocabulary.minHits) * 3;
  // A page that declares English pays for no lookup of other languages' words.
  const foreign = !/^en(?:-|$)/i.test(doc.documentElement?.getAttribute('lang') ?? '');

  const head: string[] = [doc.title ?? ''];
  if (doc.head) {
    for (let el = doc.head.firstElementChild; el; el = el.nextElementSibling) {
      if (el.tagName !== 'META' && el.tagName !== 'meta') continue;
      const key = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
      if (key === 'og:title' || key === 'description' || key === 'og:description' || key === 'keywords') head.push(el.getAttribute('content') ?? '');
    }
  }
  const h1 = firstHeadline(doc);
  head.push(h1?.textContent ?? '');
  if (!scan(head.join(' '), terms, found, cap, foreign)) return { isArticle, hits: found.size, pass: found.size >= vocabulary.minHits };

  const root = doc.getElementsByTagName('article')[0] ?? doc.getElementsByTagName('main')[0] ?? doc.body;
  if (root) {
    const blocks = proseBlocks(root, h1);
    let chars = 0;
    for (let i = 0; i < blocks.length && chars < MAX_CHARS; i++) {
      const t = blocks[i]!.textContent ?? '';
      chars += t.length;
      if (!scan(t, terms, found, cap, foreign)) break;
    }
  }
  const hits = found.size;
  return { isArticle, hits, pass: hits >= vocabulary.minHits };
}
