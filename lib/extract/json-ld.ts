/**
 * Article metadata from a page's JSON-LD blocks. Publishers nest the article in arrays, in
 * `@graph`, or under `mainEntity`, and give `@type` as a string or an array; all are handled.
 * Broken JSON (common: trailing commas, HTML entities) is skipped, never thrown.
 */

const ARTICLE_TYPES = new Set([
  'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'backgroundnewsarticle',
  'opinionnewsarticle', 'reviewnewsarticle', 'article', 'blogposting', 'liveblogposting',
  'socialmediaposting', 'report', 'scholarlyarticle',
]);

export interface JsonLdArticle {
  type: string;
  headline: string | null;
  body: string | null;
  datePublished: string | null;
  publisher: string | null;
  language: string | null;
  /** Entries of a LiveBlogPosting, in the order given. */
  liveUpdates: { headline: string | null; body: string | null }[];
}

type Json = unknown;

function types(node: Record<string, Json>): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t.toLowerCase()];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
  return [];
}

function text(v: Json): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return text(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Record<string, Json>;
    return text(o['name'] ?? o['@value'] ?? null);
  }
  return null;
}

/** Every object in a JSON-LD value, depth first, with a bound on work for pathological pages. */
function collect(root: Json, out: Record<string, Json>[], budget = { left: 2000 }): void {
  if (budget.left-- <= 0 || root === null || typeof root !== 'object') return;
  if (Array.isArray(root)) {
    for (const item of root) collect(item, out, budget);
    return;
  }
  const o = root as Record<string, Json>;
  out.push(o);
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) {
    if (key in o) collect(o[key], out, budget);
  }
}

function toArticle(o: Record<string, Json>, type: string): JsonLdArticle {
  const updates = Array.isArray(o['liveBlogUpdate']) ? (o['liveBlogUpdate'] as Json[]) : o['liveBlogUpdate'] ? [o['liveBlogUpdate']] : [];
  return {
    type,
    headline: text(o['headline']) ?? text(o['name']),
    body: text(o['articleBody']) ?? text(o['text']),
    datePublished: text(o['datePublished']) ?? text(o['dateCreated']) ?? text(o['uploadDate']),
    publisher: text(o['publisher']) ?? text(o['sourceOrganization']),
    language: text(o['inLanguage']),
    liveUpdates: updates
      .filter((u): u is Record<string, Json> => !!u && typeof u === 'object' && !Array.isArray(u))
      .map((u) => ({ headline: text(u['headline']), body: text(u['articleBody']) ?? text(u['text']) })),
  };
}

/** The page's main article object from JSON-LD, or null when no block describes an article. */
export function readJsonLd(doc: Document): JsonLdArticle | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  let best: JsonLdArticle | null = null;
  for (const script of Array.from(scripts)) {
    let parsed: Json;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const nodes: Record<string, Json>[] = [];
    collect(parsed, nodes);
    for (const node of nodes) {
      const type = types(node).find((t) => ARTICLE_TYPES.has(t));
      if (!type) continue;
      const candidate = toArticle(node, type);
      // Pages sometimes list teaser articles too; the one with a body or the longest headline wins.
      const weight = (a: JsonLdArticle) => (a.body?.length ?? 0) + a.liveUpdates.length * 100 + (a.headline ? 1 : 0);
      if (!best || weight(candidate) > weight(best)) best = candidate;
    }
  }
  return best;
}

/** Cheap check used by the prefilter: does any JSON-LD block declare an article type? No parsing. */
export function jsonLdMentionsArticle(doc: Document): boolean {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (const script of Array.from(scripts)) {
    const t = (script.textContent ?? '').slice(0, 20000);
    if (/"@type"\s*:\s*\[?[^\]}]*?"(?:News|Reportage|Analysis|Opinion|Background)?(?:NewsArticle|Article|BlogPosting|LiveBlogPosting)"/.test(t)) return true;
  }
  return false;
}
