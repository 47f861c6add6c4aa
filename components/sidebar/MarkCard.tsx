import type { MarkCardState } from './types';

const CARD_WIDTH = 300;

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
const GAP = 8;

/**
 * The small card shown while the pointer rests on an in-page mark. Positioned in viewport
 * coordinates next to the marked line: below it, or above when there is no room below.
 */
export function MarkCard({ card }: { card: MarkCardState }) {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const left = Math.max(GAP, Math.min(card.anchor.left, vw - CARD_WIDTH - GAP));
  const below = card.anchor.bottom + GAP + 80 < vh;
  const style = below ? { left: `${left}px`, top: `${card.anchor.bottom + GAP}px` } : { left: `${left}px`, bottom: `${vh - card.anchor.top + GAP}px` };
  return (
    <div class={`bs-card bs-card--${card.tone}`} data-testid="mark-card" role="tooltip" style={style}>
      <p class="bs-card-kicker">{card.tone === 'differs' ? 'Differs from the sources' : 'Backed by other coverage'}</p>
      {card.claim && (
        <p class="bs-card-claim" data-testid="mark-card-claim">
          {card.claim}
        </p>
      )}
      {card.sources.length > 0 && (
        <p class="bs-card-sources" data-testid="mark-card-sources">
          Reported by {listOf(card.sources)}
        </p>
      )}
      {card.notes.map((n) => (
        <p key={n} class="bs-card-note">
          {n}
        </p>
      ))}
      <p class="bs-card-hint">Click the passage to see it in Backstory</p>
    </div>
  );
}
