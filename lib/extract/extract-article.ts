/**
 * Extracting the article a page presents: headline, body paragraphs, publish date, site name and
 * language. Order of trust: JSON-LD (what the publisher declares) for metadata, the DOM body
 * container for paragraphs (so in-page marks can find them again), JSON-LD `articleBody` when the
 * DOM holds little text (text still loading, paywall markup), a fallback (Readability) last.
 * Works on a live browser Document and on linkedom's Document alike; the page is only read.
 *
 * The fallback is passed in rather than imported: Readability is a quarter of the content script's
 * size budget, so the content script runs `extractFromMarkup` and, when the fallback would have a
 * say, hands the page's markup to the background, which runs `extractArticle` with Readability
 * (lib/extract/readability-fallback.ts). The `match` command and tests pass it directly.
 */
import type { ExtractedArticle } from '../match/types';
import { parseDate } from './dates';
import { readJsonLd, type JsonLdArticle } from './json-ld';
import { normaliseLang, readMeta } from './meta';
import { collectCaptions, findBody, isTeaserList, paragraphBlocks, type BodyCandidate, type ParagraphBlocks } from './paragraphs';
import { normaliseSpace } from './text-normalise';

/** What a fallback extractor found on a page with no recognisable article markup. */
export interface FallbackArticle {
  title: string | null;
  paragraphs: string[];
  site: string | null;
  publishedTime: string | null;
  lang: string | null;
}

/** Reads a page the markup rules could not; must not change the Document it is given. */
export type ArticleFallback = (doc: Document) => FallbackArticle | null;

export interface ExtractOptions {
  /** Consulted when the page has no trusted article container and no JSON-LD body; null: none. */
  fallback: ArticleFallback | null;
}

/**
 * Extraction from the markup alone. `needsFallback` says the page has no article container or
 * JSON-LD body to trust, so the result depends on the fallback: run `extractArticle` with one.
 * `blocks`: where the body container's paragraphs are in the page, by their text (for the in-page
 * marks, which then look for a sentence in its paragraph's element instead of the whole page); a
 * paragraph from elsewhere (JSON-LD, the fallback, captions) is simply not in it.
 */
export type MarkupExtraction = ({ needsFallback: false; article: ExtractedArticle | null } | { needsFallback: true; article: null }) & { blocks: ParagraphBlocks };

/** Signals, from inside `extract`, that the fallback is wanted but was not given. */
const DEFER = Symbol('needs fallback');

/** Below this much prose an unmarked DOM body is not trusted and other sources are tried. */
const MIN_BODY_CHARS = 280;
/** A container marked up as the article is trusted down to a short wire brief. */
const MIN_SEMANTIC_CHARS = 100;

function splitBody(body: string): string[] {
  const blocks = body.split(/\n\s*\n|\r?\n/).map(normaliseSpace).filter(Boolean);
  return blocks;
}

function jsonLdParagraphs(ld: JsonLdArticle): string[] {
  const out: string[] = [];
  if (ld.body) out.push(...splitBody(ld.body));
  for (const u of ld.liveUpdates) {
    if (u.headline) out.push(normaliseSpace(u.headline));
    if (u.body) out.push(...splitBody(u.body));
  }
  return out;
}

function proseChars(paragraphs: string[]): number {
  return paragraphs.reduce((n, p) => n + (p.length >= 40 ? p.length : 0), 0);
}

/** Strip the " | Site" or " - Site" tail that <title> usually carries. */
function cleanDocumentTitle(title: string, site: string | null): string {
  const t = normaliseSpace(title);
  const parts = t.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return t;
  if (site) {
    const s = site.toLowerCase();
    const kept = parts.filter((p) => p.toLowerCase() !== s);
    if (kept.length < parts.length) return kept.join(' - ');
  }
  // Without a known site name, the longest part is the headline.
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

function hostname(url: string): string | null {
  try {
    const h = new URL(url).hostname.replace(/^www\./, '');
    return h || null;
  } catch {
    return null;
  }
}

/**
 * The article on the page, or null when the page holds no readable body text at all (empty
 * pages, app shells before their content arrives).
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions): ExtractedArticle | null {
  const found = extract(doc, url, options.fallback ?? (() => null), { body: null });
  return found === DEFER ? null : found;
}

/** As `extractArticle`, without running any fallback: says instead when one would be consulted. */
export function extractFromMarkup(doc: Document, url: string): MarkupExtraction {
  const seen: { body: BodyCandidate | null } = { body: null };
  const found = extract(doc, url, DEFER, seen);
  const blocks = paragraphBlocks(seen.body);
  return found === DEFER ? { needsFallback: true, article: null, blocks } : { needsFallback: false, article: found, blocks };
}

/** `seen.body` receives the body container found (for `extractFromMarkup`'s blocks). */
function extract(doc: Document, url: string, fallback: ArticleFallback | typeof DEFER, seen: { body: BodyCandidate | null }): ExtractedArticle | null | typeof DEFER {
  const ld = readJsonLd(doc);
  const meta = readMeta(doc);
  const h1 = doc.querySelector('article h1, main h1, h1');
  const h1Text = h1 ? normaliseSpace(h1.textContent ?? '') : '';

  let method: ExtractedArticle['method'] = 'article';
  let paragraphs: string[] = [];
  const body = findBody(doc);
  seen.body = body;
  // A page that only lists other articles (search results, section fronts) is not an article,
  // unless the publisher declares one.
  if (!ld && body && isTeaserList(body.element)) return null;
  // Only a container marked up as the article is trusted outright; the whole <body> read
  // paragraph by paragraph picks up banners and rails, which Readability's scoring avoids.
  const trusted = !!body && body.semantic && body.proseChars >= MIN_SEMANTIC_CHARS;
  if (body && trusted) paragraphs = body.paragraphs;

  const ldParagraphs = ld ? jsonLdParagraphs(ld) : [];
  if (proseChars(ldParagraphs) > Math.max(proseChars(paragraphs) * 1.5, MIN_BODY_CHARS)) {
    paragraphs = ldParagraphs;
    method = 'json-ld';
  }

  let readable: FallbackArticle | null = null;
  if (!trusted && method !== 'json-ld') {
    if (fallback === DEFER) return DEFER;
    readable = fallback(doc);
    if (readable && proseChars(readable.paragraphs) >= MIN_SEMANTIC_CHARS) {
      paragraphs = readable.paragraphs;
      method = 'readability';
    }
  }
  // Photo galleries tell the story in their captions, which are furniture on any other page.
  if (proseChars(paragraphs) < MIN_BODY_CHARS && body) {
    const captions = collectCaptions(body.element);
    if (proseChars(captions) >= MIN_BODY_CHARS && proseChars(captions) > proseChars(paragraphs)) paragraphs = [...paragraphs, ...captions];
  }
  // No article markup and nothing the fallback trusts: the page's own text blocks, if they are prose.
  if (paragraphs.length === 0 && body && body.proseChars >= MIN_BODY_CHARS) paragraphs = body.paragraphs;
  if (paragraphs.length === 0 && ldParagraphs.length > 0) {
    paragraphs = ldParagraphs;
    method = 'json-ld';
  }
  if (paragraphs.length === 0) {
    // Nothing in the body yet (an app shell before its script runs): the description tags are
    // all the publisher has stated so far, and still say what the page is about.
    const description = meta.description ? normaliseSpace(meta.description) : '';
    if (!description) return null;
    paragraphs = [description];
    method = 'meta';
  }

  const site = (ld?.publisher ? normaliseSpace(ld.publisher) : null) ?? meta.site ?? readable?.site ?? hostname(url);
  const docTitle = doc.querySelector('title')?.textContent ?? '';
  const title =
    (ld?.headline && normaliseSpace(ld.headline)) ||
    (meta.title && normaliseSpace(meta.title)) ||
    h1Text ||
    readable?.title ||
    (docTitle ? cleanDocumentTitle(docTitle, site) : '');

  // The headline is not a body paragraph even when the container repeats it.
  if (title) paragraphs = paragraphs.filter((p) => p !== title);

  return {
    url,
    title,
    paragraphs,
    publishedAt: parseDate(ld?.datePublished) ?? meta.publishedAt ?? parseDate(readable?.publishedTime),
    site,
    lang: meta.lang ?? normaliseLang(ld?.language) ?? normaliseLang(readable?.lang),
    method,
  };
}
