import { browser } from 'wxt/browser';
import { isMessage, type Message, type ReplyOf, type TabState } from '@/lib/messages';

// Wiring only: per-tab state lives in memory here for now; the content script re-reports it on load.
const tabStates = new Map<number, TabState>();

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    if (!isMessage(raw)) return undefined;
    return handle(raw, sender.tab?.id);
  });
});

async function handle(message: Message, senderTab: number | undefined): Promise<unknown> {
  switch (message.type) {
    case 'tab-state':
      return (tabStates.get(message.tabId) ?? null) satisfies ReplyOf<'tab-state'>;
    case 'sidebar-request': {
      try {
        const reply = (await browser.tabs.sendMessage(message.tabId, { type: 'sidebar-command', action: message.action } satisfies Message)) as ReplyOf<'sidebar-command'>;
        return { delivered: reply !== undefined } satisfies ReplyOf<'sidebar-request'>;
      } catch {
        return { delivered: false } satisfies ReplyOf<'sidebar-request'>;
      }
    }
    default:
      void senderTab;
      return undefined;
  }
}
