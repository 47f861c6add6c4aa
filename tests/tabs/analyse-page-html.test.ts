import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { extractArticle } from '@/lib/extract/extract-article';
import { readabilityFallback } from '@/lib/extract/readability-fallback';
import { createHistory, openHistoryDb } from '@/lib/history';
import type { ExtractedArticle } from '@/lib/match/types';
import { MAX_PAGE_HTML_CHARS, type ReplyOf } from '@/lib/messages';
import { createBackgroundService } from '@/lib/tabs/background-service';
import type { BadgeSpec } from '@/lib/tabs/badge';
import { createKbSource } from '@/lib/tabs/kb-runtime';
import { htmlParser, type HtmlParser } from '@/lib/tabs/page-document';
import { createTabStates } from '@/lib/tabs/tab-states';
import { analysis, kb, viewFor } from './fixtures';

const DIV_SOUP = readFileSync(new URL('../fixtures/pages/divsoup-responses.html', import.meta.url), 'utf8');
const POPUP = { extensionPage: true };
const TAB = { tabId: 4, frameId: 0, url: 'https://soup.example/world/reply' };

function harness(parseHtml?: HtmlParser) {
  const analysed: ExtractedArticle[] = [];
  const badges = new Map<number, BadgeSpec>();
  const service = createBackgroundService({
    kb: createKbSource(async () => kb(), () => ({ analyse: (a) => (analysed.push(a), analysis('match')) })),
    buildStoryView: viewFor,
    history: createHistory({ open: () => openHistoryDb({ factory: new IDBFactory() }) }),
    tabs: createTabStates(browser.storage.session),
    setBadge: async (tabId, badge) => void badges.set(tabId, badge),
    sendToTab: async () => ({ open: true }),
    activeTabId: async () => undefined,
    now: () => 1_000,
    parseHtml,
  });
  const send = (html: string, sender: object = TAB, url = 'https://claimed.example/elsewhere') =>
    service.handle({ type: 'analyse-page-html', url, html }, sender) as Promise<ReplyOf<'analyse-page-html'>>;
  return { service, analysed, badges, send };
}

describe('background: a page sent as markup (analyse-page-html)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('extracts it with the Readability fallback, as the match command does, and analyses that article', async () => {
    const h = harness();
    const reply = await h.send(DIV_SOUP);
    const expected = extractArticle(parseHTML(DIV_SOUP).document as unknown as Document, TAB.url, { fallback: readabilityFallback });
    expect(reply.article).toEqual(expected);
    expect(reply.article?.paragraphs.length).toBeGreaterThan(3);
    expect(h.analysed).toEqual([expected]);
    expect(reply).toMatchObject({ analysis: { verdict: 'match' }, view: { story: { id: 's1' } }, dismissed: false });
  });

  it('keys the visit, the badge and the article by the tab\'s URL, not the one the page claims', async () => {
    const h = harness();
    const reply = await h.send(DIV_SOUP);
    expect(reply.article?.url).toBe(TAB.url);
    expect(h.badges.get(4)).toMatchObject({ text: '✓' });
    expect(await h.service.handle({ type: 'tab-state', tabId: 4 }, POPUP)).toMatchObject({ url: TAB.url, verdict: 'match' });
    const summary = (await h.service.handle({ type: 'history-summary', limit: 5 }, POPUP)) as ReplyOf<'history-summary'>;
    expect(summary.recent.map((e) => e.url)).toEqual([TAB.url]);
  });

  it('answers "no article" for markup without text, and records and badges nothing', async () => {
    const h = harness();
    const reply = await h.send('<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><title>App</title></head><body><div id="root"></div></body></html>');
    expect(reply).toEqual({ article: null });
    expect(h.analysed).toEqual([]);
    expect(h.badges.size).toBe(0);
    expect(await h.service.handle({ type: 'tab-state', tabId: 4 }, POPUP)).toBeNull();
  });

  it('refuses markup over the limit with an error that says why', async () => {
    const h = harness();
    const huge = `<html><body><p>${'x'.repeat(MAX_PAGE_HTML_CHARS)}</p></body></html>`;
    await expect(h.send(huge)).rejects.toThrow(/page's markup is \d+ characters, more than the 2097152/);
    expect(h.analysed).toEqual([]);
  });

  it('never runs the page\'s scripts or handlers', async () => {
    const ran: string[] = [];
    (globalThis as { backstoryRan?: (s: string) => void }).backstoryRan = (s) => ran.push(s);
    try {
      const hostile = DIV_SOUP.replace('</body>', '<script>backstoryRan("script")</script><img src="x" onerror="backstoryRan(\'onerror\')"></body>');
      const window = new Window();
      for (const parse of [htmlParser(undefined), htmlParser(window.DOMParser as unknown as typeof DOMParser)]) {
        const reply = await harness(parse).send(hostile);
        expect(reply.article?.paragraphs.length).toBeGreaterThan(3);
      }
      await new Promise((r) => setTimeout(r, 50));
      expect(ran).toEqual([]);
      await window.happyDOM.close();
    } finally {
      delete (globalThis as { backstoryRan?: unknown }).backstoryRan;
    }
  });
});

describe('htmlParser', () => {
  it('uses the DOMParser it is given (Firefox\'s background page) and gives the same article as linkedom', () => {
    const window = new Window();
    let parsed = 0;
    const Counting = class extends (window.DOMParser as unknown as typeof DOMParser) {
      override parseFromString(html: string, type: DOMParserSupportedType): Document {
        parsed++;
        return super.parseFromString(html, type);
      }
    };
    const viaDomParser = htmlParser(Counting)(DIV_SOUP);
    expect(parsed).toBe(1);
    const viaLinkedom = htmlParser(undefined)(DIV_SOUP);
    const read = (d: Document) => extractArticle(d, TAB.url, { fallback: readabilityFallback });
    expect(read(viaDomParser)).toEqual(read(viaLinkedom));
    void window.happyDOM.close();
  });

  it('reads markup as the content script serialises it (XMLSerializer: xmlns, self-closed void elements)', () => {
    const window = new Window();
    window.document.write(DIV_SOUP);
    const xml = new window.XMLSerializer().serializeToString(window.document as never);
    expect(xml).toContain('xmlns="http://www.w3.org/1999/xhtml"');
    const read = (d: Document) => extractArticle(d, TAB.url, { fallback: readabilityFallback });
    expect(read(htmlParser(undefined)(xml))).toEqual(read(htmlParser(undefined)(DIV_SOUP)));
    void window.happyDOM.close();
  });
});
