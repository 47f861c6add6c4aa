/**
 * The service worker: wires browser events to lib/tabs/background-service.ts, which holds the logic.
 * Every listener is registered synchronously at start-up so that an event that wakes the worker
 * finds its listener (MV3).
 */
import { browser } from 'wxt/browser';
import { createHistory, openHistoryDb } from '@/lib/history';
import { readKb } from '@/lib/kb/read';
import { createMatcher } from '@/lib/match/matcher';
import { isMessage } from '@/lib/messages';
import { createSettingsStore } from '@/lib/settings';
import { createBackgroundService } from '@/lib/tabs/background-service';
import type { BadgeSpec } from '@/lib/tabs/badge';
import { createKbSource } from '@/lib/tabs/kb-runtime';
import { htmlParser } from '@/lib/tabs/page-document';
import { createTabStates, type SessionArea } from '@/lib/tabs/tab-states';
import { buildStoryView } from '@/lib/view/build-story-view';

/** The KB is an asset of the extension itself (written by the build); reading it is not a network request. */
async function loadKb() {
  const url = (browser.runtime.getURL as (path: string) => string)('/kb.json');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Backstory could not read its knowledge base (${url}: ${response.status})`);
  return readKb(await response.json());
}

async function setBadge(tabId: number, badge: BadgeSpec): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    browser.action.setTitle({ tabId, title: badge.title }),
  ]);
}

export default defineBackground(() => {
  const settings = createSettingsStore(browser.storage);
  const kb = createKbSource(loadKb, createMatcher);
  const service = createBackgroundService({
    kb,
    buildStoryView,
    history: createHistory({ open: () => openHistoryDb({ factory: indexedDB }) }),
    // storage.session: Chrome 102+, Firefox 115+; older browsers keep tab state in memory.
    tabs: createTabStates((browser.storage as { session?: SessionArea }).session ?? null),
    setBadge,
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
    now: () => Date.now(),
    // Firefox's background page has a DOMParser; Chrome's service worker does not.
    parseHtml: htmlParser(typeof DOMParser === 'function' ? DOMParser : undefined),
  });

  // Ready before any page asks (service.warm): a tab that starts loading wakes the worker.
  const warmUp = () => void service.warm();

  const extensionOrigin = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!isMessage(raw)) return undefined;
    const extensionPage = sender.id === browser.runtime.id && (sender.url ?? '').startsWith(extensionOrigin);
    return service.handle(raw, { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url, extensionPage });
  });

  // The tab is loading (a new document, or a single-page site moving on): badge and state described
  // the page it is leaving. (Fires without the "tabs" permission; only the URL is withheld.)
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      void service.tabNavigated(tabId);
      warmUp();
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => void service.tabClosed(tabId));

  browser.commands.onCommand.addListener((command, tab) => void service.command(command, tab?.id));

  settings.watch((next) => void service.settingsChanged(next));
  browser.runtime.onInstalled.addListener(() => {
    void settings.migrate();
    warmUp();
  });
  browser.runtime.onStartup.addListener(warmUp);
});
