// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { answersClick, isPageControl } from '@/lib/marks/controls';

function inside(html: string, selector: string): Element {
  const root = document.createElement('div');
  root.innerHTML = html; // test fixture markup, not page text
  return root.querySelector(selector)!;
}

describe('clicks Backstory answers', () => {
  it('takes links, buttons, fields, labels and scripted controls as the page’s own', () => {
    for (const [html, sel] of [
      ['<p>text <a href="/x"><b>link</b></a></p>', 'b'],
      ['<button><span>OK</span></button>', 'span'],
      ['<label>Name <input></label>', 'input'],
      ['<label><span>Agree</span></label>', 'span'],
      ['<div role="button"><i>close</i></div>', 'i'],
      ['<details><summary>More</summary></details>', 'summary'],
    ] as const) {
      expect(isPageControl(inside(html, sel)), html).toBe(true);
    }
  });

  it('takes plain article text, and an anchor without href, as text', () => {
    expect(isPageControl(inside('<article><p>The <em>document</em> was delivered.</p></article>', 'em'))).toBe(false);
    expect(isPageControl(inside('<p><a name="top">here</a></p>', 'a'))).toBe(false);
    expect(isPageControl(null)).toBe(false);
    // Text in an open <details> body, or in a wrapper a page gave an onclick for analytics.
    expect(isPageControl(inside('<details open><summary>More</summary><p>The <b>reply</b> came.</p></details>', 'b'))).toBe(false);
    expect(isPageControl(inside('<div onclick="track()"><p>The <b>reply</b> came.</p></div>', 'b'))).toBe(false);
  });

  it('answers only the reader’s own primary clicks on text', () => {
    const text = inside('<p>The <em>document</em> was delivered.</p>', 'em');
    const button = inside('<button>OK</button>', 'button');
    expect(answersClick({ isTrusted: true, button: 0 }, text)).toBe(true);
    expect(answersClick({ isTrusted: false, button: 0 }, text)).toBe(false);
    expect(answersClick({ isTrusted: true, button: 1 }, text)).toBe(false);
    expect(answersClick({ isTrusted: true, button: 0 }, button)).toBe(false);
  });
});
