// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { locateSentence } from '@/lib/marks/locate';
import { buildTextIndex } from '@/lib/marks/text-index';
import { unwrapAll, wrapSpan, type WrappedSpan } from '@/lib/marks/wrap';

const HTML = `<article><p>Alpha beta. The <b>reply</b> was sent by <a href="#">Sullivan</a> today. Gamma delta.</p><p>Second line here. Third line here.</p></article>`;

function page(): Document {
  // happy-dom's Range only works in the window's own document, so each test resets that one.
  document.body.innerHTML = HTML;
  return document;
}

function wrap(doc: Document, sentences: string[]): WrappedSpan[] {
  const index = buildTextIndex(doc);
  const spans = sentences.map((s) => locateSentence(index, s)!).sort((a, b) => b.start - a.start);
  return spans.map((span) => wrapSpan(doc, index, span, { className: 'backstory-mark', attributes: { 'data-backstory-tone': 'same' } }));
}

describe('fallback <mark> wrapping', () => {
  it('wraps a sentence that crosses elements, one <mark> per text node, text unchanged', () => {
    const doc = page();
    const before = doc.body.textContent;
    const [w] = wrap(doc, ['The reply was sent by Sullivan today.']);
    expect(w!.marks.map((m) => m.textContent)).toEqual(['The ', 'reply', ' was sent by ', 'Sullivan', ' today.']);
    expect(doc.body.textContent).toBe(before);
    expect(doc.querySelectorAll('mark.backstory-mark')).toHaveLength(5);
  });

  it('removal restores the exact original serialisation and the original text nodes', () => {
    const doc = page();
    const firstText = doc.querySelector('p')!.firstChild;
    const wrapped = wrap(doc, ['Alpha beta.', 'The reply was sent by Sullivan today.', 'Gamma delta.', 'Third line here.']);
    expect(doc.body.innerHTML).not.toBe(HTML);
    unwrapAll(wrapped);
    expect(doc.body.innerHTML).toBe(HTML);
    // The page's own text node object is the one that holds the text again.
    expect(doc.querySelector('p')!.firstChild).toBe(firstText);
    expect(doc.querySelector('p')!.childNodes).toHaveLength(5);
  });

  it('unwrapping twice is harmless', () => {
    const doc = page();
    const [w] = wrap(doc, ['Second line here.']);
    w!.unwrap();
    w!.unwrap();
    expect(doc.body.innerHTML).toBe(HTML);
  });
});
