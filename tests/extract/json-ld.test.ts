import { describe, expect, it } from 'vitest';
import { readJsonLd } from '../../lib/extract/json-ld';
import { parseDate } from '../../lib/extract/dates';
import { parse } from './dom';

const withLd = (...blocks: string[]) => parse(`<!doctype html><html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body></body></html>`);

describe('readJsonLd', () => {
  it('finds the article among other objects, with @type given as an array', () => {
    const ld = readJsonLd(
      withLd(
        JSON.stringify([{ '@type': 'BreadcrumbList', itemListElement: [] }, { '@type': ['ReportageNewsArticle', 'NewsArticle'], headline: 'Reply delivered', articleBody: 'Body text.', datePublished: '2022-01-26', publisher: { name: 'Wire' }, inLanguage: 'en' }]),
      ),
    )!;
    expect(ld.type).toBe('reportagenewsarticle');
    expect(ld.headline).toBe('Reply delivered');
    expect(ld.body).toBe('Body text.');
    expect(ld.publisher).toBe('Wire');
    expect(ld.language).toBe('en');
  });

  it('keeps the entries of a LiveBlogPosting in order', () => {
    const ld = readJsonLd(
      withLd(
        JSON.stringify({
          '@context': 'https://schema.org',
          '@type': 'LiveBlogPosting',
          headline: 'Live: crisis diplomacy',
          liveBlogUpdate: [
            { '@type': 'BlogPosting', headline: '10:02 Reply delivered', articleBody: 'The ambassador delivered the reply.' },
            { '@type': 'BlogPosting', headline: '11:30 Storm warning', articleBody: 'Snow is expected tonight.' },
          ],
        }),
      ),
    )!;
    expect(ld.liveUpdates.map((u) => u.headline)).toEqual(['10:02 Reply delivered', '11:30 Storm warning']);
  });

  it('skips broken blocks instead of failing, and reads the next one', () => {
    const ld = readJsonLd(withLd('{ "@type": "NewsArticle", "headline": "broken", }', JSON.stringify({ '@type': 'NewsArticle', headline: 'Good block' })));
    expect(ld?.headline).toBe('Good block');
  });

  it('returns null when no block describes an article', () => {
    expect(readJsonLd(withLd(JSON.stringify({ '@type': 'Organization', name: 'Example' })))).toBeNull();
  });
});

describe('parseDate', () => {
  it.each([
    ['2022-01-26T21:15:00-05:00', '2022-01-26'],
    ['2022/01/26', '2022-01-26'],
    ['20220126T101500Z', '2022-01-26'],
    ['Wednesday, January 26, 2022 10:15 AM', '2022-01-26'],
    ['Jan. 26, 2022', '2022-01-26'],
    ['26 January 2022', '2022-01-26'],
    ['1643155200', '2022-01-26'],
  ])('reads %s as %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it.each([['2022-02-31'], ['yesterday'], [''], ['Updated 3 hours ago']])('refuses %j', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });
});
