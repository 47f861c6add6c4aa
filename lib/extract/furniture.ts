/**
 * Recognising page furniture (navigation, ads, rails of other headlines, comments, cookie
 * banners, share bars, captions) from markup alone: tag names, roles and class/id tokens. No
 * layout or computed style is read, so this is safe to run on a live page without forcing reflow.
 */

const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'figure', 'figcaption', 'form', 'button', 'dialog', 'noscript', 'template', 'script', 'style', 'svg', 'iframe', 'select', 'label']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'dialog', 'alertdialog', 'search', 'menu', 'menubar', 'toolbar']);

/** Class/id tokens (split on space, dash, underscore) that mark non-article blocks. */
const FURNITURE_TOKENS = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'dfp', 'sponsored', 'sponsor', 'promo', 'promoted',
  'related', 'recommended', 'recommendations', 'recirc', 'recirculation', 'popular', 'mostread', 'trending', 'outbrain', 'taboola',
  'comment', 'comments', 'disqus', 'replies', 'reply', 'discussion',
  'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'subscribe', 'subscription', 'signup', 'paywall',
  'share', 'sharing', 'social', 'sharebar', 'byline', 'caption', 'credit', 'breadcrumb', 'breadcrumbs', 'tags', 'toolbar',
  'sidebar', 'rail', 'nav', 'navbar', 'menu', 'masthead', 'footer', 'banner', 'modal', 'popup', 'overlay',
  'readmore', 'author', 'bio',
]);

/**
 * Tokens that are strong enough to disqualify a whole candidate container (a live-blog column
 * whose wrapper says "with-sidebar" must not be thrown away, so layout words are absent here).
 */
const CONTAINER_KILL_TOKENS = new Set([
  'ad', 'ads', 'advert', 'advertisement', 'promo', 'related', 'recommended', 'recommendations', 'popular', 'mostread', 'trending',
  'outbrain', 'taboola', 'comment', 'comments', 'disqus', 'discussion', 'cookie', 'consent', 'signup', 'teaser', 'teasers',
]);

const tokenCache = new WeakMap<Element, string[]>();

function tokens(el: Element): string[] {
  let t = tokenCache.get(el);
  if (t) return t;
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
  t = raw ? raw.split(/[\s_\-]+/).filter(Boolean) : [];
  // "most-read" and "read-more" are furniture as pairs even though each word alone is not.
  const joined = raw.replace(/[\s_\-]+/g, '');
  if (joined.includes('mostread') || joined.includes('mostpopular')) t.push('mostread');
  if (joined.includes('readmore') || joined.includes('readalso') || joined.includes('seealso')) t.push('readmore');
  tokenCache.set(el, t);
  return t;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** True when this element itself is furniture (not looking at ancestors). */
export function isFurniture(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  if (FURNITURE_TAGS.has(tag)) return true;
  // Most elements of a page carry no attribute at all: nothing more to read for them.
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  if (isHidden(el)) return true;
  return tokens(el).some((t) => FURNITURE_TOKENS.has(t));
}

/** True when the element or an ancestor is clearly not article content (for candidate containers). */
export function insideFurniture(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const tag = cur.tagName.toLowerCase();
    if (tag === 'nav' || tag === 'aside' || tag === 'footer' || tag === 'dialog') return true;
    const role = cur.getAttribute('role');
    if (role && (role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'dialog')) return true;
    if (isHidden(cur)) return true;
    if (tokens(cur).some((t) => CONTAINER_KILL_TOKENS.has(t))) return true;
  }
  return false;
}

/** True when an element between `el` and `stop` (exclusive) is furniture, or `el` itself is. */
export function furnitureBetween(el: Element, stop: Element): boolean {
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    if (isFurniture(cur)) return true;
  }
  return false;
}

/** Lines that are furniture even inside the article body ("Advertisement", "Read more:", app plugs). */
const BOILERPLATE_LINE = /^(advertisement|advertising|sponsored|read more\b|read also\b|see also\b|related:|most read|sign up\b|subscribe\b|click here\b|share this\b|follow (us|our)\b|for the latest (headlines|news)\b|download (the|our) app\b|this story (has been|was|is going to be) (updated|broken)|copyright\b|©|all rights reserved)/i;

export function isBoilerplateText(text: string): boolean {
  return BOILERPLATE_LINE.test(text);
}
