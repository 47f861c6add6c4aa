/**
 * The popup's only doors to the rest of the extension: typed messages to the background, the
 * settings store, and the current tab's id. Kept apart from the component so tests can run the
 * component against the fake browser with a real background service behind it.
 */
import { browser } from 'wxt/browser';
import type { MessageOf, MessageType, ReplyOf } from '@/lib/messages';
import { createSettingsStore, type SettingsStore } from '@/lib/settings';

export interface PopupApi {
  send<K extends MessageType>(message: MessageOf<K>): Promise<ReplyOf<K>>;
  settings: SettingsStore;
  /** The tab the popup was opened over (no "tabs" permission needed for the id). */
  activeTabId(): Promise<number | undefined>;
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
