import type { Placement, Side } from '@/lib/view/layout';

interface Props {
  side: Side;
  placement: Placement;
  verdict: 'match' | 'related';
  storyTitle: string;
  marks: number;
  onOpen: () => void;
}

/**
 * The small tab at the viewport's edge shown while the panel is closed: the verdict, the story and
 * how many passages are marked, and a button that opens the panel. It sits beside the article or,
 * when there is no room, in a margin Backstory gives the page (never over the text).
 */
export function EdgeTab({ side, placement, verdict, storyTitle, marks, onOpen }: Props) {
  const what = verdict === 'match' ? 'This article covers' : 'Related to';
  const count = marks === 1 ? '1 marked passage' : `${marks} marked passages`;
  return (
    <button
      type="button"
      class={`bs-tab bs-tab--${side} bs-tab--${placement}`}
      data-testid="edge-tab"
      aria-label={`Open Backstory. ${what} “${storyTitle}”. ${count}.`}
      title={`${what} “${storyTitle}” — open Backstory`}
      onClick={onOpen}
    >
      <span class={`bs-tab-verdict bs-tab-verdict--${verdict}`} aria-hidden="true">
        {verdict === 'match' ? '✓' : '≈'}
      </span>
      <span class="bs-tab-count" aria-hidden="true" data-testid="edge-tab-count">
        {marks}
      </span>
      <span class="bs-tab-title" aria-hidden="true">
        {storyTitle}
      </span>
    </button>
  );
}
