// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MarkPainter, PaintedMark } from '@/components/sidebar/mark-painter';
import { MarkPointer } from '@/components/sidebar/mark-pointer';
import type { MarkCardState } from '@/components/sidebar/types';

/** A painted mark whose text occupies one line box on screen. */
function mark(id: string, rect: { left: number; top: number; right: number; bottom: number }, tone: 'same' | 'differs' = 'same'): PaintedMark {
  const range = { getClientRects: () => [rect], collapsed: false } as unknown as Range;
  return { spec: { id, paragraph: 0, sentence: id, tone, facts: [`fact-${id}`], notes: [`note ${id}`] }, range };
}

const marks = [mark('a', { left: 10, top: 10, right: 200, bottom: 30 }), mark('b', { left: 10, top: 50, right: 200, bottom: 70 }, 'differs')];
const painter = { marks } as unknown as MarkPainter;
const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));

let ctx: ContentScriptContext;
let cards: (MarkCardState | null)[];
let activated: string[];
let own: HTMLElement;

beforeEach(() => {
  ctx = new ContentScriptContext('test', {});
  cards = [];
  activated = [];
  own = document.createElement('div');
  document.body.append(own);
  new MarkPointer(ctx, painter, { card: (c) => cards.push(c), activate: (m) => activated.push(m.spec.id), isOwn: (t) => t === own, describe: (m) => ({ claim: `claim ${m.spec.id}`, sources: ['Outlet'] }) }).listen();
});
afterEach(() => {
  ctx.abort();
  own.remove();
  document.getSelection()?.removeAllRanges();
});

const move = (x: number, y: number, target: EventTarget = document.body) => target.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
/** A click as the browser reports the reader's own (isTrusted), which a test cannot make otherwise. */
function readerClick(x: number, y: number, init: MouseEventInit = {}): MouseEvent {
  const event = new MouseEvent('click', { clientX: x, clientY: y, bubbles: true, ...init });
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
const click = (x: number, y: number, target: EventTarget = document.body) => target.dispatchEvent(readerClick(x, y));

describe('the pointer on in-page marks', () => {
  it('shows the card of the mark under the pointer, once, and hides it when the pointer leaves', async () => {
    move(50, 60);
    await frame();
    move(60, 61);
    await frame();
    move(50, 100);
    await frame();
    expect(cards.map((c) => c && [c.tone, c.notes[0], c.anchor.top])).toEqual([['differs', 'note b', 50], null]);
  });

  it("opens at a clicked mark's fact, but not when the click ends a selection or lands on Backstory's own UI", () => {
    click(20, 20);
    click(20, 20, own);
    const range = document.createRange();
    range.selectNodeContents(own.appendChild(document.createTextNode('selected')));
    document.getSelection()!.addRange(range);
    click(20, 60);
    expect(activated).toEqual(['a']);
  });

  it('never lets a click on the page be cancelled', () => {
    const event = readerClick(20, 20, { cancelable: true });
    document.body.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(activated).toEqual(['a']);
  });

  it('ignores the pointer over its own UI and stops after invalidation', async () => {
    move(50, 20, own);
    await frame();
    ctx.abort();
    move(50, 20);
    click(50, 20);
    await frame();
    expect(cards).toEqual([]);
    expect(activated).toEqual([]);
  });

  it("names the mark's claim and sources on its card", async () => {
    move(50, 20);
    await frame();
    expect(cards[0]).toMatchObject({ claim: 'claim a', sources: ['Outlet'], notes: ['note a'] });
  });

  it("ignores a page script's synthetic click on a mark", () => {
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 20, clientY: 20, bubbles: true }));
    expect(activated).toEqual([]);
  });

  it('ignores clicks on page controls lying over or inside a mark, and hides the card over them', async () => {
    const button = document.body.appendChild(document.createElement('button'));
    const link = document.body.appendChild(document.createElement('a'));
    link.href = '/elsewhere';
    const inLink = link.appendChild(document.createElement('span'));
    const roleButton = document.body.appendChild(document.createElement('div'));
    roleButton.setAttribute('role', 'button');
    try {
      click(20, 20, button);
      click(20, 20, inLink);
      click(20, 20, roleButton);
      expect(activated).toEqual([]);
      move(50, 20);
      await frame();
      move(50, 20, button);
      await frame();
      expect(cards.map((c) => c?.claim ?? null)).toEqual(['claim a', null]);
      click(20, 20);
      expect(activated).toEqual(['a']);
    } finally {
      button.remove();
      link.remove();
      roleButton.remove();
    }
  });
});
