import type { Discrepancy } from '@/lib/kb/types';
import type { PageDifference, SidebarModel } from '@/lib/view/sidebar-model';
import { plural } from './format';
import { useState } from 'preact/hooks';
import { MoreToggle, visibleCount } from './MoreToggle';
import { Section } from './Section';

/** Disagreements among the sources shown before "Show more" (this page's own are always shown). */
const COVERAGE_DIFF_LIMIT = 4;

/**
 * Where sources differ: this page against the coverage first (what the reader is looking at), then
 * disagreements among the sources themselves. Neutral words only: a difference is not an error.
 */
export function Differences({ model, markedSentences, onShowMark }: { model: SidebarModel; markedSentences: Record<string, string>; onShowMark: (mark: string) => void }) {
  const total = model.pageDifferences.length + model.storyDiscrepancies.length;
  const [expanded, setExpanded] = useState(false);
  const shown = visibleCount(model.storyDiscrepancies.length, COVERAGE_DIFF_LIMIT, expanded);
  return (
    <Section id="differ" testid="discrepancies" title="Where sources differ" count={total}>
      {total === 0 ? (
        <p class="bs-empty">The sources agree on the names, numbers and dates Backstory checks.</p>
      ) : (
        <ul class="bs-list" id="bs-diff-list">
          {model.pageDifferences.map((d, i) => (
            <PageDifferenceItem key={`p${i}`} diff={d} markedSentences={markedSentences} onShowMark={onShowMark} />
          ))}
          {model.storyDiscrepancies.slice(0, shown).map((d) => (
            <DiscrepancyItem key={d.id} discrepancy={d} model={model} />
          ))}
        </ul>
      )}
      <MoreToggle listId="bs-diff-list" hidden={model.storyDiscrepancies.length - shown} expanded={expanded} noun="differences" onToggle={() => setExpanded(!expanded)} />
    </Section>
  );
}

function PageDifferenceItem({ diff, markedSentences, onShowMark }: { diff: PageDifference; markedSentences: Record<string, string>; onShowMark: (mark: string) => void }) {
  const [all, setAll] = useState(false);
  const more = diff.sentences.length - 1;
  return (
    <li class="bs-diff bs-diff--page" data-testid="discrepancy" data-scope="page">
      <p class="bs-label">Sources differ · this page</p>
      <p class="bs-diff-detail">{diff.detail}</p>
      {(all ? diff.sentences : diff.sentences.slice(0, 1)).map((s) => {
        const mark = markedSentences[s];
        return (
          <div key={s} class="bs-diff-sentence">
            <blockquote class="bs-quote">{s}</blockquote>
            {mark && (
              <button type="button" class="bs-chip bs-chip--differs" data-testid="difference-on-page-link" onClick={() => onShowMark(mark)}>
                On this page ↗
              </button>
            )}
          </div>
        );
      })}
      {more > 0 && (
        <button type="button" class="bs-text-button" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show one sentence' : `In ${plural(more, 'more sentence', 'more sentences')} on this page`}
        </button>
      )}
    </li>
  );
}

function DiscrepancyItem({ discrepancy, model }: { discrepancy: Discrepancy; model: SidebarModel }) {
  return (
    <li class="bs-diff" data-testid="discrepancy" data-scope="coverage" data-kind={discrepancy.kind}>
      <p class="bs-label">Sources differ · {discrepancy.subject}</p>
      <ul class="bs-variants">
        {discrepancy.variants.map((v) => (
          <li key={v.value}>
            <span class="bs-variant">{v.value}</span>{' '}
            <span class="bs-muted" title={v.documents.map((d) => model.docTitle(d)).join('\n')}>
              {plural(v.documents.length, 'source', 'sources')}
            </span>
          </li>
        ))}
      </ul>
    </li>
  );
}
