/**
 * The toolbar popup: the current tab's verdict, a button to open the sidebar, the on/off switches,
 * the reader's recent articles with clear and export, and notices about storage and KB changes.
 * Settings are written straight to the settings store; open tabs watch it and follow at once.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { HistorySummary, TabState } from '@/lib/messages';
import { DEFAULT_SETTINGS, siteKey, withSite, type Settings } from '@/lib/settings';
import { hostnameOf } from '@/lib/tabs/tab-states';
import { HistoryList } from './HistoryList';
import { KbChanges } from './KbChanges';
import { Switch } from './Switch';
import type { PopupApi } from './popup-api';
import { verdictLine } from './verdict-line';

const RECENT = 8;
const EMPTY: HistorySummary = { recent: [], total: 0, kbChanges: [], storageError: null };

export function Popup({ api }: { api: PopupApi }) {
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [tab, setTab] = useState<TabState | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [summary, setSummary] = useState<HistorySummary>(EMPTY);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  /** "Clear history" was pressed once: ask before deleting. */
  const [confirmClear, setConfirmClear] = useState(false);

  const refreshHistory = useCallback(async () => {
    try {
      setSummary(await api.send({ type: 'history-summary', limit: RECENT }));
    } catch (e) {
      setError(`Backstory's background did not answer: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [api]);

  useEffect(() => {
    if (tabId === undefined) return undefined;
    return api.watchTab(tabId, setTab);
  }, [api, tabId]);

  useEffect(() => {
    let live = true;
    void (async () => {
      const id = await api.activeTabId().catch(() => undefined);
      const state = id === undefined ? null : await api.send({ type: 'tab-state', tabId: id }).catch(() => null);
      if (!live) return;
      setTabId(id);
      setTab(state ?? null); // a null reply can arrive as undefined
    })();
    void api.settings.get().then((s) => live && setSettings(s));
    const stop = api.settings.watch((s) => live && setSettings(s));
    void refreshHistory();
    return () => {
      live = false;
      stop();
    };
  }, [api, refreshHistory]);

  const current = settings ?? DEFAULT_SETTINGS;
  const host = tab ? hostnameOf(tab.url) : null;
  const key = host === null ? null : siteKey(host);
  const siteOn = key === null || !current.disabledSites.includes(key);

  async function change(update: (s: Settings) => Settings) {
    try {
      setSettings(await api.settings.update(update));
    } catch (e) {
      setError(`The setting could not be saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async function openSidebar() {
    if (tabId === undefined) return;
    const reply = await api.send({ type: 'sidebar-request', tabId, action: 'open' }).catch(() => ({ delivered: false }));
    setStatus(reply.delivered ? 'Sidebar opened.' : 'Backstory is not running on this page.');
  }

  async function undoDismiss() {
    if (tabId === undefined) return;
    const reply = await api.send({ type: 'tab-undismiss', tabId }).catch(() => ({ ok: false }));
    setStatus(reply.ok ? 'Backstory shows this story on this page again.' : 'That could not be undone.');
  }

  async function clearHistory() {
    setConfirmClear(false);
    const reply = await api.send({ type: 'history-clear' });
    if (reply.ok) {
      setStatus(`History cleared (${summary.total} ${summary.total === 1 ? 'article' : 'articles'}).`);
      setError(null);
    } else setError(reply.error);
    await refreshHistory();
  }

  async function kbChangesSeen() {
    const reply = await api.send({ type: 'kb-changes-seen' });
    if (!reply.ok) return setError(reply.error);
    await refreshHistory();
  }

  async function exportHistory() {
    const reply = await api.send({ type: 'history-export' });
    if (!reply.ok) return setError(reply.error);
    api.download(`backstory-history-${new Date().toISOString().slice(0, 10)}.json`, reply.json);
    setStatus('History exported.');
  }

  const storageError = error ?? summary.storageError;
  // The sidebar has something to show only on a page about a covered story.
  const canOpen = tab !== null && tab.verdict !== 'none' && tabId !== undefined && current.enabled && siteOn;

  return (
    <main class="popup">
      <h1>Backstory</h1>
      <p id="verdict" aria-live="polite" class={`verdict verdict-${tab && !tab.dismissed && current.enabled && siteOn ? tab.verdict : 'quiet'}`}>
        {settings ? verdictLine(tab, current) : 'Loading…'}
      </p>
      {tab?.reading && tab.verdict !== 'none' && (
        <p id="reading" class="muted">
          You have read {tab.reading.read} of {tab.reading.total} pieces of coverage on this story.
        </p>
      )}
 {tab?.dismissed && tab.verdict !== 'none' && tabId !== undefined && (
        <button type="button" id="undo-dismiss" onClick={undoDismiss}>
          Undo “Not this story”
        </button>
      )}
      <button type="button" id="open-sidebar" class="primary" disabled={!canOpen} onClick={openSidebar}>
        Open sidebar
      </button>

      <section class="switches" aria-label="Where Backstory runs">
        <Switch id="toggle-enabled" label="Backstory on all sites" checked={current.enabled} disabled={!settings} onChange={(on) => change((s) => ({ ...s, enabled: on }))} />
        <Switch
          id="toggle-site"
          label={host ? `On ${key ?? host}` : 'On this site'}
          hint={host ? undefined : 'Not available on this page'}
          checked={siteOn}
          disabled={!settings || host === null || !current.enabled}
          onChange={(on) => host !== null && change((s) => withSite(s, host, on))}
        />
        <Switch
          id="toggle-badge-only"
          label="Badge only"
          hint="On a match, show the toolbar badge and leave the sidebar closed"
          checked={current.badgeOnly}
          disabled={!settings}
          onChange={(on) => change((s) => ({ ...s, badgeOnly: on }))}
        />
      </section>

      <p id="storage-error" class="error" role="alert" hidden={!storageError}>
        {storageError}
      </p>
      <KbChanges articles={summary.kbChanges} onSeen={kbChangesSeen} />
      <HistoryList entries={summary.recent} total={summary.total} />
      {confirmClear && summary.total > 0 && (
        <div id="confirm-clear" class="confirm" role="alertdialog" aria-labelledby="confirm-clear-text">
          <p id="confirm-clear-text">
            Delete all {summary.total} {summary.total === 1 ? 'article' : 'articles'} and every “Not this story” from your history? This cannot be undone.
          </p>
          <button type="button" id="confirm-clear-yes" class="danger" onClick={clearHistory}>
            Delete history
          </button>
          <button type="button" id="confirm-clear-no" onClick={() => setConfirmClear(false)}>
            Keep it
          </button>
        </div>
      )}
      <div class="actions">
        <button type="button" id="clear-history" disabled={summary.total === 0 || confirmClear} onClick={() => setConfirmClear(true)}>
          Clear history
        </button>
        <button type="button" id="export-history" disabled={summary.total === 0} onClick={exportHistory}>
          Export JSON
        </button>
      </div>
      <p id="status" class="muted" role="status">
        {status}
      </p>
    </main>
  );
}
