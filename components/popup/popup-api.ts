/**
 * The popup's only doors to the rest of the extension: typed messages to the background, the
 * settings store, and the current tab's id. Kept apart from the component so tests can run the
 * component against the fake browser with a real background service behind it.
 */
import { browser } from 'wxt/browser';
import type { MessageOf, MessageType, ReplyOf, TabState } from '@/lib/messages';
import { createSettingsStore, type SettingsStore } from '@/lib/settings';
import { isTabState, tabStateKey } from '@/lib/tabs/tab-states';

export interface PopupApi {
  send<K extends MessageType>(message: MessageOf<K>): Promise<ReplyOf<K>>;
  settings: SettingsStore;
  /** The tab the popup was opened over (no "tabs" permission needed for the id). */
  activeTabId(): Promise<number | undefined>;
  /**
   * Call back when the background's state for the tab changes while the popup is open (the page
   * finished its analysis, moved on, or was switched off). Returns an unsubscribe.
   */
  watchTab(tabId: number, callback: (state: TabState | null) => void): () => void;
  /** Offer text to the reader as a file. */
  download(fileName: string, text: string): void;
}

export function browserPopupApi(): PopupApi {
  return {
    send: async (message) => (await browser.runtime.sendMessage(message)) as never,
    settings: createSettingsStore(browser.storage),
    async activeTabId() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id;
    },
    watchTab(tabId, callback) {
      // Tab state lives in storage.session (see lib/tabs/tab-states.ts); where the browser has no
      // session storage it is in the worker's memory and the popup simply shows what it read first.
      const key = tabStateKey(tabId);
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'session' && key in changes) {
          const value = changes[key]?.newValue;
          callback(isTabState(value) ? value : null);
        }
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    download(fileName, text) {
      // An <a download> of a blob: needs no "downloads" permission and sends nothing anywhere.
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  };
}
