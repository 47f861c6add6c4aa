import { EdgeTab } from './EdgeTab';
import { MarkCard } from './MarkCard';
import { Sidebar } from './Sidebar';
import type { SidebarActions, SidebarState } from './types';

/** Everything Backstory renders in its shadow root: the panel or its edge tab, the mark card and the live region. */
export function SidebarApp({ state, actions }: { state: SidebarState; actions: SidebarActions }) {
  const panel = state.placement?.panel ?? { placement: 'beside' as const, width: state.width, margin: 0 };
  const tab = state.placement?.tab ?? { placement: 'beside' as const, width: 0, margin: 0 };
  const verdict = state.reply.analysis.verdict === 'match' ? 'match' : 'related';
  return (
    <div class="bs-app">
      {state.open && (
        <Sidebar
          reply={state.reply}
          side={state.side}
          width={panel.placement === 'sheet' ? null : panel.width}
          parts={state.parts}
          focus={state.focus}
          markedFacts={state.markedFacts}
          markedSentences={state.markedSentences}
          takeFocus={state.takeFocus}
          actions={actions}
        />
      )}
      {!state.open && state.tabShown && (
        <EdgeTab side={state.side} placement={tab.placement} verdict={verdict} storyTitle={state.reply.view.story.title} marks={state.markCount ?? 0} onOpen={actions.open} />
      )}
      {state.card && <MarkCard card={state.card} />}
      <div class="bs-visually-hidden" role="status" aria-live="polite" data-testid="announcer">
        {state.announcement}
      </div>
    </div>
  );
}
