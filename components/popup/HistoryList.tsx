/** The reader's recent matched and related articles, as links grouped by story. */
import type { HistoryEntry } from '@/lib/history/types';
import { hostnameOf } from '@/lib/tabs/tab-states';

/** Only web pages become links; anything else stored is shown as text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** Entries grouped by story, groups in order of their most recent entry (entries come newest first). */
export function groupByStory(entries: readonly HistoryEntry[]): { story: string; title: string; entries: HistoryEntry[] }[] {
  const groups = new Map<string, { story: string; title: string; entries: HistoryEntry[] }>();
  for (const entry of entries) {
    let group = groups.get(entry.story);
    if (!group) groups.set(entry.story, (group = { story: entry.story, title: entry.storyTitle ?? 'Untitled story', entries: [] }));
    group.entries.push(entry);
  }
  return [...groups.values()];
}

export function HistoryList({ entries, total }: { entries: HistoryEntry[]; total: number }) {
  return (
    <section id="history" aria-labelledby="history-heading">
      <h2 id="history-heading">Recently read</h2>
      {entries.length === 0 ? (
        <p class="muted">No matched or related articles yet.</p>
      ) : (
        <div class="history-scroll">
          {groupByStory(entries).map((group) => (
            <section key={group.story} class="history-group" aria-label={group.title}>
              <h3>{group.title}</h3>
              <ul class="history-list">
                {group.entries.map((entry) => (
                  <li key={entry.url}>
                    {isWebUrl(entry.url) ? (
                      <a href={entry.url} target="_blank" rel="noreferrer">
                        {entry.title || entry.url}
                      </a>
                    ) : (
                      <span>{entry.title || entry.url}</span>
                    )}
                    <span class="meta">
                      {entry.verdict === 'match' ? 'Match' : 'Related'}
                      {` · ${hostnameOf(entry.url) ?? entry.site ?? ''}`} · <time dateTime={new Date(entry.lastSeen).toISOString()}>{new Date(entry.lastSeen).toLocaleDateString()}</time>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {total > entries.length && <p class="muted">and {total - entries.length} more (export to see all)</p>}
        </div>
      )}
    </section>
  );
}

