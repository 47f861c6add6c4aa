import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createHistory, openHistoryDb, type History } from '@/lib/history';
import type { Kb } from '@/lib/kb/types';
import type { Analysis, ExtractedArticle } from '@/lib/match/types';
import type { Message, ReplyOf } from '@/lib/messages';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { createBackgroundService, type BackgroundDeps } from '@/lib/tabs/background-service';
import type { BadgeSpec } from '@/lib/tabs/badge';
import { createKbSource } from '@/lib/tabs/kb-runtime';
import { createTabStates } from '@/lib/tabs/tab-states';
import { analysis, article, fact, kb, viewFor } from './fixtures';

interface Harness {
  service: ReturnType<typeof createBackgroundService>;
  badges: Map<number, BadgeSpec>;
  sent: { tabId: number; message: Message }[];
  loads: number;
  setVerdict(a: (article: ExtractedArticle) => Analysis): void;
}

function harness(options: { history?: History; tabReplies?: boolean; active?: number; kb?: Kb; gate?: Promise<void> } = {}): Harness {
  const factory = new IDBFactory();
  const currentKb = options.kb ?? kb();
  let verdictOf: (article: ExtractedArticle) => Analysis = () => analysis('match');
  const h: Harness = {
    badges: new Map(),
    sent: [],
    loads: 0,
    setVerdict: (f) => (verdictOf = f),
    service: undefined as never,
  };
  const deps: BackgroundDeps = {
    kb: createKbSource(
      async () => {
        h.loads++;
        await options.gate;
        return currentKb;
      },
      () => ({ analyse: (a) => verdictOf(a) }),
    ),
    buildStoryView: viewFor,
    history: options.history ?? createHistory({ open: () => openHistoryDb({ factory }) }),
    tabs: createTabStates(browser.storage.session),
    setBadge: async (tabId, badge) => void h.badges.set(tabId, badge),
    sendToTab: async (tabId, message) => {
      h.sent.push({ tabId, message });
      if (options.tabReplies === false) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { open: true };
    },
    activeTabId: async () => options.active,
    now: () => 1_000,
  };
  h.service = createBackgroundService(deps);
  return h;
}

/** Messages from the popup page. */
const POPUP = { extensionPage: true };

type TabStateReply = ReplyOf<'tab-state'>;

const analyse = (h: Harness, url: string, tabId = 7, frameId = 0) =>
  h.service.handle({ type: 'analyse', article: article(url) }, { tabId, frameId }) as Promise<ReplyOf<'analyse'>>;

describe('background: analyse', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gets ready before any page asks: the KB is loaded once, one analysis runs, nothing is recorded or badged', async () => {
    const h = harness();
    const analysed: string[] = [];
    h.setVerdict((a) => {
      analysed.push(a.url);
      return analysis('match');
    });
    await h.service.warm();
    await h.service.warm();
    expect(h.loads).toBe(1);
    expect(analysed).toEqual(['about:blank']);
    expect(h.badges.size).toBe(0);
    const summary = (await h.service.handle({ type: 'history-summary', limit: 10 }, POPUP)) as ReplyOf<'history-summary'>;
    expect(summary.recent).toEqual([]);
    // The first real page is analysed with the KB already there.
    await analyse(h, 'https://news.example/a');
    expect(h.loads).toBe(1);
  });

  it('answers with the analysis and view, records the visit, and badges the tab', async () => {
    const h = harness();
    const reply = await analyse(h, 'https://news.example/a');
    expect(reply.analysis.verdict).toBe('match');
    expect(reply.view?.story.id).toBe('s1');
    expect(reply).toMatchObject({ dismissed: false, storageError: null });
    // The reading count comes from history: it goes to the tab's state (the popup), never to the page.
    expect(reply).not.toHaveProperty('reading');
    expect(h.badges.get(7)).toMatchObject({ text: '✓', title: 'Backstory: this page is about “The first story”' });
    const summary = (await h.service.handle({ type: 'history-summary', limit: 10 }, POPUP)) as ReplyOf<'history-summary'>;
    expect(summary.total).toBe(1);
    expect(summary.recent[0]).toMatchObject({ url: 'https://news.example/a', story: 's1', verdict: 'match', coverage: ['d1'], facts: [{ id: 'f1', text: 'Alpha happened' }] });
    expect(await h.service.handle({ type: 'tab-state', tabId: 7 }, POPUP)).toEqual({ url: 'https://news.example/a', verdict: 'match', story: 's1', storyTitle: 'The first story', dismissed: false, reading: { read: 1, total: 3 }, key: 'https://news.example/a', unsupported: null });
  });

  it('records the address the browser reports for the tab, not the one the page claims', async () => {
    const h = harness();
    await h.service.handle({ type: 'analyse', article: article('https://trusted.example/canonical') }, { tabId: 7, frameId: 0, url: 'https://copycat.example/story' });
    const summary = (await h.service.handle({ type: 'history-summary', limit: 5 }, POPUP)) as ReplyOf<'history-summary'>;
    expect(summary.recent.map((e) => e.url)).toEqual(['https://copycat.example/story']);
    expect(await h.service.handle({ type: 'tab-state', tabId: 7 }, POPUP)).toMatchObject({ url: 'https://copycat.example/story' });
  });

  it('loads the KB once for many messages', async () => {
    const h = harness();
    await analyse(h, 'https://news.example/a');
    await analyse(h, 'https://news.example/b');
    await h.service.handle({ type: 'document', doc: 'd1' }, {});
    expect(h.loads).toBe(1);
  });

  it('does not record or badge an unrelated page', async () => {
    const h = harness();
    h.setVerdict(() => analysis('none'));
    const reply = await analyse(h, 'https://news.example/weather');
    expect(reply).toMatchObject({ view: null, dismissed: false });
    expect(h.badges.get(7)?.text).toBe('');
    expect(((await h.service.handle({ type: 'history-summary', limit: 10 }, POPUP)) as ReplyOf<'history-summary'>).total).toBe(0);
  });

  it('shows a related page with its own badge', async () => {
    const h = harness();
    h.setVerdict(() => analysis('related'));
    await analyse(h, 'https://news.example/r');
    expect(h.badges.get(7)?.text).toBe('≈');
    expect(h.badges.get(7)?.title).toMatch(/related to “The first story”/);
  });

  it('leaves the tab badge alone when an iframe is analysed', async () => {
    const h = harness();
    await analyse(h, 'https://ads.example/frame', 7, 3);
    expect(h.badges.has(7)).toBe(false);
  });

  it('still answers, with a storage error, when history cannot be written', async () => {
    const broken = { open: () => { throw new DOMException('denied', 'InvalidStateError'); } } as unknown as IDBFactory;
    const h = harness({ history: createHistory({ open: () => openHistoryDb({ factory: broken }) }) });
    const reply = await analyse(h, 'https://news.example/a');
    expect(reply.analysis.verdict).toBe('match');
    expect(reply.view).not.toBeNull();
    expect(((await h.service.handle({ type: 'tab-state', tabId: 7 }, POPUP)) as TabStateReply)?.reading).toBeNull();
    expect(reply.storageError).toMatch(/not available in this window/);
    expect(h.badges.get(7)?.text).toBe('✓');
    const summary = (await h.service.handle({ type: 'history-summary', limit: 5 }, POPUP)) as ReplyOf<'history-summary'>;
    expect(summary.storageError).toMatch(/not available in this window/);
  });

  it('drops the storage notice once a visit is recorded again', async () => {
    let refuse = true;
    const factory = new IDBFactory();
    const h = harness({ history: createHistory({ open: () => (refuse ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : openHistoryDb({ factory })) }) });
    expect((await analyse(h, 'https://news.example/a')).storageError).toMatch(/storage is full/);
    refuse = false;
    expect((await analyse(h, 'https://news.example/a')).storageError).toBeNull();
    expect(((await h.service.handle({ type: 'history-summary', limit: 5 }, POPUP)) as ReplyOf<'history-summary'>).storageError).toBeNull();
  });

  it('remembers "not this story": later analyses of the page say dismissed, record nothing, show no badge', async () => {
    const h = harness();
    await analyse(h, 'https://news.example/a');
    expect(await h.service.handle({ type: 'dismiss-story', url: 'https://news.example/a', story: 's1' }, { tabId: 7, frameId: 0 })).toEqual({ ok: true });
    expect(h.badges.get(7)?.text).toBe('');
    const again = await analyse(h, 'https://news.example/a');
    expect(again.dismissed).toBe(true);
    expect(h.badges.get(7)?.text).toBe('');
    expect(((await h.service.handle({ type: 'history-summary', limit: 5 }, POPUP)) as ReplyOf<'history-summary'>).total).toBe(0);
  });

  it('counts coverage read across pages on the story', async () => {
    const h = harness();
    await analyse(h, 'https://one.example/a');
    h.setVerdict(() => analysis('match', { sharedPhrasing: [{ doc: 'd2', share: 0.7 }] }));
    await analyse(h, 'https://two.example/b');
    expect(((await h.service.handle({ type: 'tab-state', tabId: 7 }, POPUP)) as TabStateReply)?.reading).toEqual({ read: 2, total: 3 });
  });

  it('lists stored articles whose seen facts changed in a newer KB', async () => {
    const factory = new IDBFactory();
    const history = createHistory({ open: () => openHistoryDb({ factory }) });
    const before = harness({ history });
    await analyse(before, 'https://news.example/a');
    expect(((await before.service.handle({ type: 'history-summary', limit: 5 }, POPUP)) as ReplyOf<'history-summary'>).kbChanges).toEqual([]);
    // An extension update brings a KB where one more source backs f1; the new worker compares.
    const after = harness({ history, kb: kb([fact('f1', 's1', 'Alpha happened', 3), fact('f2', 's1', 'Beta followed')]) });
    const summary = (await after.service.handle({ type: 'history-summary', limit: 5 }, POPUP)) as ReplyOf<'history-summary'>;
    expect(summary.kbChanges).toEqual([{ url: 'https://news.example/a', title: 'A page', story: 's1', changes: [{ id: 'f1', before: 'Alpha happened', after: 'Alpha happened' }] }]);
    // Reading the article again records it against the new KB, and the notice goes away.
    await analyse(after, 'https://news.example/a');
    expect(((await after.service.handle({ type: 'history-summary', limit: 5 }, POPUP)) as ReplyOf<'history-summary'>).kbChanges).toEqual([]);
  });
});

describe('background: tabs, commands, settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('clears the badge and forgets the state when the tab starts loading', async () => {
    const h = harness();
    await analyse(h, 'https://news.example/a');
    await h.service.tabNavigated(7);
    expect(await h.service.handle({ type: 'tab-state', tabId: 7 }, POPUP)).toBeNull();
    expect(h.badges.get(7)?.text).toBe('');
  });

  it('clears the badge when the content script reports a page it does not analyse (SPA moved on)', async () => {
    const h = harness();
    await analyse(h, 'https://news.example/a');
    expect(await h.service.handle({ type: 'page-state', url: 'https://news.example/weather' }, { tabId: 7, frameId: 0 })).toEqual({ ok: true });
    expect(h.badges.get(7)?.text).toBe('');
    expect(await h.service.handle({ type: 'tab-state', tabId: 7 }, POPUP)).toMatchObject({ url: 'https://news.example/weather', verdict: 'none' });
  });

  it('does not let an analysis that finishes after the tab navigated set the badge', async () => {
    let release!: () => void;
    const h = harness({ gate: new Promise<void>((r) => (release = r)) });
    const pending = analyse(h, 'https://news.example/old'); // waits for the KB to load
    await h.service.tabNavigated(7);
    release();
    expect((await pending).analysis.verdict).toBe('match'); // the old page still gets its answer
    expect(h.badges.get(7)?.text).toBe('');
    expect(await h.service.handle({ type: 'tab-state', tabId: 7 }, POPUP)).toBeNull();
  });

  it('does not let a slow analysis overwrite a later report from the same tab', async () => {
    let release!: () => void;
    const h = harness({ gate: new Promise<void>((r) => (release = r)) });
    const pending = analyse(h, 'https://news.example/article');
    await h.service.handle({ type: 'page-state', url: 'https://news.example/weather' }, { tabId: 7, frameId: 0 });
    release();
    await pending;
    expect(h.badges.get(7)?.text).toBe('');
    expect(await h.service.handle({ type: 'tab-state', tabId: 7 }, POPUP)).toMatchObject({ url: 'https://news.example/weather', verdict: 'none' });
  });

  it('keeps per-tab state in session storage, so a restarted worker still knows the tab', async () => {
    const h = harness();
    await analyse(h, 'https://news.example/a');
    const restarted = harness();
    expect(await restarted.service.handle({ type: 'tab-state', tabId: 7 }, POPUP)).toMatchObject({ verdict: 'match' });
    await restarted.service.tabClosed(7);
    expect(await h.service.handle({ type: 'tab-state', tabId: 7 }, POPUP)).toBeNull();
  });

  it('sends the toggle command to the given tab, or to the active tab', async () => {
    const h = harness({ active: 42 });
    expect(await h.service.command('toggle-sidebar', 5)).toBe(true);
    expect(await h.service.command('toggle-sidebar', undefined)).toBe(true);
    expect(await h.service.command('something-else', 5)).toBe(false);
    expect(h.sent).toEqual([
      { tabId: 5, message: { type: 'sidebar-command', action: 'toggle' } },
      { tabId: 42, message: { type: 'sidebar-command', action: 'toggle' } },
    ]);
  });

  it('reports an undelivered sidebar request when the tab has no content script', async () => {
    const h = harness({ tabReplies: false });
    expect(await h.service.handle({ type: 'sidebar-request', tabId: 3, action: 'open' }, POPUP)).toEqual({ delivered: false });
  });

  it('takes the badge off tabs where Backstory was just switched off, and only those', async () => {
    const h = harness();
    await analyse(h, 'https://www.one.example/a', 1);
    await analyse(h, 'https://two.example/b', 2);
    await h.service.settingsChanged({ ...DEFAULT_SETTINGS, disabledSites: ['one.example'] });
    expect(h.badges.get(1)?.text).toBe('');
    expect(h.badges.get(2)?.text).toBe('✓');
    expect(await h.service.handle({ type: 'tab-state', tabId: 1 }, POPUP)).toMatchObject({ url: 'https://www.one.example/a', verdict: 'none' });
    await h.service.settingsChanged({ ...DEFAULT_SETTINGS, enabled: false });
    expect(h.badges.get(2)?.text).toBe('');
  });

  it('clears history and exports it', async () => {
    const h = harness();
    await analyse(h, 'https://news.example/a');
    const exported = (await h.service.handle({ type: 'history-export' }, POPUP)) as ReplyOf<'history-export'>;
    expect(exported.ok && JSON.parse(exported.json).articles).toHaveLength(1);
    expect(await h.service.handle({ type: 'history-clear' }, POPUP)).toEqual({ ok: true });
    expect(((await h.service.handle({ type: 'history-summary', limit: 5 }, POPUP)) as ReplyOf<'history-summary'>).total).toBe(0);
  });

  it('answers history and tab questions only to the extension\'s own pages, never to a content script', async () => {
    const h = harness();
    await analyse(h, 'https://news.example/a');
    for (const message of [
      { type: 'history-export' },
      { type: 'history-summary', limit: 5 },
      { type: 'history-clear' },
      { type: 'kb-changes-seen' },
      { type: 'tab-state', tabId: 7 },
      { type: 'sidebar-request', tabId: 7, action: 'open' },
    ] as const) {
      await expect(h.service.handle(message, { tabId: 7, frameId: 0 }), message.type).rejects.toThrow(/only for the extension's own pages/);
    }
    expect(((await h.service.handle({ type: 'history-summary', limit: 5 }, POPUP)) as ReplyOf<'history-summary'>).total).toBe(1);
  });

  it('returns the document for the reader view, or null for an unknown id', async () => {
    const h = harness();
    expect(((await h.service.handle({ type: 'document', doc: 'd1' }, {})) as ReplyOf<'document'>).document?.title).toBe('Doc one');
    expect(await h.service.handle({ type: 'document', doc: 'nope' }, {})).toEqual({ document: null });
  });
});

describe('background: addresses, undo and unsupported pages', () => {
  beforeEach(() => fakeBrowser.reset());
  const tabState = async (h: Harness) => (await h.service.handle({ type: 'tab-state', tabId: 7 }, POPUP)) as ReplyOf<'tab-state'>;
  const summary = async (h: Harness) => (await h.service.handle({ type: 'history-summary', limit: 10 }, POPUP)) as ReplyOf<'history-summary'>;

  it('keys history by the page’s current URL after pushState, not the stale one the browser reports', async () => {
    const h = harness();
    await h.service.handle({ type: 'analyse', article: article('https://news.example/spa/diplomacy') }, { tabId: 7, frameId: 0, url: 'https://news.example/spa/weather' });
    expect((await summary(h)).recent.map((e) => e.url)).toEqual(['https://news.example/spa/diplomacy']);
    expect(await tabState(h)).toMatchObject({ url: 'https://news.example/spa/diplomacy' });
  });

  it('keeps one entry for tracking, "www." and canonical variants of one article', async () => {
    const h = harness();
    for (const url of ['https://news.example/a', 'https://www.news.example/a?utm_source=x', 'https://news.example/a?fbclid=1#c']) {
      await h.service.handle({ type: 'analyse', article: article(url) }, { tabId: 7, frameId: 0, url });
    }
    await h.service.handle({ type: 'analyse', article: article('https://news.example/amp/a'), canonical: '/a' }, { tabId: 7, frameId: 0, url: 'https://news.example/amp/a' });
    expect((await summary(h)).recent.map((e) => e.url)).toEqual(['https://news.example/a']);
  });

  it('applies "Not this story" to every variant of the address, and undoes it from the page', async () => {
    const h = harness();
    await analyse(h, 'https://news.example/a');
    await h.service.handle({ type: 'dismiss-story', url: 'https://news.example/a', story: 's1' }, { tabId: 7, frameId: 0 });
    const variant = await analyse(h, 'https://www.news.example/a?utm_source=newsletter');
    expect(variant.dismissed).toBe(true);
    expect(await h.service.handle({ type: 'undismiss-story', url: 'https://news.example/a?utm_medium=x', story: 's1' }, { tabId: 7, frameId: 0 })).toEqual({ ok: true });
    expect((await tabState(h))?.dismissed).toBe(false);
    expect((await analyse(h, 'https://news.example/a')).dismissed).toBe(false);
    expect(h.badges.get(7)?.text).toBe('✓');
  });

  it('undoes "Not this story" from the popup and tells the tab; only the popup may ask', async () => {
    const h = harness();
    await analyse(h, 'https://news.example/a?utm_source=x');
    await h.service.handle({ type: 'dismiss-story', url: 'https://news.example/a?utm_source=x', story: 's1' }, { tabId: 7, frameId: 0 });
    await expect(h.service.handle({ type: 'tab-undismiss', tabId: 7 }, { tabId: 7, frameId: 0 })).rejects.toThrow(/extension's own pages/);
    expect(await h.service.handle({ type: 'tab-undismiss', tabId: 7 }, POPUP)).toEqual({ ok: true });
    expect(h.sent).toContainEqual({ tabId: 7, message: { type: 'story-restored', story: 's1' } });
    expect((await analyse(h, 'https://news.example/a')).dismissed).toBe(false);
    // Nothing to undo any more.
    expect(await h.service.handle({ type: 'tab-undismiss', tabId: 7 }, POPUP)).toEqual({ ok: false });
  });

  it('says why a page in another language was not analysed', async () => {
    const h = harness();
    h.setVerdict(() => analysis('none', { reasons: ['Written in Dutch; Backstory reads articles in English, German, French, Spanish, Italian, Russian and Ukrainian'] }));
    const french = { ...article('https://news.example/fr'), lang: 'fr', paragraphs: ['Les États-Unis ont remis mercredi leur réponse écrite aux exigences de la Russie, a déclaré le secrétaire d’État.'.repeat(2)] };
    await h.service.handle({ type: 'analyse', article: french }, { tabId: 7, frameId: 0 });
    expect((await tabState(h))?.unsupported).toBe('Written in Dutch; Backstory reads articles in English, German, French, Spanish, Italian, Russian and Ukrainian');
    // An English page with nothing covered has no such reason.
    h.setVerdict(() => analysis('none', { reasons: ['Shares no names, facts or quotes with the covered stories'] }));
    await analyse(h, 'https://news.example/en');
    expect((await tabState(h))?.unsupported).toBeNull();
    // A page stopped at the prefilter reports its declared language.
    await h.service.handle({ type: 'page-state', url: 'https://news.example/nl', lang: 'nl-NL' }, { tabId: 7, frameId: 0 });
    expect((await tabState(h))?.unsupported).toBe('Written in Dutch; Backstory reads articles in English, German, French, Spanish, Italian, Russian and Ukrainian');
    // A language it reads, stopped at the prefilter, is simply not covered.
    await h.service.handle({ type: 'page-state', url: 'https://news.example/de', lang: 'de-DE' }, { tabId: 7, frameId: 0 });
    expect((await tabState(h))?.unsupported).toBeNull();
    await h.service.handle({ type: 'page-state', url: 'https://news.example/x', lang: 'en-GB' }, { tabId: 7, frameId: 0 });
    expect((await tabState(h))?.unsupported).toBeNull();
  });
});
