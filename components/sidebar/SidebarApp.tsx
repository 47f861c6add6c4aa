import { MarkCard } from './MarkCard';
import { Sidebar } from './Sidebar';
import type { SidebarActions, SidebarState } from './types';

/** Everything Backstory renders in its shadow root: the panel, the mark card and the live region. */
export function SidebarApp({ state, actions }: { state: SidebarState; actions: SidebarActions }) {
  return (
    <div class="bs-app">
      {state.open && (
        <Sidebar
          reply={state.reply}
          side={state.side}
          width={state.width}
          focus={state.focus}
          markedFacts={state.markedFacts}
          markedSentences={state.markedSentences}
          takeFocus={state.takeFocus}
          actions={actions}
        />
      )}
      {state.card && <MarkCard card={state.card} />}
      <div class="bs-visually-hidden" role="status" aria-live="polite" data-testid="announcer">
        {state.announcement}
      </div>
    </div>
  );
}
