import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { buildSidebarModel } from '@/lib/view/sidebar-model';
import { matchedPassages, quotePassages } from '@/lib/view/passages';
import { Coverage } from './Coverage';
import { Differences } from './Differences';
import { Entities } from './Entities';
import { KeyFacts } from './KeyFacts';
import { MissingFacts } from './MissingFacts';
import { ReaderView } from './ReaderView';
import { ResizeHandle } from './ResizeHandle';
import { StoryHeader } from './StoryHeader';
import { Timeline } from './Timeline';
import type { SidebarActions, SidebarState } from './types';

/**
 * The overview comes in two parts, drawn in reader order: the header and the first section (what
 * the first screen shows), then what differs, what is left out, the related coverage, the
 * timeline and the rest. The page controller draws the first part at once and the second when the
 * page is idle, or as soon as the reader scrolls the panel. Each render of the panel diffs all of
 * it again, so more parts would cost more in all than they save per render.
 */
export const SIDEBAR_PARTS = 2;

type Props = Pick<SidebarState, 'reply' | 'side' | 'focus' | 'markedFacts' | 'markedSentences' | 'takeFocus'> & {
  /** The panel's width in CSS px; null for a sheet over the whole viewport (narrow screens). */
  width: number | null;
  /** How many of the SIDEBAR_PARTS are drawn (all when left out). */
  parts?: number;
  actions: SidebarActions;
};

/** The open sidebar panel: a complementary landmark with the story and its context. */
export function Sidebar({ reply, side, width, parts = SIDEBAR_PARTS, focus, markedFacts, markedSentences, takeFocus, actions }: Props) {
  const { analysis, view } = reply;
  const model = useMemo(() => buildSidebarModel(analysis, view), [analysis, view]);
  const [readerDoc, setReaderDoc] = useState<string | null>(null);
  const panelRef = useRef<HTMLElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const overviewScroll = useRef(0);

  // A new story (SPA navigation) starts on the overview.
  useEffect(() => setReaderDoc(null), [view.story.id]);
  // Asked to open at a fact: leave the reader view so the fact can be shown.
  useEffect(() => {
    if (focus) setReaderDoc(null);
  }, [focus?.nonce]);
  // Opened by the reader (shortcut, popup): move focus in, so the keyboard is where they look.
  useEffect(() => {
    if (takeFocus && !focus) panelRef.current?.focus({ preventScroll: true });
  }, [takeFocus]);

  const openReader = useCallback((doc: string) => {
    overviewScroll.current = scrollRef.current?.scrollTop ?? 0;
    setReaderDoc(doc);
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, []);
  const closeReader = useCallback(() => {
    const doc = readerDoc;
    setReaderDoc(null);
    // Back where the reader was, with focus on the item they opened.
    requestAnimationFrame(() => {
      if (scrollRef.current) scrollRef.current.scrollTop = overviewScroll.current;
      panelRef.current?.querySelector<HTMLElement>(`[data-doc="${CSS.escape(doc ?? '')}"] button`)?.focus();
    });
  }, [readerDoc]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    // Escape steps back out of the reader view first, then closes.
    if (readerDoc) closeReader();
    else actions.close();
  };

  const readerItem = readerDoc ? view.coverage.find((c) => c.doc === readerDoc) : undefined;
  const facts = new Set(model.onPage.keys());
  const quotesOnPage = new Set(analysis.alignments.map((a) => a.quote).filter((q): q is string => q !== null));
  const otherSide = side === 'right' ? 'left' : 'right';

  return (
    <aside
      ref={panelRef}
      class={`bs-panel bs-panel--${side}${width === null ? ' bs-panel--sheet' : ''}`}
      data-testid="panel"
      role="complementary"
      aria-label="Backstory"
      tabIndex={-1}
      style={width === null ? undefined : { width: `${width}px` }}
      onKeyDown={onKeyDown}
    >
      <div class="bs-topbar">
        <span class="bs-brand" aria-hidden="true">
          <span class="bs-logo" />
          Backstory
        </span>
        <span class="bs-tools">
          <button type="button" class="bs-icon-button" data-testid="side-toggle" aria-label={`Move the sidebar to the ${otherSide}`} title={`Move to the ${otherSide}`} onClick={() => actions.setSide(otherSide)}>
            {side === 'right' ? '⇤' : '⇥'}
          </button>
          <button type="button" class="bs-icon-button" data-testid="close" aria-label="Close the Backstory sidebar" title="Close (Esc)" onClick={actions.close}>
            ✕
          </button>
        </span>
      </div>
      {/* After the tools in tab order; placed on the inner edge by CSS. */}
      {width !== null && <ResizeHandle side={side} width={width} onWidth={actions.setWidth} />}
      <div class="bs-scroll" ref={scrollRef} onScroll={parts < SIDEBAR_PARTS ? actions.showAll : undefined}>
        {readerItem ? (
          <ReaderView
            item={readerItem}
            passages={matchedPassages(view.facts, facts, readerItem.doc)}
            quotes={quotePassages(view.quotes, quotesOnPage, readerItem.doc)}
            load={actions.loadDocument}
            onBack={closeReader}
          />
        ) : (
          <>
            <StoryHeader story={view.story} analysis={{ ...analysis, reasons: analysis.reasons.map(model.readable) }} dismissed={reply.dismissed} onDismiss={actions.dismiss} onUndo={actions.undismiss} />
            {model.rewriteNote && (
              <p class="bs-note" data-testid="rewrite-note">
                {model.rewriteNote}
              </p>
            )}
            {/* In reader order, each fact once: what others confirm, what differs, what is left
                out, then the coverage and the timeline. */}
            <KeyFacts
              facts={analysis.verdict === 'match' ? model.confirmed : view.facts}
              title={analysis.verdict === 'match' ? 'Confirmed by other coverage' : 'Key facts of the story'}
              empty={analysis.verdict === 'match' ? 'Nothing this article states is confirmed by other coverage Backstory holds.' : undefined}
              model={model}
              markedFacts={markedFacts}
              focus={focus}
              onShowOnPage={actions.showOnPage}
            />
            {parts >= 2 && (
              <>
                <Differences model={model} markedSentences={markedSentences} onShowMark={actions.showMark} />
                {analysis.verdict === 'match' && <MissingFacts facts={model.missing} />}
                <Coverage items={model.coverage} onOpen={openReader} readable={model.readable} />
                <Timeline items={model.timeline} story={view.story.id} storyTitles={view.storyTitles} />
                <Entities entities={view.entities} />
                {reply.storageError && (
                  <p class="bs-footnote" data-testid="storage-error">
                    This visit could not be added to your reading history: {reply.storageError}
                  </p>
                )}
                <p class="bs-footnote">Computed in your browser from Backstory's built-in coverage. Nothing leaves this device.</p>
              </>
            )}
          </>
        )}
      </div>
    </aside>
  );
}
