import type { CoverageItem } from '@/lib/view/story-view';
import { qualityNote } from '@/lib/view/sidebar-model';
import { formatDate, percent } from './format';
import { Section } from './Section';

/** Every seed document on the story; opening one shows its text in the reader view. */
export function Coverage({ items, onOpen, readable = (t) => t }: { items: CoverageItem[]; onOpen: (doc: string) => void; readable?: (text: string) => string }) {
  return (
    <Section id="coverage" testid="coverage" title="Related coverage" count={items.length}>
      <ul class="bs-list">
        {items.map((item) => {
          const raw = qualityNote(item);
          const note = raw && readable(raw);
          return (
            <li key={item.doc} class="bs-coverage" data-testid="coverage-item" data-doc={item.doc}>
              <button type="button" class="bs-coverage-title" data-testid="coverage-open" onClick={() => onOpen(item.doc)}>
                {item.title}
              </button>
              <p class="bs-muted bs-small">
                {item.date ? formatDate(item.date) : 'Date unknown'} · {item.outlet ?? 'Outlet unknown'}
              </p>
              <div class="bs-row">
                <span class="bs-chip" title="Share of this report's phrasing that also appears on this page">
                  {item.sharedWithPage > 0 ? `${percent(item.sharedWithPage)} phrasing shared with this page` : 'No phrasing shared with this page'}
                </span>
              </div>
              {note && (
                <p class="bs-quality" data-testid="quality-note">
                  {note}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
