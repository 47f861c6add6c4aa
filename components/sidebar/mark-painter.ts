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
import type { ParagraphBlocks } from '@/lib/extract/paragraphs';
import { locateSentence, spanToRange, type TextSpan } from '@/lib/marks/locate';
import type { MarkSpec, MarkTone } from '@/lib/marks/plan';
import { runSliced, type SliceOptions } from '@/lib/marks/slices';
import { buildTextIndex, type TextIndex } from '@/lib/marks/text-index';
import { unwrapAll, wrapSpan, type WrappedSpan } from '@/lib/marks/wrap';

/** A sentence found in an index. */
interface Located {
  spec: MarkSpec;
  span: TextSpan;
}

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

/** How a paint shares the main thread with the page: the slicing's own options (lib/marks/slices.ts). */
export type PaintScheduling = SliceOptions;

/**
 * Time one slice of painting may use before the page gets the thread back: half of the 8 ms a
 * marks phase may take, because the step that is running when the budget runs out still finishes
 * (one paragraph's index and search, or the whole-page index when a sentence is not in its
 * paragraph's element).
 */
export const MARK_SLICE_MS = 4;

/** Sentences of one paragraph, painted together (their spans share that paragraph's index). */
interface Group {
  paragraph: string | undefined;
  specs: MarkSpec[];
}

export class MarkPainter {
  private painted: PaintedMark[] = [];
  private wrapped: WrappedSpan[] = [];
  private readonly api: ReturnType<typeof highlightApi>;
  /** Bumped by clear(): a paint still running for an older generation stops at its next slice. */
  private generation = 0;
  /** Ranges registered as highlights so far (to re-register only when marks were added). */
  private registered = 0;

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
   * `blocks` says which page elements each paragraph was read from: a sentence is looked for in
   * its paragraph's elements first, so the cost is that of the marked paragraphs, and the whole
   * page is indexed only for sentences not found there (a paragraph from JSON-LD, text changed
   * since extraction). The work runs in slices that give the thread back to the page in between.
   * Resolves to how many marks were painted, or null when a clear() (or `cancelled`) stopped it.
   */
  async paint(specs: readonly MarkSpec[], paragraphs: readonly string[], blocks: ParagraphBlocks = new Map(), scheduling: Partial<PaintScheduling> = {}): Promise<number | null> {
    this.clear();
    const generation = this.generation;
    if (specs.length === 0) return 0;
    const groups = new Map<string, Group>();
    for (const spec of specs) {
      const paragraph = paragraphs[spec.paragraph];
      const key = paragraph ?? `\u0000${spec.paragraph}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { paragraph, specs: [] }));
      group.specs.push(spec);
    }
    const missed: { spec: MarkSpec; paragraph: string | undefined }[] = [];
    const steps: (() => void)[] = [];
    for (const group of groups.values()) {
      steps.push(() => {
        for (const spec of this.paintInBlocks(group, blocks)) missed.push({ spec, paragraph: group.paragraph });
      });
    }
    // Last: the whole page, only for what its paragraph's elements did not hold.
    steps.push(() => {
      if (missed.length > 0) this.paintInPage(missed);
    });
    const done = await runSliced(steps, {
      budgetMs: scheduling.budgetMs ?? MARK_SLICE_MS,
      now: scheduling.now ?? (() => performance.now()),
      pause: scheduling.pause ?? (() => new Promise((resolve) => setTimeout(resolve, 0))),
      slice: (run) => (scheduling.slice ?? ((r: () => void) => r()))(() => {
        run();
        this.register();
      }),
      cancelled: () => generation !== this.generation || (scheduling.cancelled?.() ?? false),
    });
    return done ? this.painted.length : null;
  }

  /** Paint a paragraph's sentences inside the elements it was read from; returns those not found there. */
  private paintInBlocks(group: Group, blocks: ParagraphBlocks): MarkSpec[] {
    const elements = group.paragraph === undefined ? undefined : blocks.get(group.paragraph);
    let left = group.specs;
    for (const el of elements ?? []) {
      if (left.length === 0) break;
      // The element may have left the page or been hidden since extraction.
      if (!el.isConnected || el.closest('[hidden]')) continue;
      const index = buildTextIndex(el, { skip: this.options.skip });
      const located: Located[] = [];
      const rest: MarkSpec[] = [];
      for (const spec of left) {
        const span = locateSentence(index, spec.sentence, group.paragraph);
        if (span) located.push({ spec, span });
        else rest.push(spec);
      }
      this.apply(index, located);
      left = rest;
    }
    return left;
  }

  /** The slow path: index the whole page once and look for the sentences there. */
  private paintInPage(missed: readonly { spec: MarkSpec; paragraph: string | undefined }[]): void {
    const index = buildTextIndex(this.doc, { skip: (el) => this.options.skip(el) });
    const located: Located[] = [];
    for (const { spec, paragraph } of missed) {
      const span = locateSentence(index, spec.sentence, paragraph);
      // Text already inside one of our <mark>s (fallback) was marked by another sentence.
      if (span && !this.insideOwnMark(index, span)) located.push({ spec, span });
    }
    this.apply(index, located);
  }

  private insideOwnMark(index: TextIndex, span: TextSpan): boolean {
    if (this.api) return false;
    for (let i = span.start; i < span.end; i++) {
      const node = index.nodes[index.nodeOf[i]!];
      if (node?.parentElement?.closest(`mark.${FALLBACK_MARK_CLASS}`)) return true;
    }
    return false;
  }

  /** Paint spans located in one fresh index. */
  private apply(index: TextIndex, located: readonly Located[]): void {
    if (located.length === 0) return;
    this.ensureStyle();
    if (this.api) {
      for (const { spec, span } of located) {
        const range = spanToRange(this.doc, index, span);
        if (range) this.painted.push({ spec, range });
      }
      return;
    }
    // Wrap from the end backwards: splitting a text node leaves the offsets of earlier spans in it
    // valid, so one index serves every span. Overlapping spans are skipped.
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

  /** Show the highlights painted so far (one registration per tone, only when marks were added). */
  private register(): void {
    if (!this.api || this.painted.length === this.registered) return;
    this.registered = this.painted.length;
    for (const tone of ['same', 'differs'] as const) {
      const ranges = this.painted.filter((m) => m.spec.tone === tone).map((m) => m.range);
      if (ranges.length > 0) this.api.registry.set(HIGHLIGHT_NAMES[tone], new this.api.Highlight(...ranges));
    }
  }

  /** Remove every mark and the style, leaving the page as it was. */
  clear(): void {
    this.generation += 1;
    this.registered = 0;
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
