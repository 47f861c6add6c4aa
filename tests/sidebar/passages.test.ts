import { describe, expect, it } from 'vitest';
import { matchedPassages, quotePassages, splitByPassages } from '@/lib/view/passages';
import { FACTS } from './view-fixture';

describe('passages marked in the reader view', () => {
  it('collects the sentences of one document that state facts on this page', () => {
    const map = matchedPassages(FACTS, new Set(['f-harbour', 'f-vote']), 'd2');
    expect([...map.entries()]).toEqual([
      [1, ['Councillors backed the harbour plan.']],
      [0, ['The vote was 9 to 4.']],
    ]);
    expect(matchedPassages(FACTS, new Set(), 'd2').size).toBe(0);
  });

  it("collects the document's own wording of quotes this page carries", () => {
    const quotes = [
      { id: 'q1', story: 's1', speaker: null, text: 'We are ready', variants: [{ text: 'We are ready either way', documents: ['d1'] }, { text: 'We stand ready', documents: ['d2'] }] },
      { id: 'q2', story: 's1', speaker: null, text: 'No change', variants: [{ text: 'There will be no change', documents: ['d2'] }] },
    ];
    expect(quotePassages(quotes, new Set(['q1']), 'd2')).toEqual(['We stand ready']);
    expect(quotePassages(quotes, new Set(['q1', 'q2']), 'd2')).toEqual(['We stand ready', 'There will be no change']);
    expect(quotePassages(quotes, new Set(['q2']), 'd1')).toEqual([]);
  });

  it('cuts a paragraph into plain and marked pieces that join back to the text', () => {
    const text = 'One two. Three four. Five six.';
    const pieces = splitByPassages(text, ['Three four.', 'Not there.', 'Five']);
    expect(pieces).toEqual([
      { text: 'One two. ', marked: false },
      { text: 'Three four.', marked: true },
      { text: ' ', marked: false },
      { text: 'Five', marked: true },
      { text: ' six.', marked: false },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('merges overlapping passages', () => {
    expect(splitByPassages('abc def ghi', ['abc def', 'def ghi'])).toEqual([{ text: 'abc def ghi', marked: true }]);
  });
});
