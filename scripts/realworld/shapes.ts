/**
 * Page shapes for measuring on real text: each wraps an article's headline and paragraphs in page
 * markup of this project's own making, the way different sites publish. Everything here except the
 * article's own text is our writing: the rail headlines, the cookie banner and the reader comments
 * (generated from a few invented sentences, no real comment text). Article text always becomes
 * escaped HTML text, never markup.
 */
export type PageShape = 'jsonld' | 'og-rail' | 'bare-div' | 'comments';
export const PAGE_SHAPES: PageShape[] = ['jsonld', 'og-rail', 'bare-div', 'comments'];

export interface ShapeInput {
  title: string;
  paragraphs: string[];
  date: string | null;
  language: string;
  url: string;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A rail of headlines on the same storyline, as a news site shows beside its articles (our own wording). */
const RAIL = [
  'Diplomats weigh the next round of talks on European security',
  'What the troop build-up near Ukraine means for the region',
  'Analysis: how sanctions threats shape the Kremlin’s choices',
  'Explainer: the alliance’s open-door policy in five questions',
  'Markets watch the standoff as energy prices climb',
];

const COOKIE = 'We use cookies to run this site and to understand how it is used. Choose OK to accept or Settings to decide for yourself.';

/** Invented reader comments, varied deterministically, to make a long comment section (about 90 KB). */
const COMMENT_PARTS = {
  open: ['Honestly,', 'I think', 'Interesting piece, but', 'As someone who lived abroad,', 'Not sure about this;', 'Great reporting.', 'Hmm,'],
  body: [
    'the weather here has been awful all week and nobody talks about anything else',
    'my neighbour keeps telling me prices at the grocery store went up again',
    'the football season has been a disappointment for our local club',
    'I would like to see more stories about schools and the new library',
    'the traffic on the bridge makes my commute twice as long as last year',
    'these comment sections used to be more civil than they are today',
    'I read the paper edition every Sunday and the crossword is still the best part',
  ],
  close: ['Just my two cents.', 'Thanks for listening.', 'Anyway.', 'Cheers from the coast.', 'Let us see what happens.', ''],
};

function comments(targetChars: number): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < targetChars; i++) {
    const text = `${COMMENT_PARTS.open[i % 7]} ${COMMENT_PARTS.body[(i * 3) % 7]}, and ${COMMENT_PARTS.body[(i * 5 + 1) % 7]}. ${COMMENT_PARTS.close[i % 6]}`.trim();
    const item = `<li class="comment"><div class="comment-author">reader${1000 + i}</div><p>${escapeHtml(text)}</p><button type="button">Reply</button></li>`;
    out.push(item);
    size += item.length;
  }
  return `<section class="comments" id="comments"><h2>Comments</h2><ol>${out.join('')}</ol></section>`;
}

function isoDate(date: string | null): string | null {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

export function renderShape(shape: PageShape, a: ShapeInput): string {
  const title = escapeHtml(a.title);
  const date = isoDate(a.date);
  const ps = a.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const lang = escapeHtml(a.language);
  const nav = '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>';
  switch (shape) {
    case 'jsonld': {
      const ld = JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: a.title,
        ...(date ? { datePublished: `${date}T10:00:00Z` } : {}),
        articleBody: a.paragraphs.join('\n\n'),
        inLanguage: a.language,
      }).replace(/</g, '\\u003c');
      return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${title}">
${date ? `<meta property="article:published_time" content="${date}T10:00:00Z">` : ''}
<script type="application/ld+json">${ld}</script></head>
<body>${nav}<main><article><h1>${title}</h1>${date ? `<time datetime="${date}">${date}</time>` : ''}
${ps}</article></main><footer>© Example News</footer></body></html>`;
    }
    case 'og-rail': {
      const rail = RAIL.map((h, i) => `<li><a href="/story/${i}">${escapeHtml(h)}</a></li>`).join('');
      return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title} | Example Times</title>
<meta property="og:type" content="article"><meta property="og:title" content="${title}">
${date ? `<meta property="article:published_time" content="${date}T08:00:00Z">` : ''}</head>
<body>${nav}<div class="layout"><article><h1>${title}</h1>
${ps}</article><aside class="rail"><h2>More on this story</h2><ul>${rail}</ul></aside></div></body></html>`;
    }
    case 'bare-div': {
      const divs = a.paragraphs.map((p) => `<div class="txt">${escapeHtml(p)}</div>`).join('\n');
      return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head>
<body><div class="cookie-banner" role="dialog"><span>${escapeHtml(COOKIE)}</span> <button>OK</button> <button>Settings</button></div>
${nav}<div class="wrap"><div class="headline"><h1>${title}</h1></div><div class="content">
${divs}</div></div><div class="footer">Example Daily</div></body></html>`;
    }
    case 'comments':
      return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${title}">
${date ? `<meta property="article:published_time" content="${date}T09:00:00Z">` : ''}</head>
<body>${nav}<article><h1>${title}</h1><div class="article-body">
${ps}</div>${comments(90_000)}</article></body></html>`;
  }
}
