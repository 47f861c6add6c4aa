// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SidebarApp } from '@/components/sidebar/SidebarApp';
import type { SidebarActions, SidebarState } from '@/components/sidebar/types';
import { DOCS, reply } from './view-fixture';

let root: HTMLElement;

function state(partial: Partial<SidebarState> = {}): SidebarState {
  return { reply: reply(), open: true, side: 'right', width: 380, focus: null, markedFacts: { 'f-harbour': 'm0-0' }, markedSentences: { 'It will cost 50 million.': 'm1-1' }, card: null, announcement: '', takeFocus: false, ...partial };
}

function actions(): SidebarActions & Record<string, ReturnType<typeof vi.fn>> {
  return {
    close: vi.fn(),
    setSide: vi.fn(),
    setWidth: vi.fn(),
    dismiss: vi.fn(),
    showOnPage: vi.fn(),
    showMark: vi.fn(),
    loadDocument: vi.fn(async (doc: string) => DOCS.find((d) => d.id === doc) ?? null),
  } as never;
}

function show(s: SidebarState, a: SidebarActions) {
  act(() => render(<SidebarApp state={s} actions={a} />, root));
}

const q = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const qa = (id: string) => Array.from(root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`));

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the sidebar panel', () => {
  it('is a labelled complementary landmark showing the story and why it matched', () => {
    show(state(), actions());
    const panel = q('panel')!;
    expect(panel.getAttribute('role')).toBe('complementary');
    expect(panel.getAttribute('aria-label')).toBe('Backstory');
    expect(q('story-title')!.textContent).toBe('Harbour plan approved');
    expect(q('reasons')!.textContent).toContain('Names the same people');
    expect(panel.style.width).toBe('380px');
  });

  it('draws its first screen first and the later parts in reader order, and asks for the rest when scrolled', () => {
    const a = actions();
    a.showAll = vi.fn();
    const order = () => qa('panel').flatMap((p) => Array.from(p.querySelectorAll<HTMLElement>('section[data-testid]')).map((el) => el.dataset.testid));
    show(state({ parts: 1 }), a);
    expect(q('story-title')).not.toBeNull();
    expect(order()).toEqual(['key-facts']);
    q('panel')!.querySelector('.bs-scroll')!.dispatchEvent(new Event('scroll'));
    expect(a.showAll).toHaveBeenCalledTimes(1);
    show(state({ parts: 2 }), a);
    const all = order();
    expect(all.slice(0, 5)).toEqual(['key-facts', 'discrepancies', 'missing', 'coverage', 'timeline']);
    // Drawn in full, the panel no longer listens for scrolling to draw more.
    q('panel')!.querySelector('.bs-scroll')!.dispatchEvent(new Event('scroll'));
    expect(a.showAll).toHaveBeenCalledTimes(1);
  });

  it('renders nothing but the live region when closed', () => {
    show(state({ open: false, announcement: 'Backstory: related' }), actions());
    expect(q('panel')).toBeNull();
    expect(q('announcer')!.getAttribute('aria-live')).toBe('polite');
    expect(q('announcer')!.textContent).toBe('Backstory: related');
  });

  it('on a match, lists once each what others confirm, what differs and what is left out, in that order, then coverage and timeline', () => {
    show(state(), actions());
    expect(qa('fact').map((f) => f.dataset.factId)).toEqual(['f-harbour']);
    expect(q('key-facts')!.textContent).toMatch(/^Confirmed by other coverage/);
    expect(qa('missing-fact').map((f) => f.dataset.factId)).toEqual(['f-vote']);
    const order = Array.from(root.querySelectorAll<HTMLElement>('[data-testid="key-facts"], [data-testid="discrepancies"], [data-testid="missing"], [data-testid="coverage"], [data-testid="timeline"]')).map((el) => el.dataset.testid);
    expect(order).toEqual(['key-facts', 'discrepancies', 'missing', 'coverage', 'timeline']);
    // Clean sources first: d2 has garbled names and an impossible date.
    expect(qa('coverage-item').map((c) => c.dataset.doc)).toEqual(['d1', 'd2']);
    expect(root.textContent).not.toMatch(/\bd\d{1,3}\b/);
  });

  it('on a related page, lists the story\'s key facts with corroboration, on-page state and expandable source wording', () => {
    const a = actions();
    show(state({ reply: reply({ verdict: 'related' }) }), a);
    const facts = qa('fact');
    expect(facts.map((f) => f.dataset.factId)).toEqual(['f-harbour', 'f-cost', 'f-vote']);
    expect(facts.map((f) => f.dataset.onPage)).toEqual(['true', 'true', 'false']);
    expect(facts[0]!.textContent).toContain('2 sources · 2 independent lines');
    const expand = facts[0]!.querySelector<HTMLButtonElement>('[data-testid="fact-expand"]')!;
    expect(expand.getAttribute('aria-expanded')).toBe('false');
    act(() => expand.click());
    expect(expand.getAttribute('aria-expanded')).toBe('true');
    expect(facts[0]!.textContent).toContain('Councillors backed the harbour plan.');
    expect(facts[0]!.textContent).toContain('Harbor plan passes');
    // Only a fact with a painted mark gets the link; clicking it asks to show the mark.
    expect(facts[0]!.querySelector('[data-testid="on-page-link"]')).not.toBeNull();
    expect(facts[1]!.querySelector('[data-testid="on-page-link"]')).toBeNull();
    act(() => facts[0]!.querySelector<HTMLButtonElement>('[data-testid="on-page-link"]')!.click());
    expect(a.showOnPage).toHaveBeenCalledWith('f-harbour');
  });

  it('says where sources differ in neutral words, page differences first', () => {
    const a = actions();
    show(state(), a);
    const items = qa('discrepancy');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('It will cost 50 million.');
    expect(items[0]!.textContent).toContain('Other sources give 40 million');
    expect(items[1]!.textContent).toContain('Name of the mayor');
    expect(q('discrepancies')!.textContent).toContain('Sources differ');
    // The differing sentence has a mark on the page: a button leads there.
    act(() => items[0]!.querySelector<HTMLButtonElement>('[data-testid="difference-on-page-link"]')!.click());
    expect(a.showMark).toHaveBeenCalledWith('m1-1');
    expect(q('discrepancies')!.textContent!.toLowerCase()).not.toMatch(/\bfalse\b|\bwrong\b|\blie/);
  });

  it('lists what this article leaves out, only for a match', () => {
    show(state(), actions());
    expect(q('missing')!.textContent).toContain('The vote was 9 to 4.');
    show(state({ reply: reply({ verdict: 'related', missingFacts: [] }) }), actions());
    expect(q('missing')).toBeNull();
  });

  it('shows the whole timeline with this story highlighted', () => {
    show(state(), actions());
    const items = qa('timeline-item');
    expect(items.map((i) => i.dataset.current)).toEqual(['false', 'true']);
    expect(items[1]!.textContent).toContain('1 Mar 2021');
    expect(items[1]!.textContent).toContain('“on Monday”');
  });

  it('describes related coverage: date, outlet or "Outlet unknown", quality, shared phrasing', () => {
    show(state(), actions());
    const items = qa('coverage-item');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Coast Times');
    expect(items[0]!.textContent).toContain('62% phrasing shared with this page');
    expect(items[1]!.textContent).toContain('Outlet unknown');
    expect(items[1]!.textContent).toContain('No phrasing shared with this page');
    expect(items[1]!.textContent).toContain('“Majer” for Mayor Lund');
    expect(items[1]!.textContent).toContain('Dated a year after the events it reports');
  });

  it('opens a coverage item in a reader view with passages this page shares marked, as text', async () => {
    const a = actions();
    show(state(), a);
    await act(async () => {
      qa('coverage-item')[0]!.querySelector('button')!.click();
    });
    await act(async () => {
      await Promise.resolve();
    });
    const reader = q('reader')!;
    expect(reader).not.toBeNull();
    expect(a.loadDocument).toHaveBeenCalledWith('d1');
    const passages = qa('reader-passage').map((m) => m.textContent);
    // f-harbour and f-cost are on the page; both have a source sentence in d1.
    expect(passages).toEqual(['The council approved the harbour plan on Monday.', 'It will cost 40 million.']);
    expect(reader.textContent).toContain('Work starts soon.');
    // Escape leaves the reader first, then closes.
    act(() => void q('panel')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(q('reader')).toBeNull();
    expect(a.close).not.toHaveBeenCalled();
    act(() => void q('panel')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(a.close).toHaveBeenCalledTimes(1);
  });

  it('shows people with roles and the spellings the sources use, garbled ones flagged', () => {
    show(state(), actions());
    const text = q('entities')!.textContent!;
    expect(text).toContain('Mayor of the town');
    expect(text).toContain('Majer Lund · garbled');
  });

  it("shows an organisation's country when the sources give it, and none when they do not", () => {
    const r = reply();
    r.view!.entities = [
      ...r.view!.entities,
      { id: 'e-board', name: 'Norland Harbour Board', kind: 'organisation', role: null, country: 'Norland', variants: [], documents: ['d1'] },
      { id: 'e-council', name: 'Town Council', kind: 'organisation', role: null, country: null, variants: [], documents: ['d1'] },
    ];
    show(state({ reply: r }), actions());
    const items = [...q('entities')!.querySelectorAll('[data-testid="entity"]')].map((li) => li.textContent!);
    expect(items.find((t) => t.includes('Norland Harbour Board'))).toContain('Organisation · Norland');
    expect(items.find((t) => t.includes('Town Council'))).not.toContain('·');
  });

  it('notes a likely machine rewrite, and shows nothing from the reader\'s history', () => {
    show(state({ reply: reply({ garbled: [{ surface: 'Majer', entity: 'e-mayor', canonical: 'Mayor Lund' }] }) }), actions());
    expect(q('rewrite-note')!.textContent).toContain('“Majer” for Mayor Lund');
    expect(q('rewrite-note')!.textContent).toContain('62% of its phrasing with “Harbour plan approved”');
    // The page can read what is rendered in its DOM: history-derived text stays in the popup.
    expect(q('reading')).toBeNull();
    expect(root.textContent).not.toMatch(/You have read/);
  });

  it('says so instead of offering "Not this story" again once the reader dismissed it', () => {
    show(state({ reply: { ...reply(), dismissed: true } }), actions());
    expect(q('not-this-story')).toBeNull();
    expect(q('dismissed-note')!.textContent).toContain('not about this story');
  });

  it('has close, move and dismiss controls', () => {
    const a = actions();
    show(state(), a);
    act(() => q('close')!.click());
    act(() => q('side-toggle')!.click());
    act(() => q('not-this-story')!.click());
    expect(a.close).toHaveBeenCalled();
    expect(a.setSide).toHaveBeenCalledWith('left');
    expect(a.dismiss).toHaveBeenCalled();
  });

  it('resizes from the keyboard: the arrow towards the page widens it, within limits', () => {
    const a = actions();
    show(state({ width: 380 }), a);
    const handle = q('resize-handle')!;
    expect(handle.getAttribute('role')).toBe('separator');
    act(() => void handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true })));
    expect(a.setWidth).toHaveBeenLastCalledWith(396, true);
    act(() => void handle.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true })));
    expect(a.setWidth).toHaveBeenLastCalledWith(640, true);
    show(state({ side: 'left', width: 280 }), a);
    act(() => void q('resize-handle')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true })));
    expect(a.setWidth).toHaveBeenLastCalledWith(280, true);
  });

  it('opens at a fact: expands it and moves focus to it', () => {
    show(state({ reply: reply({ verdict: 'related' }), focus: { fact: 'f-cost', nonce: 1 } }), actions());
    const fact = qa('fact')[1]!;
    expect(qa('fact').map((f) => f.dataset.active)).toEqual(['false', 'true', 'false']);
    expect(fact.querySelector('[data-testid="fact-expand"]')!.getAttribute('aria-expanded')).toBe('true');
    expect(root.ownerDocument.activeElement === fact || fact.contains(root.ownerDocument.activeElement)).toBe(true);
  });

  it('keeps long fact lists short until asked, but always shows the fact a mark led to', () => {
    const base = reply({ verdict: 'related' });
    const many = Array.from({ length: 10 }, (_, i) => ({ ...base.view.facts[2]!, id: `g${i}`, text: `Fact number ${i}` }));
    const r = { ...base, view: { ...base.view, facts: many } };
    show(state({ reply: r }), actions());
    expect(qa('fact')).toHaveLength(6);
    const more = root.querySelector<HTMLButtonElement>('[data-testid="key-facts"] [data-testid="show-more"]')!;
    expect(more.textContent).toBe('Show 4 more key facts');
    act(() => more.click());
    expect(qa('fact')).toHaveLength(10);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    render(null, root);
    show(state({ reply: r, focus: { fact: 'g8', nonce: 1 } }), actions());
    expect(qa('fact').map((f) => f.dataset.factId).at(-1)).toBe('g8');
  });

  it('shows the mark card with its notes', () => {
    show(state({ open: false, card: { tone: 'differs', claim: null, sources: [], notes: ['Other sources give 40 million'], anchor: { left: 10, top: 10, bottom: 30 } } }), actions());
    const card = q('mark-card')!;
    expect(card.textContent).toContain('Differs from the sources');
    expect(card.textContent).toContain('Other sources give 40 million');
  });
});
