import { describe, expect, it } from 'vitest';
import { prefilterPage } from '../../lib/extract/prefilter';
import type { PrefilterVocabulary } from '../../lib/kb/types';
import { page, parse } from './dom';

const vocabulary: PrefilterVocabulary = { schemaVersion: 1, terms: ['blinken', 'lavrov', 'grushko', 'nato', 'sanction', 'ambassador'], minHits: 3 };

const ARTICLE_HEAD = '<meta property="og:type" content="article"><title>News</title>';

describe('prefilterPage', () => {
  it('stops at once on a page that is not an article (a shop front, a search page)', () => {
    const doc = parse(page('<title>Shop</title>', '<main><ul><li><a>Blinken mug</a></li><li><a>NATO poster</a></li><li><a>Lavrov socks</a></li></ul></main>'));
    expect(prefilterPage(doc, vocabulary)).toEqual({ isArticle: false, hits: 0, pass: false });
  });

  it('lets an article through when it names enough distinct vocabulary terms', () => {
    const doc = parse(page(ARTICLE_HEAD, '<article><h1>Blinken meets Lavrov</h1><p>Ambassador talks: NATO allies were briefed on Russia’s sanctions threat.</p></article>'));
    const r = prefilterPage(doc, vocabulary);
    expect(r.isArticle).toBe(true);
    expect(r.hits).toBeGreaterThanOrEqual(3);
    expect(r.pass).toBe(true);
  });

  it('stops an article that shares nothing with the vocabulary', () => {
    const doc = parse(page(ARTICLE_HEAD, '<article><h1>Harbour plan approved</h1><p>The council approved the harbour plan after a long session on Tuesday night.</p></article>'));
    expect(prefilterPage(doc, vocabulary)).toEqual({ isArticle: true, hits: 0, pass: false });
  });

  it('counts each term once, however often it repeats, and accepts plurals and possessives', () => {
    const doc = parse(page(ARTICLE_HEAD, "<article><p>Blinken, Blinken, Blinken's aides and the ambassadors met.</p></article>"));
    const r = prefilterPage(doc, vocabulary);
    expect(r.hits).toBe(2);
    expect(r.pass).toBe(false);
  });

  it('recognises articles declared only in JSON-LD, or only by their long paragraphs', () => {
    const ld = parse(page('<title>x</title><script type="application/ld+json">{"@type":"ReportageNewsArticle"}</script>', '<div><p>short</p></div>'));
    expect(prefilterPage(ld, vocabulary).isArticle).toBe(true);
    const long = 'This paragraph is long enough to look like the prose of an article rather than a caption, a button or a link label somewhere on a page.';
    const prose = parse(page('<title>x</title>', `<div><p>${long}</p><p>${long}</p><p>${long}</p></div>`));
    expect(prefilterPage(prose, vocabulary).isArticle).toBe(true);
  });
});

describe('prefilterPage with the vocabulary built from the seeds, on the corpus pages', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { compileSeedFolder } = await import('../../scripts/build/kb-assets');
  const { readManifest, FIXTURES } = await import('../../scripts/corpus-evaluate');
  const { SEEDS } = await import('../match/helpers');
  const real = compileSeedFolder(SEEDS).vocabulary;
  const manifest = readManifest();
  const run = (file: string) => prefilterPage(parse(readFileSync(join(FIXTURES, file), 'utf8')), real);

  it.each(manifest.filter((e) => e.expect === 'match').map((e) => [e.file] as const))('lets the covered article %s through', (file) => {
    expect(run(file).pass).toBe(true);
  });

  it('stops most unrelated pages before extraction', () => {
    const unrelated = manifest.filter((e) => e.expect === 'none' && !e.story);
    const stopped = unrelated.filter((e) => !run(e.file).pass);
    expect(stopped.length).toBeGreaterThanOrEqual(unrelated.length / 2);
  });
});
