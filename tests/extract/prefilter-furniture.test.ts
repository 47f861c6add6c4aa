/**
 * The prefilter skips furniture (comment threads, rails, asides, navigation, footers, share bars)
 * before reading any of its text: vocabulary words there neither let an unrelated page through nor
 * cost a read. Pages of our own writing.
 */
import { describe, expect, it } from 'vitest';
import { prefilterPage } from '../../lib/extract/prefilter';
import type { PrefilterVocabulary } from '../../lib/kb/types';
import { parse } from './dom';

const vocabulary: PrefilterVocabulary = { schemaVersion: 1, terms: ['blinken', 'lavrov', 'grushko', 'nato', 'sanction', 'ambassador'], minHits: 3 };

const HEAD = '<meta property="og:type" content="article"><title>The Harbour Ledger</title>';
const UNRELATED = [
  'Councillors voted on Tuesday night to build protected cycle lanes along the harbour front after a long and often bad-tempered debate.',
  'Shop owners on the quay had warned that removing forty parking spaces would cost them trade through the winter months and beyond.',
];
const COVERED = [
  'Blinken and Lavrov spoke by telephone on Tuesday about the letters exchanged last week, and agreed to keep talking after the holiday.',
  'Grushko told reporters in the evening that NATO had not answered the central questions in writing, and would be asked again.',
];
/** Reader comments that name every vocabulary word: only their skipping keeps a page out. */
const LOUD_COMMENT = 'Blinken, Lavrov, Grushko, NATO, sanctions and the ambassador again: this is all anyone talks about now.';

const paragraphs = (ps: readonly string[]) => ps.map((p) => `<p>${p}</p>`).join('');
/** Reader comments that name nothing covered. */
const QUIET_COMMENT = 'The weather on the coast has been awful all week and the ferry was late again this morning.';
const commentThread = (n: number, text = LOUD_COMMENT) =>
  `<section class="comments" id="comments"><h2>${n} comments</h2><ol>${Array.from({ length: n }, (_, i) => `<li class="comment"><div class="comment-body"><p>${text} (${i})</p></div></li>`).join('')}</ol></section>`;

function doc(body: string, head = HEAD) {
  return parse(`<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
}

/** Counts reads of textContent on `root` and every element under it. */
function countTextReads(root: Element): () => number {
  let reads = 0;
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    const proto = Object.getPrototypeOf(el) as object;
    const getter = Object.getOwnPropertyDescriptor(findOwner(proto, 'textContent'), 'textContent')!.get!;
    Object.defineProperty(el, 'textContent', {
      configurable: true,
      get() {
        reads++;
        return getter.call(this) as string;
      },
    });
  }
  return () => reads;
}

function findOwner(proto: object, key: string): object {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) if (Object.getOwnPropertyDescriptor(p, key)) return p;
  throw new Error(`no ${key}`);
}

describe('prefilter skips furniture before reading it', () => {
  it('stops an unrelated report whose comment section inside <article> names every vocabulary word, without reading the comments', () => {
    const page = doc(`<article><h1>Council approves cycle lanes</h1>${paragraphs(UNRELATED)}${commentThread(60)}</article>`);
    const reads = countTextReads(page.getElementById('comments')!);
    expect(prefilterPage(page, vocabulary)).toEqual({ isArticle: true, hits: 0, pass: false });
    expect(reads()).toBe(0);
  });

  it('does not count words in rails, asides, navigation, footers or share bars', () => {
    const furniture = [
      `<nav><p>${LOUD_COMMENT}</p></nav>`,
      `<aside><p>${LOUD_COMMENT}</p></aside>`,
      `<div class="rail"><p>${LOUD_COMMENT}</p></div>`,
      `<div class="most-read"><p>${LOUD_COMMENT}</p></div>`,
      `<div class="share-bar"><p>${LOUD_COMMENT}</p></div>`,
      `<footer><p>${LOUD_COMMENT}</p></footer>`,
      `<div role="complementary"><p>${LOUD_COMMENT}</p></div>`,
    ];
    for (const f of furniture) {
      // Before the article's own paragraphs, where a bounded read would otherwise spend its budget.
      const page = doc(`<main>${f}<h1>Council approves cycle lanes</h1>${paragraphs(UNRELATED)}</main>`);
      expect(prefilterPage(page, vocabulary).hits, f).toBe(0);
    }
  });

  it('still lets a covered report through past a long comment section (the bounded read is not spent on it)', () => {
    const page = doc(`<article><h1>Talks by telephone</h1>${commentThread(60, QUIET_COMMENT)}${paragraphs(COVERED)}</article>`);
    const r = prefilterPage(page, vocabulary);
    expect(r.pass).toBe(true);
    expect(r.hits).toBeGreaterThanOrEqual(3);
  });

  it('walks into a wrapper whose class only looks like furniture when it holds the headline', () => {
    const page = doc(`<div class="layout-with-sidebar"><h1>Talks by telephone</h1>${paragraphs(COVERED)}</div><div class="sidebar"><p>${LOUD_COMMENT}</p></div>`, '<title>x</title>');
    const r = prefilterPage(page, vocabulary);
    expect(r.isArticle).toBe(true);
    expect(r.pass).toBe(true);
  });

  it('reads the text <div>s of a page without <p>, and not those of its comment widget', () => {
    const divs = (ps: readonly string[]) => ps.map((p) => `<div class="text">${p}</div>`).join('');
    const widget = `<div class="comments">${Array.from({ length: 20 }, () => `<div class="c">${LOUD_COMMENT}</div>`).join('')}</div>`;
    const unrelated = doc(`<div class="page"><h1>Council approves cycle lanes</h1>${widget}${divs(UNRELATED)}</div>`, '<title>x</title>');
    expect(prefilterPage(unrelated, vocabulary)).toEqual({ isArticle: true, hits: 0, pass: false });
    const covered = doc(`<div class="page"><h1>Talks by telephone</h1>${widget}${divs(COVERED)}</div>`, '<title>x</title>');
    expect(prefilterPage(covered, vocabulary).pass).toBe(true);
  });

  it('does not take a page for an article on the strength of its comment section', () => {
    const shop = doc(`<div class="listing"><a href="/p1">Spade</a> <a href="/p2">Rake</a></div>${commentThread(10).replace('<h2>', '<h3>')}`, '<title>Shop</title>');
    expect(prefilterPage(shop, vocabulary).isArticle).toBe(false);
  });
});
