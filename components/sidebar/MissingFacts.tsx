import type { Fact } from '@/lib/kb/types';
import { corroborationChip } from '@/lib/view/sidebar-model';
import { Section } from './Section';

/** The story's key facts that this page never mentions. */
export function MissingFacts({ facts }: { facts: Fact[] }) {
  return (
    <Section id="missing" testid="missing" title="Not in this article" count={facts.length}>
      {facts.length === 0 ? (
        <p class="bs-empty">This article mentions every key fact of the story.</p>
      ) : (
        <ul class="bs-list">
          {facts.map((f) => (
            <li key={f.id} class="bs-missing" data-testid="missing-fact" data-fact-id={f.id}>
              <p class="bs-fact-text">{f.text}</p>
              <span class="bs-chip">{corroborationChip(f.documentCount, f.lineCount)}</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
