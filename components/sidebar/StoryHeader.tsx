import type { Analysis } from '@/lib/match/types';
import type { Story } from '@/lib/kb/types';
import { formatDateRange } from './format';

/** The story this page was matched to, why, and the "not this story" control. */
export function StoryHeader({ story, analysis, dismissed, onDismiss, onUndo }: { story: Story; analysis: Analysis; dismissed: boolean; onDismiss: () => void; onUndo: () => void }) {
  return (
    <div class="bs-story">
      <p class="bs-kicker">
        <span class={`bs-verdict bs-verdict--${analysis.verdict}`}>{analysis.verdict === 'match' ? 'This article covers' : 'Related to'}</span>
        {story.dateStart && <span class="bs-muted"> · {formatDateRange(story.dateStart, story.dateEnd)}</span>}
      </p>
      <h1 id="bs-story-title" class="bs-title" data-testid="story-title">
        {story.title}
      </h1>
      <ul class="bs-reasons" data-testid="reasons" aria-label="Why Backstory thinks so">
        {analysis.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {dismissed ? (
        <p class="bs-muted bs-small" data-testid="dismissed-note">
          You said this page is not about this story, so Backstory stays closed and unmarked here.{' '}
          <button type="button" class="bs-text-button" data-testid="undo-dismiss" onClick={onUndo}>
            Undo
          </button>
        </p>
      ) : (
        <button type="button" class="bs-text-button bs-dismiss" data-testid="not-this-story" onClick={onDismiss}>
          Not this story
        </button>
      )}
    </div>
  );
}
