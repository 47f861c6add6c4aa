import type { ComponentChildren } from 'preact';

/** One titled part of the sidebar: a labelled region with a heading and an optional count chip. */
export function Section({ id, testid, title, count, children }: { id: string; testid: string; title: string; count?: number; children: ComponentChildren }) {
  const headingId = `bs-h-${id}`;
  return (
    <section class="bs-section" data-testid={testid} aria-labelledby={headingId}>
      <h2 id={headingId} class="bs-h2">
        {title}
        {count !== undefined && <span class="bs-count" aria-label={`(${count})`}>{count}</span>}
      </h2>
      {children}
    </section>
  );
}
