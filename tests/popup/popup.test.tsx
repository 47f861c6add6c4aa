// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/popup/Popup';
import { browserPopupApi, type PopupApi } from '@/components/popup/popup-api';
import { createHistory, openHistoryDb, type History } from '@/lib/history';
import type { Kb } from '@/lib/kb/types';
import { isMessage, type Message } from '@/lib/messages';
import { DEFAULT_SETTINGS, SETTINGS_KEY, createSettingsStore, type Settings } from '@/lib/settings';
import { createBackgroundService } from '@/lib/tabs/background-service';
import { createKbSource } from '@/lib/tabs/kb-runtime';
import { createTabStates } from '@/lib/tabs/tab-states';
import { analysis, article, fact, kb, viewFor } from '../tabs/fixtures';

const TAB = 7;
let root: HTMLElement;
let sentToTabs: { tabId: number; message: Message }[];
let downloads: { name: string; text: string }[];
let clock = 0;

/** A real background service behind the fake browser's messaging, as in the extension. */
function startBackground(options: { history?: History; kb?: Kb; verdict?: 'match' | 'related' | 'none' } = {}) {
  const factory = new IDBFactory();
  const service = createBackgroundService({
    kb: createKbSource(async () => options.kb ?? kb(), () => ({ analyse: () => analysis(options.verdict ?? 'match') })),
    buildStoryView: viewFor,
    history: options.history ?? createHistory({ open: () => openHistoryDb({ factory }) }),
    tabs: createTabStates(browser.storage.session),
    setBadge: async () => undefined,
    sendToTab: async (tabId, message) => {
      sentToTabs.push({ tabId, message });
      return { open: true };
    },
    activeTabId: async () => TAB,
    now: () => Date.UTC(2026, 0, 27) + ++clock * 60_000, // each visit a minute after the last
  });
  browser.runtime.onMessage.addListener((raw: unknown) => (isMessage(raw) ? service.handle(raw, { extensionPage: true }) : undefined));
  return service;
}

/** The content script of tab 7 asks for an analysis of its page. */
async function visit(service: ReturnType<typeof createBackgroundService>, url: string, title = 'Written answers delivered') {
  await service.handle({ type: 'analyse', article: article(url, title) }, { tabId: TAB, frameId: 0 });
}

function api(activeTab: number | undefined = TAB): PopupApi {
  return { ...browserPopupApi(), activeTabId: async () => activeTab, download: (name, text) => void downloads.push({ name, text }) };
}

/** Let messages, storage and IndexedDB finish: until `until` holds, or the DOM has been still for a while. */
async function settle(until?: () => boolean) {
  let last = '';
  let still = 0;
  for (let i = 0; i < 100; i++) {
    await act(async () => {
      await new Promise((r) => setTimeout(r, 2));
    });
    if (until?.()) return;
    const html = new XMLSerializer().serializeToString(root);
    still = html === last ? still + 1 : 0;
    last = html;
    if (!until && still >= 5) return;
  }
}

const $ = <T extends HTMLElement = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;

async function showPopup(a: PopupApi = api()) {
  await act(() => render(<Popup api={a} />, root));
  await settle(() => !$('#verdict').textContent!.startsWith('Loading'));
  await settle();
}

async function click(selector: string) {
  await act(() => $(selector).click());
  await settle();
}

async function storedSettings(): Promise<Settings> {
  return createSettingsStore(browser.storage).get();
}

beforeEach(() => {
  fakeBrowser.reset();
  sentToTabs = [];
  downloads = [];
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup', () => {
  it('shows the tab\'s verdict and story, and the article in recent history', async () => {
    const bg = startBackground();
    await visit(bg, 'https://www.news.example/a');
    await showPopup();
    expect($('#verdict').textContent).toBe('Match: this page is about “The first story”.');
    const link = $<HTMLAnchorElement>('#history a');
    expect(link.textContent).toBe('Written answers delivered');
    // History keeps one address per article: "www." and tracking parameters dropped.
    expect(link.getAttribute('href')).toBe('https://news.example/a');
    expect($('#storage-error').hidden).toBe(true);
    expect($('#kb-changes').hidden).toBe(true);
    expect($<HTMLButtonElement>('#open-sidebar').disabled).toBe(false);
  });

  it('follows the tab live: a page that finishes its analysis while the popup is open', async () => {
    const bg = startBackground();
    await showPopup();
    expect($('#verdict').textContent).toBe('Backstory is not running on this page.');
    await act(() => visit(bg, 'https://news.example/a'));
    await settle();
    expect($('#verdict').textContent).toMatch(/^Match: /);
    await act(() => bg.tabNavigated(TAB));
    await settle();
    expect($('#verdict').textContent).toBe('Backstory is not running on this page.');
  });

  it('groups recent articles by story, newest first', async () => {
    const bg = startBackground();
    await visit(bg, 'https://two.example/b', 'First read');
    await visit(bg, 'https://one.example/a', 'Second read');
    await showPopup();
    const groups = [...root.querySelectorAll('#history .history-group')];
    expect(groups.map((g) => g.querySelector('h3')?.textContent)).toEqual(['The first story']);
    expect([...groups[0]!.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Second read', 'First read']);
    expect(groups[0]!.querySelector('li .meta')?.textContent).toMatch(/^Match · one\.example · /);
  });

  it('offers no sidebar on a page about nothing covered', async () => {
    const bg = startBackground({ verdict: 'none' });
    await visit(bg, 'https://news.example/weather');
    await showPopup();
    expect($('#verdict').textContent).toBe('Nothing Backstory covers on this page.');
    expect($<HTMLButtonElement>('#open-sidebar').disabled).toBe(true);
    expect($<HTMLButtonElement>('#toggle-site').disabled).toBe(false); // the site switch still works here
  });

  it('says "related" for a related page', async () => {
    const bg = startBackground({ verdict: 'related' });
    await visit(bg, 'https://news.example/r');
    await showPopup();
    expect($('#verdict').textContent).toMatch(/^Related: /);
  });

  it('opens the sidebar in the tab through the background', async () => {
    const bg = startBackground();
    await visit(bg, 'https://news.example/a');
    await showPopup();
    await click('#open-sidebar');
    expect(sentToTabs).toEqual([{ tabId: TAB, message: { type: 'sidebar-command', action: 'open' } }]);
    expect($('#status').textContent).toBe('Sidebar opened.');
  });

  it('switches Backstory off everywhere: the setting is stored and other contexts are told', async () => {
    const bg = startBackground();
    await visit(bg, 'https://news.example/a');
    const heard: Settings[] = [];
    createSettingsStore(browser.storage).watch((s) => heard.push(s)); // as an open tab's content script does
    await showPopup();
    expect($('#toggle-enabled').getAttribute('aria-checked')).toBe('true');
    await click('#toggle-enabled');
    expect($('#toggle-enabled').getAttribute('aria-checked')).toBe('false');
    expect((await storedSettings()).enabled).toBe(false);
    expect(heard.at(-1)?.enabled).toBe(false);
    expect($('#verdict').textContent).toBe('Backstory is switched off.');
    expect($<HTMLButtonElement>('#toggle-site').disabled).toBe(true);
    expect($<HTMLButtonElement>('#open-sidebar').disabled).toBe(true);
  });

  it('switches Backstory off on this site only, by the hostname the tab reported', async () => {
    const bg = startBackground();
    await visit(bg, 'https://www.news.example/a');
    await showPopup();
    expect($('#toggle-site-label').textContent).toBe('On news.example');
    await click('#toggle-site');
    expect((await storedSettings()).disabledSites).toEqual(['news.example']);
    expect($('#toggle-site').getAttribute('aria-checked')).toBe('false');
    expect($('#verdict').textContent).toBe('Backstory is off on www.news.example.');
    await click('#toggle-site');
    expect((await storedSettings()).disabledSites).toEqual([]);
  });

  it('switches badge-only mode', async () => {
    startBackground();
    await showPopup();
    await click('#toggle-badge-only');
    expect((await storedSettings()).badgeOnly).toBe(true);
    expect($('#toggle-badge-only').getAttribute('aria-checked')).toBe('true');
  });

  it('follows a change made elsewhere while it is open', async () => {
    startBackground();
    await showPopup();
    await act(async () => {
      await browser.storage.local.set({ [SETTINGS_KEY]: { version: 2, ...DEFAULT_SETTINGS, badgeOnly: true } });
    });
    await settle();
    expect($('#toggle-badge-only').getAttribute('aria-checked')).toBe('true');
  });

  it('on a page Backstory is not running on, says so and offers no site switch or sidebar', async () => {
    startBackground();
    await showPopup(api(99));
    expect($('#verdict').textContent).toBe('Backstory is not running on this page.');
    expect($<HTMLButtonElement>('#open-sidebar').disabled).toBe(true);
    expect($<HTMLButtonElement>('#toggle-site').disabled).toBe(true);
    expect($('#history').textContent).toMatch(/No matched or related articles yet/);
    expect($<HTMLButtonElement>('#clear-history').disabled).toBe(true);
  });

  it('exports the history as a JSON file and clears it', async () => {
    const bg = startBackground();
    await visit(bg, 'https://news.example/a');
    await showPopup();
    await click('#export-history');
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toMatch(/^backstory-history-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(downloads[0]!.text).articles.map((a: { url: string }) => a.url)).toEqual(['https://news.example/a']);
    await click('#clear-history');
    // Asked first: nothing is deleted until the reader confirms, and "Keep it" keeps it.
    expect($('#confirm-clear').textContent).toMatch(/Delete all 1 article/);
    await click('#confirm-clear-no');
    expect(document.querySelector('#confirm-clear')).toBeNull();
    expect($('#history').textContent).toMatch(/news\.example|article/i);
    expect($('#history').textContent).not.toMatch(/No matched or related articles yet/);
    await click('#clear-history');
    await click('#confirm-clear-yes');
    expect($('#history').textContent).toMatch(/No matched or related articles yet/);
    expect($('#status').textContent).toBe('History cleared (1 article).');
  });

  it('undoes "Not this story" for the tab, and the page is told', async () => {
    const bg = startBackground();
    await visit(bg, 'https://news.example/a');
    await bg.handle({ type: 'dismiss-story', url: 'https://news.example/a', story: 's1' }, { tabId: TAB, frameId: 0 });
    await showPopup();
    expect($('#verdict').textContent).toBe('You said this page is not about “The first story”.');
    await click('#undo-dismiss');
    await settle(() => $('#verdict').textContent!.startsWith('Match'));
    expect($('#verdict').textContent).toBe('Match: this page is about “The first story”.');
    expect(document.querySelector('#undo-dismiss')).toBeNull();
    expect(sentToTabs).toContainEqual({ tabId: TAB, message: { type: 'story-restored', story: 's1' } });
  });

  it('says a page in another language is not analysed, instead of "nothing covered"', async () => {
    const bg = startBackground();
    await bg.handle({ type: 'page-state', url: 'https://news.example/nl', lang: 'nl' }, { tabId: TAB, frameId: 0 });
    await showPopup();
    expect($('#verdict').textContent).toBe('Not analysed. Written in Dutch; Backstory reads articles in English, German, French, Spanish, Italian, Russian and Ukrainian.');
  });

  it('tells the reader when history cannot be stored', async () => {
    const bg = startBackground({ history: createHistory({ open: () => Promise.reject(new DOMException('quota', 'QuotaExceededError')) }) });
    await visit(bg, 'https://news.example/a');
    await showPopup();
    expect($('#storage-error').hidden).toBe(false);
    expect($('#storage-error').textContent).toBe('History could not be saved: the browser says its storage is full.');
    expect($('#verdict').textContent).toMatch(/^Match/); // the analysis itself was not affected
  });

  it('lists the articles whose facts a KB update changed', async () => {
    const factory = new IDBFactory();
    const history = createHistory({ open: () => openHistoryDb({ factory }) });
    const old = startBackground({ history });
    await visit(old, 'https://news.example/a', 'Read before the update');
    fakeBrowser.runtime.onMessage.removeAllListeners();
    startBackground({ history, kb: kb([fact('f1', 's1', 'Alpha happened on Monday'), fact('f2', 's1', 'Beta followed')]) });
    await showPopup();
    expect($('#kb-changes').hidden).toBe(false);
    expect($('#kb-changes a').textContent).toBe('Read before the update');
    expect($('#kb-changes').textContent).toMatch(/now reads\s*Alpha happened on Monday/);
    await click('#kb-changes-seen');
    expect($('#kb-changes').hidden).toBe(true);
    expect($('#history a').textContent).toBe('Read before the update'); // the article itself stays
  });

  it('labels every switch and keeps them in the tab order', async () => {
    startBackground();
    await showPopup();
    for (const id of ['toggle-enabled', 'toggle-site', 'toggle-badge-only']) {
      const sw = $(`#${id}`);
      expect(sw.getAttribute('role')).toBe('switch');
      expect(sw.tagName).toBe('BUTTON');
      expect(root.querySelector(`#${sw.getAttribute('aria-labelledby')}`)?.textContent).toBeTruthy();
    }
  });
});
