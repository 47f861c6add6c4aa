import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { HISTORY_DB_VERSION, createHistory, openHistoryDb } from '@/lib/history';

describe('history database versions', () => {
  it('creates the current schema from nothing', async () => {
    const db = await openHistoryDb({ factory: new IDBFactory() });
    expect(db.version).toBe(HISTORY_DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'dismissals']);
    expect([...db.transaction('articles').store.indexNames].sort()).toEqual(['by-lastSeen', 'by-story']);
    db.close();
  });

  it('upgrades a version 1 database and keeps its articles, filling in the new fields', async () => {
    const factory = new IDBFactory();
    const v1 = await openHistoryDb({ factory, version: 1 });
    expect([...v1.objectStoreNames]).toEqual(['articles']);
    // Written the way version 1 wrote entries: no facts, coverage or kbVersion.
    const old = [
      { url: 'https://a.example/one', title: 'One', site: 'a.example', story: 's1', storyTitle: 'Story one', verdict: 'match', firstSeen: 1, lastSeen: 5 },
      { url: 'https://b.example/two', title: 'Two', site: null, story: 's2', storyTitle: null, verdict: 'related', firstSeen: 2, lastSeen: 3 },
    ];
    for (const entry of old) await (v1 as unknown as { put(store: string, value: unknown): Promise<unknown> }).put('articles', entry);
    v1.close();

    const db = await openHistoryDb({ factory });
    expect(db.version).toBe(HISTORY_DB_VERSION);
    const articles = await db.getAll('articles');
    expect(articles).toEqual(old.map((e) => ({ ...e, facts: [], coverage: [], kbVersion: null })));
    expect((await db.getAllFromIndex('articles', 'by-story', 's2')).map((e) => e.title)).toEqual(['Two']);
    db.close();

    // And the history works on the upgraded database: recent order survives.
    const history = createHistory({ open: () => openHistoryDb({ factory }) });
    const recent = await history.recent(10);
    expect(recent.ok && recent.value.map((e) => e.title)).toEqual(['One', 'Two']);
  });

  it('refuses a version it does not know', async () => {
    await expect(openHistoryDb({ factory: new IDBFactory(), version: HISTORY_DB_VERSION + 1 })).rejects.toThrow(/version 3 is not one this build knows/);
  });
});
