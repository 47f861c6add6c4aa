import { describe, expect, it } from 'vitest';
import { extractArticle, extractFromMarkup } from '../../lib/extract/extract-article';
import { readabilityFallback } from '../../lib/extract/readability-fallback';
import { page, parse } from './dom';

const P1 = 'The United States delivered its written response to Russia on Wednesday, the secretary of state told reporters in Washington.';
const P2 = 'The ambassador handed the document to the deputy foreign minister in Moscow, the ministry said in a statement afterwards.';
const P3 = 'Officials said the paper set out areas for talks, including arms control and greater transparency about military exercises.';

const RAIL = `<aside class="most-read"><h2>Most read</h2><ol>
<li><article><p>Celebrity chef opens a floating restaurant on the river after a decade of planning.</p></article></li>
<li><article><p>Local team wins the cup final in a dramatic penalty shoot-out on Saturday evening.</p></article></li>
</ol></aside>`;
const COMMENTS = `<section id="comments" class="comments"><h3>Comments</h3>
<article class="comment"><p>This is a reader comment that disagrees with everything in the article above it.</p></article>
<article class="comment"><p>Another reader comment, long enough to look like a paragraph of prose to a naive extractor.</p></article>
<article class="comment"><p>A third comment so that the comment list looks like a run of repeated entries.</p></article>
</section>`;

/** How the `match` command and the background extract: with Readability as the fallback. */
const READABILITY = { fallback: readabilityFallback };

describe('extractArticle', () => {
  it('reads headline, date, site and language from JSON-LD nested in @graph, and the body from <article>', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Example' },
        { '@type': ['NewsArticle'], headline: 'US hands Russia its written reply', datePublished: '2022-01-26T22:15:00-05:00', publisher: { '@type': 'Organization', name: 'Example News' }, inLanguage: 'en-US' },
      ],
    });
    const doc = parse(
      page(
        `<title>US hands Russia its written reply | Example News</title><script type="application/ld+json">${ld}</script>`,
        `<main><article><h1>US hands Russia its written reply</h1><p>${P1}</p><div class="ad-slot"><p>Advertisement: buy our premium subscription today for half the price.</p></div><p>${P2}</p><figure><img src="x.jpg"><figcaption>The ambassador arriving at the ministry in a black car.</figcaption></figure><p>${P3}</p></article>${RAIL}</main>${COMMENTS}`,
      ),
    );
    const a = extractArticle(doc, 'https://news.example/a', READABILITY)!;
    expect(a.title).toBe('US hands Russia its written reply');
    expect(a.publishedAt).toBe('2022-01-26');
    expect(a.site).toBe('Example News');
    expect(a.lang).toBe('en');
    expect(a.paragraphs).toEqual([P1, P2, P3]);
  });

  it('falls back to OpenGraph and article meta tags when there is no JSON-LD', () => {
    const doc = parse(
      page(
        `<title>Reply delivered - The Daily Example</title><meta property="og:title" content="Written reply delivered to Moscow"><meta property="og:site_name" content="The Daily Example"><meta property="article:published_time" content="2022-01-27T08:00:00Z"><meta property="og:type" content="article">`,
        `<article><h1>Reply delivered</h1><p>${P1}</p><p>${P2}</p></article>`,
        'en-GB',
      ),
    );
    const a = extractArticle(doc, 'https://daily.example/x', READABILITY)!;
    expect(a.title).toBe('Written reply delivered to Moscow');
    expect(a.site).toBe('The Daily Example');
    expect(a.publishedAt).toBe('2022-01-27');
    expect(a.lang).toBe('en-gb');
    expect(a.method).toBe('article');
  });

  it('leaves navigation, rails of other headlines, comments and cookie banners out of the body', () => {
    const doc = parse(
      page(
        '<title>Story</title>',
        `<div class="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies or manage your preferences here.</p></div>
         <main><article><h1>Story</h1><p>${P1}</p><p>Read more: Ten things to know about the crisis in eastern Europe this week</p><p>${P2}</p><div class="related-links"><p>Related: how diplomacy over Ukraine unfolded in the first weeks of January.</p></div><p>${P3}</p></article>${RAIL}</main>${COMMENTS}`,
      ),
    );
    const a = extractArticle(doc, 'https://x.example/', READABILITY)!;
    expect(a.paragraphs).toEqual([P1, P2, P3]);
    const all = a.paragraphs.join(' ');
    for (const junk of ['cookies', 'comment', 'Celebrity chef', 'penalty', 'Menu:', 'Related:']) expect(all).not.toContain(junk);
  });

  it('reads div-soup pages that have no <article>, <main> or <p>', () => {
    const doc = parse(
      page(
        '<title>Local paper: reply delivered</title>',
        `<div id="wrap"><div class="headline" role="heading">Reply delivered</div><div class="story-content"><div class="para">${P1}</div><div class="para">${P2}</div><div class="para">${P3}</div></div></div>`,
      ),
    );
    const a = extractArticle(doc, 'https://local.example/', READABILITY)!;
    expect(a).not.toBeNull();
    const all = a.paragraphs.join(' ');
    expect(all).toContain(P1);
    expect(all).toContain(P3);
  });

  it('keeps every entry of a live blog, including entries marked up as separate <article>s', () => {
    const entries = [P1, P2, P3, 'Separately, the finance ministry announced a new budget for regional road building this spring.']
      .map((p, i) => `<article class="live-entry"><time>1${i}:00</time><h3>Update ${i + 1}</h3><p>${p}</p></article>`)
      .join('');
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'LiveBlogPosting', headline: 'Ukraine crisis: live updates', datePublished: '2022-01-26' });
    const doc = parse(page(`<title>Live</title><script type="application/ld+json">${ld}</script>`, `<main><h1>Ukraine crisis: live updates</h1><div class="live-feed">${entries}</div>${RAIL}</main>`));
    const a = extractArticle(doc, 'https://live.example/', READABILITY)!;
    const all = a.paragraphs.join(' ');
    expect(all).toContain(P1);
    expect(all).toContain(P3);
    expect(all).toContain('regional road building');
    expect(all).not.toContain('Celebrity chef');
  });

  it('uses the JSON-LD articleBody when the page body has not arrived yet', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Reply delivered', articleBody: `${P1}\n\n${P2}\n\n${P3}`, datePublished: '2022-01-26' });
    const doc = parse(page(`<title>Reply</title><script type="application/ld+json">${ld}</script>`, `<main><article><h1>Reply delivered</h1><div class="skeleton"></div></article></main>`));
    const a = extractArticle(doc, 'https://app.example/', READABILITY)!;
    expect(a.method).toBe('json-ld');
    expect(a.paragraphs).toEqual([P1, P2, P3]);
  });

  it('falls back to Readability on pages without recognisable body markup', () => {
    const prose = Array.from({ length: 6 }, (_, i) => `<div>${[P1, P2, P3][i % 3]} Paragraph ${i + 1} adds a little more ordinary prose, with commas, so scoring treats it as content.</div>`).join('\n');
    const doc = parse(page('<title>Plain page</title>', `<div id="x1"><div id="x2">${prose}</div></div>`));
    const a = extractArticle(doc, 'https://plain.example/', READABILITY)!;
    expect(a).not.toBeNull();
    expect(a.paragraphs.join(' ')).toContain('Paragraph 6 adds a little more ordinary prose');
  });

  it('never changes the page it reads, even when Readability runs', () => {
    const html = page(
      '<title>Plain page</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>',
      `<div id="x1" class="wrapper"><div>${P1} ${P2}</div><div>${P3}</div><span style="display:none">hidden</span></div>${COMMENTS}`,
    );
    const doc = parse(html);
    const before = (doc as unknown as { toString(): string }).toString();
    extractArticle(doc, 'https://plain.example/', READABILITY);
    expect((doc as unknown as { toString(): string }).toString()).toBe(before);
  });

  it('returns null for a page with no text at all', () => {
    expect(extractArticle(parse('<!doctype html><html><head><title>App</title></head><body><div id="root"></div></body></html>'), 'https://app.example/', READABILITY)).toBeNull();
  });
});

describe('the fallback is passed in', () => {
  const soup = () => {
    const prose = Array.from({ length: 6 }, (_, i) => `<div>${[P1, P2, P3][i % 3]} Paragraph ${i + 1} adds a little more ordinary prose, with commas, so scoring treats it as content.</div>`).join('\n');
    return parse(page('<title>Plain page - Plain Daily</title>', `<div id="x1"><div id="x2">${prose}</div></div>`));
  };

  it('on a page with article markup, markup alone gives the same article and the fallback is never asked', () => {
    const doc = parse(page('<title>Reply | Example</title>', `<main><article><h1>Reply delivered</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></article></main>`));
    let asked = 0;
    const withFallback = extractArticle(doc, 'https://news.example/a', { fallback: (d) => (asked++, readabilityFallback(d)) });
    expect(asked).toBe(0);
    const markup = extractFromMarkup(doc, 'https://news.example/a');
    expect(markup).toMatchObject({ needsFallback: false, article: withFallback });
    expect(withFallback?.paragraphs).toEqual([P1, P2, P3]);
    // Each paragraph's element, for the in-page marks: the <p> it was read from.
    expect([P1, P2, P3].map((p) => markup.blocks.get(p)?.map((el) => el.textContent))).toEqual([[P1], [P2], [P3]]);
    expect(markup.blocks.get('Reply delivered')).toBeUndefined();
  });

  it('on div soup, markup alone says the fallback is needed instead of guessing', () => {
    expect(extractFromMarkup(soup(), 'https://plain.example/')).toMatchObject({ needsFallback: true, article: null });
  });

  it('uses what the given fallback finds: its paragraphs, and its title, site, date and language where the page states none', () => {
    const doc = soup();
    const a = extractArticle(doc, 'https://plain.example/', {
      fallback: (d) => {
        expect(d).toBe(doc);
        return { title: 'From the fallback', paragraphs: [P3, P1], site: 'Fallback Site', publishedTime: '2022-01-27T10:00:00Z', lang: 'en-GB' };
      },
    })!;
    expect(a).toMatchObject({ paragraphs: [P3, P1], method: 'readability', site: 'Fallback Site', publishedAt: '2022-01-27', lang: 'en' });
    // The fallback's title is preferred to the page's <title>, which carries the site's name.
    expect(a.title).toBe('From the fallback');
  });

  it('without a fallback (or when it finds nothing), reads the page\'s own text blocks', () => {
    const none = extractArticle(soup(), 'https://plain.example/', { fallback: null })!;
    expect(extractArticle(soup(), 'https://plain.example/', { fallback: () => null })).toEqual(none);
    expect(none.method).toBe('article');
    expect(none.paragraphs.join(' ')).toContain('Paragraph 6 adds a little more ordinary prose');
  });
});
