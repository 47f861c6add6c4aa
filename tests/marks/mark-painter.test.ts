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

  it('registers one highlight per tone, leaves the page DOM untouched, and only adds the ::highlight style', () => {
    const painter = new MarkPainter(document, { skip: () => false });
    expect(painter.usesHighlightApi).toBe(true);
    expect(painter.paint(SPECS, ['First sentence here. Second sentence here.'])).toBe(2);
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

  it('adds nothing to the page when no sentence is found', () => {
    const painter = new MarkPainter(document, { skip: () => false });
    expect(painter.paint([spec('c', 'Not on the page.', 'same')], [])).toBe(0);
    expect(document.getElementById(HIGHLIGHT_STYLE_ID)).toBeNull();
    expect(registry.size).toBe(0);
  });
});

describe('painting marks without the Highlight API', () => {
  beforeEach(() => {
    document.body.innerHTML = HTML;
  });

  it('wraps text in <mark> elements and removes them to the exact original DOM', () => {
    const painter = new MarkPainter(document, { skip: () => false, forceFallback: true });
    expect(painter.paint(SPECS, [])).toBe(2);
    expect(Array.from(document.querySelectorAll('mark.backstory-mark')).map((m) => m.textContent)).toEqual(['First ', 'sentence', ' here.', 'Second sentence here.']);
    expect(painter.marks.map((m) => [m.spec.id, m.range.toString()])).toEqual([
      ['a', 'First sentence here.'],
      ['b', 'Second sentence here.'],
    ]);
    expect(painter.liveCount()).toBe(2);
    // Painting again replaces, never stacks.
    painter.paint(SPECS, []);
    expect(document.querySelectorAll('mark.backstory-mark')).toHaveLength(4);
    painter.clear();
    expect(document.body.innerHTML).toBe(HTML);
  });

  it("cleans up marks an earlier instance left behind", () => {
    const painter = new MarkPainter(document, { skip: () => false, forceFallback: true });
    painter.paint(SPECS, []);
    removeStaleMarks(document);
    expect(document.body.innerHTML).toBe(HTML);
  });
});
