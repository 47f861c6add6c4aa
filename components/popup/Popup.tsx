import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Message, ReplyOf } from '@/lib/messages';

export function Popup() {
  const [status, setStatus] = useState('');
  async function openSidebar() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id == null) return;
    const reply = (await browser.runtime.sendMessage({ type: 'sidebar-request', tabId: tab.id, action: 'open' } satisfies Message)) as ReplyOf<'sidebar-request'>;
    setStatus(reply.delivered ? 'Sidebar opened' : 'Backstory is not running on this page');
  }
  return (
    <main>
      <h1>Backstory</h1>
      <button type="button" id="open-sidebar" onClick={openSidebar}>
        Open sidebar
      </button>
      <p id="status" role="status">
        {status}
      </p>
    </main>
  );
}
