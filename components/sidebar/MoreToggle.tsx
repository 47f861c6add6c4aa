/**
 * "Show all N …" for long lists: the overview stays short enough to take in at a glance, and
 * everything is one keypress away. The list it controls keeps its id for aria-controls.
 */
export function MoreToggle({ listId, hidden, expanded, noun, onToggle }: { listId: string; hidden: number; expanded: boolean; noun: string; onToggle: () => void }) {
  if (hidden <= 0 && !expanded) return null;
  return (
    <button type="button" class="bs-text-button bs-more" data-testid="show-more" aria-expanded={expanded} aria-controls={listId} onClick={onToggle}>
      {expanded ? `Show fewer ${noun}` : `Show ${hidden} more ${noun}`}
    </button>
  );
}

/** How many items of a list to show: all when expanded, else the first `limit` (plus a forced one). */
export function visibleCount(total: number, limit: number, expanded: boolean, mustShowIndex = -1): number {
  if (expanded) return total;
  return Math.min(total, Math.max(limit, mustShowIndex + 1));
}
