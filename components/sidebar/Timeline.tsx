import type { TimelineItem } from '@/lib/kb/types';
import { formatDate } from './format';
import { Section } from './Section';

/** The whole storyline in date order, this story's events highlighted. */
export function Timeline({ items, story, storyTitles }: { items: TimelineItem[]; story: string; storyTitles: Record<string, string> }) {
  return (
    <Section id="timeline" testid="timeline" title="Timeline" count={items.length}>
      {items.length === 0 ? (
        <p class="bs-empty">No dated events in the coverage.</p>
      ) : (
        <ol class="bs-timeline">
          {items.map((item) => {
            const current = item.story === story;
            return (
              <li key={item.id} class={`bs-tl${current ? ' bs-tl--current' : ''}`} data-testid="timeline-item" data-current={String(current)} aria-current={current ? 'true' : undefined}>
                <time class="bs-tl-date" dateTime={item.date}>
                  {formatDate(item.date)}
                </time>
                <p class="bs-tl-label">{item.label}</p>
                <p class="bs-muted bs-small">
                  {current ? 'This story' : item.story ? storyTitles[item.story] ?? '' : ''}
                  {item.dateBasis === 'relative' && item.relative ? `${current || item.story ? ' · ' : ''}date from “${item.relative}”` : ''}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </Section>
  );
}
