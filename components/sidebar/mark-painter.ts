/**
 * Paints and removes Backstory's in-page marks.
 *
 * Preferred: the CSS Custom Highlight API. Ranges are registered under two highlight names and
 * styled by one small document <style>; the page's DOM, layout, text and event handlers are not
 * touched at all. Fallback (browsers without `CSS.highlights`): <mark class="backstory-mark">
 * elements around the text nodes, undone exactly (see lib/marks/wrap.ts).
 *
 * Tone is shown by colour AND underline style (solid for "same as the coverage", wavy for "differs
 * from the coverage"), so it does not rest on colour alone.
 */
import { locateSentence, spanToRange, type TextSpan } from '@/lib/marks/locate';
import type { MarkSpec, MarkTone } from '@/lib/marks/plan';
import { buildTextIndex } from '@/lib/marks/text-index';
import { unwrapAll, wrapSpan, type WrappedSpan } from '@/lib/marks/wrap';

export const HIGHLIGHT_NAMES: Record<MarkTone, string> = { same: 'backstory-same', differs: 'backstory-differs' };
export const HIGHLIGHT_STYLE_ID = 'backstory-highlight-style';
export const FALLBACK_MARK_CLASS = 'backstory-mark';

const SAME = 'background-color: rgb(250 204 21 / 0.30); text-decoration: underline solid rgb(161 98 7 / 0.85); text-decoration-thickness: 2px; text-underline-offset: 3px;';
const DIFFERS = 'background-color: rgb(249 115 22 / 0.22); text-decoration: underline wavy rgb(194 65 12 / 0.95); text-decoration-thickness: 1.5px; text-underline-offset: 3px;';

function highlightRules(): string {
  return `::highlight(${HIGHLIGHT_NAMES.same}) { ${SAME} }\n::highlight(${HIGHLIGHT_NAMES.differs}) { ${DIFFERS} }`;
}

function fallbackRules(): string {
  const sel = `mark.${FALLBACK_MARK_CLASS}`;
  return `${sel} { color: inherit; ${SAME} }\n${sel}[data-backstory-tone="differs"] { ${DIFFERS} }`;
}

export interface PaintedMark {
  spec: MarkSpec;
  /** Live range over the marked text; collapses if the page removes that text. */
  range: Range;
  /** Fallback only: the first <mark> element, which can take focus. */
  element?: HTMLElement;
}

interface HighlightRegistryLike {
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
}

type HighlightCtor = new (...ranges: Range[]) => unknown;

function highlightApi(win: Window): { registry: HighlightRegistryLike; Highlight: HighlightCtor } | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: HighlightCtor };
  return w.CSS?.highlights && typeof w.Highlight === 'function' ? { registry: w.CSS.highlights, Highlight: w.Highlight } : null;
}

export interface MarkPainterOptions {
  /** Elements whose text must never be marked (Backstory's own host). */
  skip: (el: Element) => boolean;
  /** Force the <mark> fallback (tests, or browsers where highlights misbehave). */
  forceFallback?: boolean;
}

export class MarkPainter {
  private painted: PaintedMark[] = [];
  private wrapped: WrappedSpan[] = [];
  private readonly api: ReturnType<typeof highlightApi>;

  constructor(
    private readonly doc: Document,
    private readonly options: MarkPainterOptions,
  ) {
    this.api = options.forceFallback ? null : highlightApi(doc.defaultView ?? window);
  }

  get usesHighlightApi(): boolean {
    return this.api !== null;
  }

  get marks(): readonly PaintedMark[] {
    return this.painted;
  }

  /** Marks whose text is still on the page (a page that re-renders can collapse live ranges). */
  liveCount(): number {
    return this.painted.filter((m) => !m.range.collapsed && m.range.startContainer.isConnected).length;
  }

  /**
   * Clear any previous marks, then locate and paint these. `paragraphs` are the extracted
   * paragraphs the specs point into (used to pick the right occurrence of a repeated sentence).
   * Returns how many were found on the page.
   */
  paint(specs: readonly MarkSpec[], paragraphs: readonly string[]): number {
    this.clear();
    if (specs.length === 0) return 0;
    const index = buildTextIndex(this.doc, { skip: this.options.skip });
    const located: { spec: MarkSpec; span: TextSpan }[] = [];
    for (const spec of specs) {
      const span = locateSentence(index, spec.sentence, paragraphs[spec.paragraph]);
      if (span) located.push({ spec, span });
    }
    if (located.length === 0) return 0;
    this.ensureStyle();
    if (this.api) {
      for (const { spec, span } of located) {
        const range = spanToRange(this.doc, index, span);
        if (range) this.painted.push({ spec, range });
      }
      for (const tone of ['same', 'differs'] as const) {
        const ranges = this.painted.filter((m) => m.spec.tone === tone).map((m) => m.range);
        if (ranges.length > 0) this.api.registry.set(HIGHLIGHT_NAMES[tone], new this.api.Highlight(...ranges));
      }
    } else {
      // Wrap from the end of the document backwards: splitting a text node leaves the offsets of
      // earlier spans in it valid, so one index serves every span. Overlapping spans are skipped.
      const ordered = [...located].sort((a, b) => b.span.start - a.span.start);
      let floor = Infinity;
      const done: { spec: MarkSpec; marks: HTMLElement[] }[] = [];
      for (const { spec, span } of ordered) {
        if (span.end > floor) continue;
        floor = span.start;
        const w = wrapSpan(this.doc, index, span, {
          className: FALLBACK_MARK_CLASS,
          attributes: { 'data-backstory-tone': spec.tone, 'data-backstory-mark': spec.id, tabindex: '-1' },
        });
        if (w.marks.length === 0) continue;
        this.wrapped.push(w);
        done.push({ spec, marks: w.marks });
      }
      // Ranges are made after all wrapping, with boundaries inside our own <mark>s' text, so later
      // splits in the same parent cannot shift them.
      for (const { spec, marks } of done.reverse()) {
        const first = marks[0]!;
        const last = marks[marks.length - 1]!;
        const range = this.doc.createRange();
        range.setStart(first.firstChild ?? first, 0);
        range.setEnd(last.lastChild ?? last, last.lastChild?.nodeType === 3 ? (last.lastChild as Text).length : last.childNodes.length);
        this.painted.push({ spec, range, element: first });
      }
    }
    return this.painted.length;
  }

  /** Remove every mark and the style, leaving the page as it was. */
  clear(): void {
    if (this.api) for (const name of Object.values(HIGHLIGHT_NAMES)) this.api.registry.delete(name);
    unwrapAll(this.wrapped);
    this.wrapped = [];
    this.painted = [];
    this.doc.getElementById(HIGHLIGHT_STYLE_ID)?.remove();
  }

  private ensureStyle(): void {
    if (this.doc.getElementById(HIGHLIGHT_STYLE_ID)) return;
    const style = this.doc.createElement('style');
    style.id = HIGHLIGHT_STYLE_ID;
    style.textContent = this.api ? highlightRules() : fallbackRules();
    (this.doc.head ?? this.doc.documentElement).append(style);
  }
}

/**
 * Remove marks an earlier instance of the content script may have left (extension update or
 * reload without cleanup): its highlights, its style and any fallback <mark> elements.
 */
export function removeStaleMarks(doc: Document): void {
  const api = highlightApi(doc.defaultView ?? window);
  if (api) for (const name of Object.values(HIGHLIGHT_NAMES)) api.registry.delete(name);
  doc.getElementById(HIGHLIGHT_STYLE_ID)?.remove();
  const parents = new Set<Node>();
  for (const mark of Array.from(doc.querySelectorAll(`mark.${FALLBACK_MARK_CLASS}`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  // The pieces' original text nodes are unknown here, so merging adjacent text is the best undo.
  for (const parent of parents) parent.normalize();
}
