import { useEffect, useRef, useState } from 'preact/hooks';
import type { KbDocument } from '@/lib/kb/types';
import { splitByPassages } from '@/lib/view/passages';
import type { CoverageItem } from '@/lib/view/story-view';
import { formatDate } from './format';

interface Props {
  item: CoverageItem;
  /** Paragraph index → sentences matching this page. */
  passages: Map<number, string[]>;
  /** Quote wordings this page also carries, looked for in every paragraph. */
  quotes: string[];
  load: (doc: string) => Promise<KbDocument | null>;
  onBack: () => void;
}

type LoadState = { status: 'loading' } | { status: 'ready'; doc: KbDocument } | { status: 'missing' } | { status: 'error'; message: string };

/** One seed document's text inside the sidebar, passages this page shares marked. Text only. */
export function ReaderView({ item, passages, quotes, load, onBack }: Props) {
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load(item.doc).then(
      (doc) => live && setState(doc ? { status: 'ready', doc } : { status: 'missing' }),
      (err: unknown) => live && setState({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    headingRef.current?.focus();
    return () => {
      live = false;
    };
  }, [item.doc, load]);

  return (
    <section class="bs-reader" data-testid="reader" aria-labelledby="bs-reader-title">
      <button type="button" class="bs-text-button bs-back" data-testid="reader-back" onClick={onBack}>
        ← Back to overview
      </button>
      <h2 id="bs-reader-title" class="bs-reader-title" tabIndex={-1} ref={headingRef}>
        {item.title}
      </h2>
      <p class="bs-muted bs-small">
        {item.date ? formatDate(item.date) : 'Date unknown'} · {item.outlet ?? 'Outlet unknown'}
      </p>
      {(passages.size > 0 || quotes.length > 0) && (
        <p class="bs-small bs-legend">
          <mark class="bs-passage">Marked</mark> passages state facts or quotes this page has too.
        </p>
      )}
      {state.status === 'loading' && <p class="bs-muted" role="status">Loading…</p>}
      {state.status === 'missing' && <p class="bs-empty">This document is no longer in Backstory's knowledge base.</p>}
      {state.status === 'error' && <p class="bs-empty">Could not load this document: {state.message}</p>}
      {state.status === 'ready' && (
        <div class="bs-reader-text">
          {state.doc.paragraphs.map((para, i) => (
            <p key={i}>
              {splitByPassages(para, [...(passages.get(i) ?? []), ...quotes]).map((piece, k) =>
                piece.marked ? (
                  <mark key={k} class="bs-passage" data-testid="reader-passage">
                    {piece.text}
                  </mark>
                ) : (
                  piece.text
                ),
              )}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
