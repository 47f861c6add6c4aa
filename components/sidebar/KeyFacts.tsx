import { useEffect, useRef, useState } from 'preact/hooks';
import type { Fact } from '@/lib/kb/types';
import { corroborationChip, type SidebarModel } from '@/lib/view/sidebar-model';
import { MoreToggle, visibleCount } from './MoreToggle';
import { Section } from './Section';

/** Facts shown before "Show more": the most corroborated ones. */
const FACT_LIMIT = 6;

interface Props {
  facts: Fact[];
  /** The section's heading. */
  title?: string;
  /** What to say when there are no facts. */
  empty?: string;
  model: SidebarModel;
  markedFacts: Record<string, string>;
  focus: { fact: string; nonce: number } | null;
  onShowOnPage: (fact: string) => void;
}

/** Key facts, most corroborated first, each expandable to every source's own sentence. */
export function KeyFacts({ facts, title = 'Key facts', empty, model, markedFacts, focus, onShowOnPage }: Props) {
  const [expanded, setExpanded] = useState(false);
  // A fact the reader was sent to (a clicked mark) is always shown, however far down it is.
  const shown = visibleCount(facts.length, FACT_LIMIT, expanded, focus ? facts.findIndex((f) => f.id === focus.fact) : -1);
  return (
    <Section id="facts" testid="key-facts" title={title} count={facts.length}>
      {facts.length === 0 ? (
        <p class="bs-empty">{empty ?? 'The coverage states no facts about this story that Backstory could pin down.'}</p>
      ) : (
        <ul class="bs-list" id="bs-fact-list">
          {facts.slice(0, shown).map((fact) => (
            <FactItem
              key={fact.id}
              fact={fact}
              model={model}
              onPage={model.onPage.has(fact.id)}
              marked={fact.id in markedFacts}
              focusNonce={focus?.fact === fact.id ? focus.nonce : null}
              onShowOnPage={onShowOnPage}
            />
          ))}
        </ul>
      )}
      <MoreToggle listId="bs-fact-list" hidden={facts.length - shown} expanded={expanded} noun="key facts" onToggle={() => setExpanded(!expanded)} />
    </Section>
  );
}

function FactItem({ fact, model, onPage, marked, focusNonce, onShowOnPage }: {
  fact: Fact;
  model: SidebarModel;
  onPage: boolean;
  marked: boolean;
  focusNonce: number | null;
  onShowOnPage: (fact: string) => void;
}) {
  const [expanded, setExpanded] = useState(false);
  const itemRef = useRef<HTMLLIElement>(null);
  const sourcesId = `bs-sources-${fact.id}`;

  // Opened at this fact (a mark was clicked): expand it and bring it into view with focus.
  useEffect(() => {
    if (focusNonce === null) return;
    setExpanded(true);
    const el = itemRef.current;
    if (el) {
      el.scrollIntoView?.({ block: 'center' });
      el.focus({ preventScroll: true });
    }
  }, [focusNonce]);

  return (
    <li
      ref={itemRef}
      class={`bs-fact${onPage ? ' bs-fact--onpage' : ''}${focusNonce !== null ? ' bs-fact--active' : ''}`}
      data-testid="fact"
      data-fact-id={fact.id}
      data-on-page={String(onPage)}
      data-active={String(focusNonce !== null)}
      aria-current={focusNonce !== null ? 'true' : undefined}
      tabIndex={-1}
    >
      <p class="bs-fact-text">{fact.text}</p>
      <div class="bs-row">
        <span class="bs-chip" title="Documents that report it, and how many of them are independent lines of reporting rather than copies">
          {corroborationChip(fact.documentCount, fact.lineCount)}
        </span>
        {onPage &&
          (marked ? (
            <button type="button" class="bs-chip bs-chip--page" data-testid="on-page-link" onClick={() => onShowOnPage(fact.id)}>
              On this page ↗
            </button>
          ) : (
            <span class="bs-chip bs-chip--page">On this page</span>
          ))}
        <button type="button" class="bs-text-button" data-testid="fact-expand" aria-expanded={expanded} aria-controls={sourcesId} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Hide wording' : `Each source's wording`}
        </button>
      </div>
      {expanded && (
        <ul id={sourcesId} class="bs-sources">
          {fact.sources.map((s, i) => (
            <li key={`${s.doc}-${s.paragraph}-${i}`} class="bs-source">
              <blockquote class="bs-quote">{s.sentence}</blockquote>
              <cite class="bs-cite">{model.docTitle(s.doc)}</cite>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
