/**
 * The reader's history of matched and related articles, over the history database. Every operation
 * opens the database lazily and reports failure as a value: history is a convenience, and a refused
 * or full store must never break an analysis or the sidebar.
 */
import type { Fact } from '../kb/types';
import type { HistoryDb } from './db';
import { fingerprintFact } from './fingerprint';
import type { Dismissal, HistoryEntry, KbChangedArticle, SeenFact, Visit } from './types';

/** Entries kept; the least recently seen are dropped beyond it. */
export const DEFAULT_HISTORY_CAP = 500;

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface HistoryOptions {
  open: () => Promise<HistoryDb>;
  cap?: number;
}

/** The key for a page: its URL without the #fragment, which names a place in the same article. */
export function pageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** A reader-facing description of a storage failure. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error) ? String((error as { name: unknown }).name) : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') return 'History could not be saved: the browser says its storage is full.';
  if (name === 'InvalidStateError' || name === 'SecurityError') return `History is not available in this window (${message || name}).`;
  return `History could not be saved: ${message || name || 'unknown error'}.`;
}

export interface History {
  /** Open the database ahead of the first read (the first open costs about 100 ms in a fresh
   *  worker, which the first covered page would otherwise wait for). */
  prepare(): Promise<Result<void>>;
  /** Store a visit (insert or update by URL) and drop the oldest entries beyond the cap. */
  record(visit: Visit): Promise<Result<HistoryEntry>>;
  /** Most recently seen first. */
  recent(limit: number): Promise<Result<HistoryEntry[]>>;
  count(): Promise<Result<number>>;
  onStory(story: string): Promise<Result<HistoryEntry[]>>;
  clear(): Promise<Result<void>>;
  dismiss(url: string, story: string, at: number): Promise<Result<void>>;
  isDismissed(url: string, story: string): Promise<Result<boolean>>;
  /** Undo "Not this story" for the page and story (true when there was a dismissal to undo). */
  undismiss(url: string, story: string): Promise<Result<boolean>>;
  /** Everything stored, as pretty JSON for the reader to keep. */
  exportJson(exportedAt: number): Promise<Result<string>>;
  /** Stored articles whose seen facts differ from the given KB facts (see kbChanges). */
  kbChanges(facts: readonly Fact[], kbVersion: string): Promise<Result<KbChangedArticle[]>>;
  /**
   * The reader has seen the KB-change notice: restate every older entry's seen facts as the given
   * KB has them (see restateFacts), so the notice is not shown again. Returns how many changed.
   */
  acknowledgeKb(facts: readonly Fact[], kbVersion: string): Promise<Result<number>>;
}

export function createHistory({ open, cap = DEFAULT_HISTORY_CAP }: HistoryOptions): History {
  let dbPromise: Promise<HistoryDb> | null = null;
  function db(): Promise<HistoryDb> {
    // A failed open is not cached: the next call tries again (the reader may have freed space).
    dbPromise ??= open().catch((error: unknown) => {
      dbPromise = null;
      throw error;
    });
    return dbPromise;
  }
  async function attempt<T>(run: (db: HistoryDb) => Promise<T>): Promise<Result<T>> {
    try {
      return { ok: true, value: await run(await db()) };
    } catch (error) {
      return { ok: false, error: describeStorageError(error) };
    }
  }

  return {
    prepare: () => attempt(async () => undefined),
    record: (visit) =>
      attempt(async (d) => {
        const tx = d.transaction('articles', 'readwrite');
        const url = pageKey(visit.url);
        const before = await tx.store.get(url);
        const { at, ...fields } = visit;
        const entry: HistoryEntry = { ...fields, url, firstSeen: before?.firstSeen ?? at, lastSeen: at };
        await tx.store.put(entry);
        let excess = (await tx.store.count()) - cap;
        for (let cursor = await tx.store.index('by-lastSeen').openCursor(); cursor && excess > 0; cursor = await cursor.continue()) {
          if (cursor.primaryKey === url) continue;
          await cursor.delete();
          excess--;
        }
        await tx.done;
        return entry;
      }),
    recent: (limit) =>
      attempt(async (d) => {
        const out: HistoryEntry[] = [];
        const tx = d.transaction('articles');
        for (let cursor = await tx.store.index('by-lastSeen').openCursor(null, 'prev'); cursor && out.length < limit; cursor = await cursor.continue()) {
          out.push(cursor.value);
        }
        return out;
      }),
    count: () => attempt((d) => d.count('articles')),
    onStory: (story) => attempt((d) => d.getAllFromIndex('articles', 'by-story', story)),
    clear: () =>
      attempt(async (d) => {
        const tx = d.transaction(['articles', 'dismissals'], 'readwrite');
        await Promise.all([tx.objectStore('articles').clear(), tx.objectStore('dismissals').clear(), tx.done]);
      }),
    dismiss: (url, story, at) =>
      attempt(async (d) => {
        const key = pageKey(url);
        const tx = d.transaction(['articles', 'dismissals'], 'readwrite');
        await tx.objectStore('dismissals').put({ url: key, story, at } satisfies Dismissal);
        // The reader said this page is not about the story: it no longer counts as read on it.
        const entry = await tx.objectStore('articles').get(key);
        if (entry?.story === story) await tx.objectStore('articles').delete(key);
        await tx.done;
      }),
    isDismissed: (url, story) => attempt(async (d) => (await d.get('dismissals', [pageKey(url), story])) !== undefined),
    undismiss: (url, story) =>
      attempt(async (d) => {
        const key: [string, string] = [pageKey(url), story];
        const tx = d.transaction('dismissals', 'readwrite');
        const had = (await tx.store.get(key)) !== undefined;
        if (had) await tx.store.delete(key);
        await tx.done;
        return had;
      }),
    exportJson: (exportedAt) =>
      attempt(async (d) => {
        const tx = d.transaction(['articles', 'dismissals']);
        const [articles, dismissals] = await Promise.all([tx.objectStore('articles').getAll(), tx.objectStore('dismissals').getAll()]);
        articles.sort((a, b) => b.lastSeen - a.lastSeen);
        return JSON.stringify({ format: 'backstory-history', version: 1, exportedAt: new Date(exportedAt).toISOString(), articles, dismissals }, null, 2);
      }),
    kbChanges: (facts, kbVersion) => attempt(async (d) => changedArticles(await d.getAll('articles'), facts, kbVersion)),
    acknowledgeKb: (facts, kbVersion) =>
      attempt(async (d) => {
        const tx = d.transaction('articles', 'readwrite');
        let updated = 0;
        for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
          const entry = cursor.value;
          if (entry.kbVersion === null || entry.kbVersion === kbVersion) continue;
          await cursor.update({ ...entry, facts: restateFacts(entry.facts, facts), kbVersion });
          updated++;
        }
        await tx.done;
        return updated;
      }),
  };
}

/**
 * Seen facts as the given KB states them: unchanged ones stay, changed ones take the KB's current
 * wording and fingerprint (same id), and those the KB no longer has are dropped.
 */
export function restateFacts(seen: readonly SeenFact[], facts: readonly Fact[]): SeenFact[] {
  const current = new Set(facts.map(fingerprintFact));
  const byId = new Map(facts.map((f) => [f.id, f]));
  const out: SeenFact[] = [];
  for (const fact of seen) {
    if (current.has(fact.fingerprint)) out.push(fact);
    else {
      const now = byId.get(fact.id);
      if (now) out.push({ id: now.id, text: now.text, fingerprint: fingerprintFact(now) });
    }
  }
  return out;
}

/**
 * Which stored articles show facts that the given KB no longer states as the reader saw them.
 * A seen fact is unchanged when some current fact has the same fingerprint (so a rebuild that only
 * renumbers facts reports nothing). Otherwise it changed: `after` is the current wording of the
 * fact with the same id, or null when the KB no longer has it. Entries already recorded against
 * this KB version, and those from before facts were stored, are skipped.
 */
export function changedArticles(entries: readonly HistoryEntry[], facts: readonly Fact[], kbVersion: string): KbChangedArticle[] {
  const current = new Set(facts.map(fingerprintFact));
  const byId = new Map(facts.map((f) => [f.id, f]));
  const out: KbChangedArticle[] = [];
  for (const entry of entries) {
    if (entry.kbVersion === null || entry.kbVersion === kbVersion) continue;
    const changes = entry.facts
      .filter((seen) => !current.has(seen.fingerprint))
      .map((seen) => ({ id: seen.id, before: seen.text, after: byId.get(seen.id)?.text ?? null }));
    if (changes.length > 0) out.push({ url: entry.url, title: entry.title, story: entry.story, changes });
  }
  return out.sort((a, b) => a.title.localeCompare(b.title));
}
