// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_STYLE_ID, MarkPainter, removeStaleMarks } from '@/components/sidebar/mark-painter';
import type { MarkSpec } from '@/lib/marks/plan';

const HTML = '<p>First <i>sentence</i> here. Second sentence here.</p><p>Third one.</p>';
const spec = (id: string, sentence: string, tone: MarkSpec['tone'], paragraph = 0): MarkSpec => ({ id, paragraph, sentence, tone, facts: [id], notes: [] });
const SPECS = [spec('a', 'First sentence here.', 'same'), spec('b', 'Second sentence here.', 'differs'), spec('c', 'Not on the page.', 'same')];

/** A stand-in for the CSS Custom Highlight API, recording what is registered. */
class FakeHighlight {
  ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

describe('painting marks with the CSS Custom Highlight API', () => {
  const registry = new Map<string, FakeHighlight>();
  beforeEach(() => {
    document.body.innerHTML = HTML;
    registry.clear();
    Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  });
  afterEach(() => {
    delete (window as unknown as { Highlight?: unknown }).Highlight;
    delete (window as unknown as { CSS?: unknown }).CSS;
  });

  it('registers one highlight per tone, leaves the page DOM untouched, and only adds the ::highlight style', async () => {
    const painter = new MarkPainter(document, { skip: () => false });
    expect(painter.usesHighlightApi).toBe(true);
    expect(await painter.paint(SPECS, ['First sentence here. Second sentence here.'])).toBe(2);
    expect(document.body.innerHTML).toBe(HTML);
    expect(registry.get('backstory-same')!.ranges.map((r) => r.toString())).toEqual(['First sentence here.']);
    expect(registry.get('backstory-differs')!.ranges.map((r) => r.toString())).toEqual(['Second sentence here.']);
    const style = document.getElementById(HIGHLIGHT_STYLE_ID)!;
    expect(style.textContent).toMatch(/^::highlight\(backstory-same\) \{[^}]*\}\n::highlight\(backstory-differs\) \{[^}]*\}$/);
    // Colour is not the only difference: the underline style differs too.
    expect(style.textContent).toContain('underline solid');
    expect(style.textContent).toContain('underline wavy');
    painter.clear();
    expect(registry.size).toBe(0);
    expect(document.getElementById(HIGHLIGHT_STYLE_ID)).toBeNull();
  });

  it('adds nothing to the page when no sentence is found', async () => {
    const painter = new MarkPainter(document, { skip: () => false });
    expect(await painter.paint([spec('c', 'Not on the page.', 'same')], [])).toBe(0);
    expect(document.getElementById(HIGHLIGHT_STYLE_ID)).toBeNull();
    expect(registry.size).toBe(0);
  });
});

describe('painting marks without the Highlight API', () => {
  beforeEach(() => {
    document.body.innerHTML = HTML;
  });

  it('wraps text in <mark> elements and removes them to the exact original DOM', async () => {
    const painter = new MarkPainter(document, { skip: () => false, forceFallback: true });
    expect(await painter.paint(SPECS, [])).toBe(2);
    expect(Array.from(document.querySelectorAll('mark.backstory-mark')).map((m) => m.textContent)).toEqual(['First ', 'sentence', ' here.', 'Second sentence here.']);
    expect(painter.marks.map((m) => [m.spec.id, m.range.toString()])).toEqual([
      ['a', 'First sentence here.'],
      ['b', 'Second sentence here.'],
    ]);
    expect(painter.liveCount()).toBe(2);
    // Painting again replaces, never stacks.
    await painter.paint(SPECS, []);
    expect(document.querySelectorAll('mark.backstory-mark')).toHaveLength(4);
    painter.clear();
    expect(document.body.innerHTML).toBe(HTML);
  });

  it("cleans up marks an earlier instance left behind", async () => {
    const painter = new MarkPainter(document, { skip: () => false, forceFallback: true });
    await painter.paint(SPECS, []);
    removeStaleMarks(document);
    expect(document.body.innerHTML).toBe(HTML);
  });
});

describe('painting inside the paragraphs extraction found, in slices', () => {
  const PARA_A = 'The quay opens in May. The ferry follows in June.';
  const PARA_B = 'Fishermen fear the works. The quay opens in May.';
  const PAGE = `<article><p id="a">The quay opens in <b>May</b>. The ferry follows in June.</p><p id="b">Fishermen fear the works. The quay opens in May.</p></article><section id="c"><p>${'A reader writes at length. '.repeat(20)}The ferry follows in June.</p></section>`;
  beforeEach(() => {
    document.body.innerHTML = PAGE;
  });

  const blocksOf = (): Map<string, Element[]> => new Map([[PARA_A, [document.getElementById('a')!]], [PARA_B, [document.getElementById('b')!]]]);

  it("marks a sentence in its own paragraph's element, also when the same words occur elsewhere", async () => {
    const painter = new MarkPainter(document, { skip: () => false, forceFallback: true });
    const specs = [spec('x', 'The quay opens in May.', 'same', 1), spec('y', 'The ferry follows in June.', 'same', 0)];
    expect(await painter.paint(specs, [PARA_A, PARA_B], blocksOf())).toBe(2);
    const where = (id: string) => document.querySelector(`mark[data-backstory-mark="${id}"]`)!.closest('p, section')!.id;
    expect(where('x')).toBe('b');
    expect(where('y')).toBe('a');
    painter.clear();
    expect(document.body.innerHTML).toBe(PAGE);
  });

  it('falls back to the whole page for a sentence its paragraph element does not hold', async () => {
    const painter = new MarkPainter(document, { skip: () => false, forceFallback: true });
    // The paragraph from another source (JSON-LD) has no element: the page is searched.
    const specs = [spec('z', 'A reader writes at length.', 'differs', 0)];
    expect(await painter.paint(specs, ['A reader writes at length. And more.'], blocksOf())).toBe(1);
    expect(document.querySelector('mark[data-backstory-mark="z"]')!.closest('section')!.id).toBe('c');
  });

  it('yields between slices once a slice has used its budget, one measure per slice', async () => {
    const painter = new MarkPainter(document, { skip: () => false, forceFallback: true });
    let clock = 0;
    let slices = 0;
    let pauses = 0;
    const specs = [spec('x', 'The quay opens in May.', 'same', 1), spec('y', 'The ferry follows in June.', 'same', 0)];
    const painted = await painter.paint(specs, [PARA_A, PARA_B], blocksOf(), {
      budgetMs: 4,
      // Every reading of the clock advances it 3 ms: each slice holds one or two steps.
      now: () => (clock += 3),
      pause: async () => {
        pauses += 1;
      },
      slice: (run) => {
        slices += 1;
        run();
      },
    });
    expect(painted).toBe(2);
    expect(slices).toBeGreaterThan(1);
    expect(pauses).toBe(slices - 1);
  });

  it('stops a paint that a clear() overtook, leaving the page as it was', async () => {
    const painter = new MarkPainter(document, { skip: () => false, forceFallback: true });
    let release: () => void = () => undefined;
    const specs = [spec('x', 'The quay opens in May.', 'same', 1), spec('y', 'The ferry follows in June.', 'same', 0)];
    let clock = 0;
    const pending = painter.paint(specs, [PARA_A, PARA_B], blocksOf(), {
      // Each step uses up a slice: the paint pauses after the first one.
      budgetMs: 0.5,
      now: () => (clock += 1),
      pause: () => new Promise<void>((resolve) => (release = resolve)),
    });
    painter.clear();
    release();
    expect(await pending).toBeNull();
    expect(painter.marks).toHaveLength(0);
    expect(document.body.innerHTML).toBe(PAGE);
  });
});
