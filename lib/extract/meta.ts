/**
 * Article metadata from <meta> tags and the document element: OpenGraph, article:*, Dublin Core,
 * Parse.ly, Sailthru and the plain `date`/`pubdate` names that news CMSs emit.
 */
import { parseDate } from './dates';

export interface PageMeta {
  title: string | null;
  description: string | null;
  site: string | null;
  publishedAt: string | null;
  lang: string | null;
  isArticleType: boolean;
}

/** Lower-cased meta name/property → content, first occurrence wins. */
export function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv') ?? '').trim().toLowerCase();
    const content = el.getAttribute('content');
    if (!key || content === null || map.has(key)) continue;
    map.set(key, content.trim());
  }
  return map;
}

const DATE_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'parsely-pub-date',
  'sailthru.date', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date.issued', 'dc.date',
  'dcterms.created', 'article.published', 'cxenseparse:recs:publishtime', 'og:published_time',
];

/** BCP-47-ish tag, lower-case with hyphens ("en_US" → "en-us"). */
export function normaliseLang(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const tag = raw.trim().replace(/_/g, '-').toLowerCase();
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(tag) ? tag : null;
}

export function readMeta(doc: Document): PageMeta {
  const meta = metaMap(doc);
  let publishedAt: string | null = null;
  for (const key of DATE_KEYS) {
    publishedAt = parseDate(meta.get(key));
    if (publishedAt) break;
  }
  if (!publishedAt) {
    // <time datetime> inside the article header is the next most reliable statement of the date.
    const time = doc.querySelector('article time[datetime], header time[datetime], time[itemprop="datePublished"], time[pubdate]');
    publishedAt = parseDate(time?.getAttribute('datetime'));
  }
  const lang =
    normaliseLang(doc.documentElement?.getAttribute('lang')) ??
    normaliseLang(meta.get('content-language')) ??
    normaliseLang(meta.get('og:locale')) ??
    normaliseLang(meta.get('language'));
  const ogType = (meta.get('og:type') ?? '').toLowerCase();
  return {
    title: meta.get('og:title') || meta.get('twitter:title') || meta.get('parsely-title') || meta.get('sailthru.title') || null,
    description: meta.get('og:description') || meta.get('description') || meta.get('twitter:description') || null,
    site: meta.get('og:site_name') || meta.get('application-name') || meta.get('publisher') || null,
    publishedAt,
    lang,
    isArticleType: ogType === 'article' || ogType.startsWith('article') || meta.has('article:published_time') || meta.has('parsely-pub-date'),
  };
}
