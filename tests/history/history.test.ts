import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Fact } from '@/lib/kb/types';
import { changedArticles, createHistory, fingerprintFact, kbFingerprint, openHistoryDb, restateFacts, type HistoryEntry, type Visit } from '@/lib/history';

function fresh(cap?: number) {
  const factory = new IDBFactory();
  return createHistory({ open: () => openHistoryDb({ factory }), cap });
}

function visit(url: string, at: number, extra: Partial<Visit> = {}): Visit {
  return { url, at, title: `Title ${url}`, site: 'x.example', story: 's1', storyTitle: 'Story', verdict: 'match', facts: [], coverage: [], kbVersion: 'k1', ...extra };
}

function fact(id: string, text: string, documentCount = 2): Fact {
  return { id, story: 's1', kind: 'event', text, sources: [], documentCount, lineCount: 1, numbers: [], entities: [], terms: [], date: null };
}

function value<T>(r: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('history', () => {
  it('keeps one entry per URL (ignoring #fragments), first seen from the first visit', async () => {
    const h = fresh();
    value(await h.record(visit('https://x.example/a', 10)));
    value(await h.record(visit('https://x.example/a#comments', 20, { title: 'New title' })));
    const all = value(await h.recent(10));
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ url: 'https://x.example/a', title: 'New title', firstSeen: 10, lastSeen: 20 });
  });

  it('lists the most recently seen first and drops the oldest beyond the cap', async () => {
    const h = fresh(3);
    for (const [i, url] of ['a', 'b', 'c', 'd', 'e'].entries()) value(await h.record(visit(`https://x.example/${url}`, 100 + i)));
    value(await h.record(visit('https://x.example/c', 200)));
    expect(value(await h.count())).toBe(3);
    expect(value(await h.recent(10)).map((e) => e.url.slice(-1))).toEqual(['c', 'e', 'd']);
    expect(value(await h.recent(2)).map((e) => e.url.slice(-1))).toEqual(['c', 'e']);
  });

  it('clears articles and dismissals', async () => {
    const h = fresh();
    value(await h.record(visit('https://x.example/a', 1)));
    value(await h.dismiss('https://x.example/b', 's1', 2));
    value(await h.clear());
    expect(value(await h.count())).toBe(0);
    expect(value(await h.isDismissed('https://x.example/b', 's1'))).toBe(false);
  });

  it('remembers "not this story" per page and story, and forgets the page as read on that story', async () => {
    const h = fresh();
    value(await h.record(visit('https://x.example/a', 1)));
    value(await h.dismiss('https://x.example/a#top', 's1', 2));
    expect(value(await h.isDismissed('https://x.example/a', 's1'))).toBe(true);
    expect(value(await h.isDismissed('https://x.example/a', 's2'))).toBe(false);
    expect(value(await h.onStory('s1'))).toEqual([]);
  });

  it('exports everything as JSON a reader can keep', async () => {
    const h = fresh();
    value(await h.record(visit('https://x.example/a', 1)));
    value(await h.record(visit('https://x.example/b', 2)));
    value(await h.dismiss('https://x.example/c', 's1', 3));
    const parsed = JSON.parse(value(await h.exportJson(Date.UTC(2026, 0, 2))));
    expect(parsed.format).toBe('backstory-history');
    expect(parsed.exportedAt).toBe('2026-01-02T00:00:00.000Z');
    expect(parsed.articles.map((a: HistoryEntry) => a.url)).toEqual(['https://x.example/b', 'https://x.example/a']);
    expect(parsed.dismissals).toEqual([{ url: 'https://x.example/c', story: 's1', at: 3 }]);
  });

  it('reports a refused database as an error value and tries again later', async () => {
    let attempts = 0;
    const factory = new IDBFactory();
    const h = createHistory({
      open: () => {
        attempts++;
        if (attempts === 1) return Promise.reject(new DOMException('The operation failed because the storage is full', 'QuotaExceededError'));
        return openHistoryDb({ factory });
      },
    });
    const first = await h.record(visit('https://x.example/a', 1));
    expect(first).toEqual({ ok: false, error: 'History could not be saved: the browser says its storage is full.' });
    expect((await h.record(visit('https://x.example/a', 2))).ok).toBe(true);
  });

  it('opens the database once, ahead of the first read, and a failed open is tried again', async () => {
    let opens = 0;
    const factory = new IDBFactory();
    const h = createHistory({
      open: () => {
        opens++;
        if (opens === 1) return Promise.reject(new DOMException('The operation failed because the storage is full', 'QuotaExceededError'));
        return openHistoryDb({ factory });
      },
    });
    expect((await h.prepare()).ok).toBe(false);
    expect((await h.prepare()).ok).toBe(true);
    value(await h.record(visit('https://x.example/a', 1)));
    expect(opens).toBe(2);
  });

  it('reports a factory that throws (private window) without throwing', async () => {
    const broken = { open: () => { throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'); } } as unknown as IDBFactory;
    const h = createHistory({ open: () => openHistoryDb({ factory: broken }) });
    const r = await h.recent(5);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/not available in this window/);
  });
});

describe('KB changes to facts the reader saw', () => {
  const before = [fact('f1', 'Russia delivered a written reply', 2), fact('f2', 'The call is planned for Tuesday')];
  const seen = (f: Fact) => ({ id: f.id, text: f.text, fingerprint: fingerprintFact(f) });
  const entry = (url: string, facts: Fact[], kbVersion: string | null): HistoryEntry => ({
    url, title: url, site: null, story: 's1', storyTitle: null, verdict: 'match', firstSeen: 1, lastSeen: 1, facts: facts.map(seen), coverage: [], kbVersion,
  });

  it('lists the articles whose seen facts changed wording or corroboration, with before and after', () => {
    const after = [fact('f1', 'Russia delivered a written reply', 3), fact('f2', 'The call is planned for Tuesday')];
    const entries = [entry('https://a', [before[0]!], kbFingerprint({ facts: before })), entry('https://b', [before[1]!], kbFingerprint({ facts: before }))];
    expect(changedArticles(entries, after, kbFingerprint({ facts: after }))).toEqual([
      { url: 'https://a', title: 'https://a', story: 's1', changes: [{ id: 'f1', before: 'Russia delivered a written reply', after: 'Russia delivered a written reply' }] },
    ]);
  });

  it('reports a fact the KB no longer has, and nothing when facts were only renumbered', () => {
    const entries = [entry('https://a', before, 'old')];
    expect(changedArticles(entries, [fact('f1', 'Russia delivered a written reply', 2)], 'new')[0]?.changes).toEqual([{ id: 'f2', before: 'The call is planned for Tuesday', after: null }]);
    const renumbered = [fact('f9', 'Russia delivered a written reply', 2), fact('f8', 'The call is planned for Tuesday')];
    expect(changedArticles(entries, renumbered, 'new')).toEqual([]);
  });

  it('skips entries recorded against the current KB and entries from before facts were stored', () => {
    const after = [fact('f1', 'Something else')];
    expect(changedArticles([entry('https://a', before, 'same'), entry('https://b', before, null)], after, 'same')).toEqual([]);
  });

  it('works through the stored history', async () => {
    const h = fresh();
    value(await h.record(visit('https://x.example/a', 1, { facts: before.map(seen), kbVersion: 'old' })));
    const r = value(await h.kbChanges([fact('f1', 'Russia delivered a written reply', 2), fact('f2', 'The call is planned for Wednesday')], 'new'));
    expect(r.map((a) => [a.url, a.changes.map((c) => c.after)])).toEqual([['https://x.example/a', ['The call is planned for Wednesday']]]);
  });

  it('restates seen facts as the new KB has them once the reader has seen the notice', async () => {
    const h = fresh();
    value(await h.record(visit('https://x.example/a', 1, { facts: before.map(seen), kbVersion: 'old' })));
    value(await h.record(visit('https://x.example/b', 2, { facts: [seen(before[0]!)], kbVersion: 'new' })));
    const now = [fact('f1', 'Russia delivered a written reply', 2)]; // f2 is gone from the KB
    expect(value(await h.acknowledgeKb(now, 'new'))).toBe(1); // only the entry from the old KB
    expect(value(await h.kbChanges(now, 'newer'))).toEqual([]);
    const [b, a] = value(await h.recent(2));
    expect(a).toMatchObject({ url: 'https://x.example/a', kbVersion: 'new', facts: [seen(now[0]!)] });
    expect(b?.url).toBe('https://x.example/b');
  });

  it('takes the current wording of a changed fact when restating', () => {
    const changed = fact('f2', 'The call is planned for Wednesday');
    expect(restateFacts(before.map(seen), [before[0]!, changed])).toEqual([seen(before[0]!), seen(changed)]);
  });

  it('gives the same fingerprint for the same fact and a different one when a count changes', () => {
    expect(fingerprintFact(fact('a', 't', 2))).toBe(fingerprintFact(fact('b', 't', 2)));
    expect(fingerprintFact(fact('a', 't', 2))).not.toBe(fingerprintFact(fact('a', 't', 3)));
    expect(fingerprintFact(fact('a', 't', 2))).toMatch(/^[0-9a-f]{8}$/);
  });

  it('undoes a dismissal, and says whether there was one', async () => {
    const h = fresh();
    value(await h.dismiss('https://x.example/a', 's1', 1));
    expect(value(await h.isDismissed('https://x.example/a', 's1'))).toBe(true);
    expect(value(await h.undismiss('https://x.example/a#top', 's1'))).toBe(true);
    expect(value(await h.isDismissed('https://x.example/a', 's1'))).toBe(false);
    expect(value(await h.undismiss('https://x.example/a', 's1'))).toBe(false);
  });
});
