/**
 * One address per article, for de-duplicating history and for "Not this story": the page's own
 * URL, or the canonical URL it declares (`<link rel=canonical>`) when that names the same site,
 * with tracking parameters, the fragment, a leading "www." and a default port dropped.
 *
 * A canonical link naming another site is ignored: a page could otherwise file its visit (or its
 * dismissal) under any address it likes.
 */

/** Query parameters that only track where a click came from; they never choose the article. */
const TRACKING = /^(utm_[a-z0-9_]*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|s_cid|cmpid|ocid|ito|smid|sr_share|ref_src|ref_url|__twitter_impression)$/i;

export function isTrackingParam(name: string): boolean {
  return TRACKING.test(name);
}

function parse(url: string, base?: string): URL | null {
  try {
    const u = new URL(url, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

const bareHost = (host: string) => host.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');

/** The address of `url` with tracking parameters, fragment, "www." and default port dropped. */
export function normaliseUrl(url: string): string {
  const u = parse(url);
  if (!u) {
    const hash = url.indexOf('#');
    return hash === -1 ? url : url.slice(0, hash);
  }
  const params = [...u.searchParams.entries()].filter(([name]) => !isTrackingParam(name));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  const port = u.port && !((u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443')) ? `:${u.port}` : '';
  // "/story/" and "/story" are one article; the root stays "/".
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') || '/' : '/';
  return `${u.protocol}//${bareHost(u.hostname)}${port}${path}${query ? `?${query}` : ''}`;
}

/** Whether two addresses are on the same site (host without "www.", port ignored). */
export function sameSite(a: string, b: string): boolean {
  const ua = parse(a);
  const ub = parse(b);
  return !!ua && !!ub && bareHost(ua.hostname) === bareHost(ub.hostname);
}

/** The article's key: its canonical URL when the page declares one on its own site, else its URL. */
export function canonicalUrl(pageUrl: string, canonicalHref?: string | null): string {
  if (canonicalHref) {
    const resolved = parse(canonicalHref.trim(), parse(pageUrl)?.href);
    if (resolved && sameSite(resolved.href, pageUrl)) return normaliseUrl(resolved.href);
  }
  return normaliseUrl(pageUrl);
}

/**
 * Where a content script's page is: the URL the page itself reports (current after pushState and
 * replaceState) when it is on the origin the browser reports for the sender, which a page cannot
 * fake; otherwise the browser's.
 */
export function reportedPageUrl(claimed: string, senderUrl: string | undefined): string {
  if (!senderUrl) return claimed;
  const c = parse(claimed);
  const s = parse(senderUrl);
  return c && s && c.origin === s.origin ? claimed : senderUrl;
}
