/** Notice of articles the reader saw whose facts the current KB states differently. */
import type { KbChangedArticle } from '@/lib/history/types';
import { isWebUrl } from './HistoryList';

export function KbChanges({ articles, onSeen }: { articles: KbChangedArticle[]; onSeen(): void }) {
  return (
    <section id="kb-changes" class="notice" aria-labelledby="kb-changes-heading" hidden={articles.length === 0}>
      <h2 id="kb-changes-heading">Backstory's knowledge changed since you read these</h2>
      <ul>
        {articles.map((article) => (
          <li key={article.url}>
            {isWebUrl(article.url) ? (
              <a href={article.url} target="_blank" rel="noreferrer">
                {article.title || article.url}
              </a>
            ) : (
              <span>{article.title || article.url}</span>
            )}
            <details>
              <summary>
                {article.changes.length} {article.changes.length === 1 ? 'fact' : 'facts'} changed
              </summary>
              <ul>
                {article.changes.map((change) => (
                  <li key={change.id}>
                    <q>{change.before}</q>{' '}
                    {change.after === null ? 'is no longer in the coverage.' : change.after === change.before ? 'is now backed by a different number of sources.' : <>now reads <q>{change.after}</q></>}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
      <button type="button" id="kb-changes-seen" onClick={onSeen}>
        Got it
      </button>
    </section>
  );
}
