// @vitest-environment happy-dom
/**
 * axe-core over the rendered sidebar (overview, expanded fact, reader view). Colour contrast needs
 * real layout and is checked by the end-to-end axe run in Chromium; everything structural is here.
 */
import axe from 'axe-core';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidebarApp } from '@/components/sidebar/SidebarApp';
import type { SidebarState } from '@/components/sidebar/types';
import { DOCS, reply } from './view-fixture';

const root = document.createElement('main');
document.body.append(root);
document.documentElement.lang = 'en';
document.title = 'Sidebar test';

afterEach(() => render(null, root));

async function violations(): Promise<string[]> {
  const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false } }, resultTypes: ['violations'] });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const state: SidebarState = { reply: reply(), open: true, side: 'right', width: 380, focus: null, markedFacts: { 'f-harbour': 'm' }, markedSentences: { 'It will cost 50 million.': 'm2' }, card: { tone: 'same', claim: 'The plan was approved', sources: ['Harbour Times'], notes: ['Also reported by 2 sources in 2 lines of reporting'], anchor: { left: 0, top: 0, bottom: 10 } }, announcement: 'Backstory: update', takeFocus: false };
const actions = { close: vi.fn(), open: vi.fn(), undismiss: vi.fn(), setSide: vi.fn(), setWidth: vi.fn(), dismiss: vi.fn(), showOnPage: vi.fn(), showMark: vi.fn(), loadDocument: async (d: string) => DOCS.find((x) => x.id === d) ?? null };

describe('sidebar accessibility (axe-core)', () => {
  it('has no serious or critical violations in the overview with a fact expanded', async () => {
    act(() => render(<SidebarApp state={state} actions={actions} />, root));
    act(() => root.querySelector<HTMLButtonElement>('[data-testid="fact-expand"]')!.click());
    expect(await violations()).toEqual([]);
  });

  it('has no serious or critical violations in the reader view', async () => {
    act(() => render(<SidebarApp state={state} actions={actions} />, root));
    await act(async () => root.querySelector<HTMLButtonElement>('[data-testid="coverage-item"] button')!.click());
    await act(async () => {
      await Promise.resolve();
    });
    expect(root.querySelector('[data-testid="reader"]')).not.toBeNull();
    expect(await violations()).toEqual([]);
  });
});
