import { describe, expect, it } from 'vitest';
import { canonicalUrl, isTrackingParam, normaliseUrl, reportedPageUrl, sameSite } from '@/lib/history/canonical-url';

describe('one address per article', () => {
  it('drops tracking parameters, the fragment, "www.", a default port and a trailing slash', () => {
    expect(normaliseUrl('https://www.News.example:443/world/story/?utm_source=x&utm_medium=social&fbclid=abc&gclid=1#comments')).toBe('https://news.example/world/story');
    expect(normaliseUrl('http://news.example:80/a?id=7&mc_cid=9&ref_src=tw')).toBe('http://news.example/a?id=7');
    expect(normaliseUrl('https://news.example/')).toBe('https://news.example/');
  });

  it('keeps parameters that choose the article, in a stable order', () => {
    expect(normaliseUrl('https://news.example/a?page=2&id=7')).toBe('https://news.example/a?id=7&page=2');
    expect(normaliseUrl('https://news.example/a?id=7&page=2')).toBe('https://news.example/a?id=7&page=2');
    expect(normaliseUrl('https://news.example:8080/a')).toBe('https://news.example:8080/a');
    expect(isTrackingParam('utm_campaign')).toBe(true);
    expect(isTrackingParam('id')).toBe(false);
  });

  it('uses the page’s canonical link when it names the same site, resolved against the page', () => {
    expect(canonicalUrl('https://www.news.example/amp/a?utm_source=x', '/world/a')).toBe('https://news.example/world/a');
    expect(canonicalUrl('https://news.example/a?share=1', 'https://www.news.example/world/a/')).toBe('https://news.example/world/a');
    expect(canonicalUrl('https://news.example/a?utm_source=x', null)).toBe('https://news.example/a');
  });

  it('ignores a canonical link to another site or that is not a web address', () => {
    expect(canonicalUrl('https://copycat.example/story', 'https://trusted.example/original')).toBe('https://copycat.example/story');
    expect(canonicalUrl('https://news.example/a', 'javascript:alert(1)')).toBe('https://news.example/a');
    expect(canonicalUrl('https://news.example/a', 'http://[bad')).toBe('https://news.example/a');
    expect(sameSite('https://www.a.example/x', 'http://a.example:8080/y')).toBe(true);
    expect(sameSite('https://a.example/x', 'https://b.example/x')).toBe(false);
  });

  it('trusts the page’s own current URL (after pushState) only on the origin the browser reports', () => {
    expect(reportedPageUrl('https://news.example/spa/diplomacy', 'https://news.example/spa/weather')).toBe('https://news.example/spa/diplomacy');
    expect(reportedPageUrl('https://bank.example/', 'https://news.example/spa/weather')).toBe('https://news.example/spa/weather');
    expect(reportedPageUrl('https://news.example/a', undefined)).toBe('https://news.example/a');
  });
});
