/**
 * The history database: schema, versions and opening. The background is its only user (a content
 * script's IndexedDB would belong to the page's origin). The IDBFactory and name are parameters so
 * tests can run it on fake-indexeddb and so a browser that refuses storage can be simulated.
 *
 * Versions (each upgrade step keeps existing data):
 * 1: `articles` keyed by url, index `by-lastSeen`.
 * 2: articles gain `facts`, `coverage`, `kbVersion` (filled in for old entries), index `by-story`;
 *    new store `dismissals` keyed by [url, story].
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames, wrap } from 'idb';
import type { Dismissal, HistoryEntry } from './types';

export const HISTORY_DB_NAME = 'backstory-history';
export const HISTORY_DB_VERSION = 2;

export interface HistorySchema extends DBSchema {
  articles: { key: string; value: HistoryEntry; indexes: { 'by-lastSeen': number; 'by-story': string } };
  dismissals: { key: [string, string]; value: Dismissal };
}

export type HistoryDb = IDBPDatabase<HistorySchema>;
type UpgradeTx = IDBPTransaction<HistorySchema, StoreNames<HistorySchema>[], 'versionchange'>;

/**
 * Upgrade steps, indexed by the version they produce. Older steps are written against the loose
 * `unknown` schema because the typed schema describes only the current version.
 */
const UPGRADES: Record<number, (db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>) => Promise<void> | void> = {
  1: (db) => {
    db.createObjectStore('articles', { keyPath: 'url' }).createIndex('by-lastSeen', 'lastSeen');
  },
  2: async (db, tx) => {
    const articles = tx.objectStore('articles');
    articles.createIndex('by-story', 'story');
    db.createObjectStore('dismissals', { keyPath: ['url', 'story'] });
    for (let cursor = await articles.openCursor(); cursor; cursor = await cursor.continue()) {
      const old = cursor.value as Partial<HistoryEntry>;
      await cursor.update({ ...old, facts: old.facts ?? [], coverage: old.coverage ?? [], kbVersion: old.kbVersion ?? null });
    }
  },
};

export interface OpenOptions {
  factory: IDBFactory;
  name?: string;
  /** Only tests pass an older version, to create a database the way an earlier release did. */
  version?: number;
}

/** Open (creating or upgrading) the history database. Rejects with the browser's error when storage is refused. */
export function openHistoryDb({ factory, name = HISTORY_DB_NAME, version = HISTORY_DB_VERSION }: OpenOptions): Promise<HistoryDb> {
  if (!Number.isInteger(version) || version < 1 || version > HISTORY_DB_VERSION) {
    return Promise.reject(new RangeError(`history database version ${version} is not one this build knows (1..${HISTORY_DB_VERSION})`));
  }
  // idb's openDB always uses the global indexedDB; this mirrors it over the factory we were given.
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(name, version);
  } catch (error) {
    return Promise.reject(error); // some browsers throw here in private windows
  }
  const opened = wrap(request) as unknown as Promise<HistoryDb>;
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as IDBPDatabase<unknown>;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTx;
    const steps = async () => {
      for (let v = event.oldVersion + 1; v <= (event.newVersion ?? version); v++) await UPGRADES[v]?.(db, tx as never);
    };
    // An exception in a step must abort the upgrade so the old data stays as it was.
    steps().catch(() => {
      try {
        tx.abort();
      } catch {
        /* already finished */
      }
    });
  });
  return opened.then((db) => {
    // Another tab of a newer build wants to upgrade: step aside instead of blocking it.
    db.addEventListener('versionchange', () => db.close());
    return db;
  });
}
