/** The reader's recent matched and related articles, as links. */
import type { HistoryEntry } from '@/lib/history/types';

/** Only web pages become links; anything else stored is shown as text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

export function HistoryList({ entries, total }: { entries: HistoryEntry[]; total: number }) {
  return (
    <section id="history" aria-labelledby="history-heading">
      <h2 id="history-heading">Recently read</h2>
      {entries.length === 0 ? (
        <p class="muted">No matched or related articles yet.</p>
      ) : (
        <>
          <ul class="history-list">
            {entries.map((entry) => (
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
                  {entry.storyTitle ? ` · ${entry.storyTitle}` : ''}
                  {entry.site ? ` · ${entry.site}` : ''} · <time dateTime={new Date(entry.lastSeen).toISOString()}>{new Date(entry.lastSeen).toLocaleDateString()}</time>
                </span>
              </li>
            ))}
          </ul>
          {total > entries.length && <p class="muted">and {total - entries.length} more (export to see all)</p>}
        </>
      )}
    </section>
  );
}
