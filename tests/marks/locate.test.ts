// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { locateRange, locateSentence } from '@/lib/marks/locate';
import { buildTextIndex, normaliseText } from '@/lib/marks/text-index';

function page(html: string): Document {
  // Test fixtures are our own literal strings, parsed by the test environment.
  // happy-dom's Range only works in the window's own document, so each test resets that one.
  document.body.innerHTML = html;
  return document;
}

describe('locating an extracted sentence in the page', () => {
  let doc: Document;
  beforeEach(() => {
    doc = page(`
      <article>
        <h1>Talks resume</h1>
        <p>The envoy said the <b>reply</b> was
           delivered by <a href="/x">Ambassador   John Sullivan</a> on Wednesday. Later, more.</p>
        <p>Second&nbsp;paragraph with “curly quotes” and an en–dash.</p>
      </article>
      <script>var s = "The envoy said the reply was delivered";</script>`);
  });

  it('finds a sentence that crosses <b> and <a> boundaries and odd whitespace', () => {
    const index = buildTextIndex(doc);
    const range = locateRange(doc, index, 'The envoy said the reply was delivered by Ambassador John Sullivan on Wednesday.');
    expect(range).not.toBeNull();
    expect(normaliseText(range!.toString())).toBe(normaliseText('The envoy said the reply was delivered by Ambassador John Sullivan on Wednesday.'));
    expect(range!.startContainer.parentElement!.tagName).toBe('P');
    expect(range!.endContainer.textContent).toContain('on Wednesday.');
  });

  it('treats no-break spaces, curly quotes and dashes like their plain forms', () => {
    const index = buildTextIndex(doc);
    const range = locateRange(doc, index, 'Second paragraph with "curly quotes" and an en-dash.');
    expect(range?.toString()).toBe('Second\u00a0paragraph with “curly quotes” and an en–dash.');
  });

  it('returns nothing for a sentence that is not on the page, rather than a near miss', () => {
    const index = buildTextIndex(doc);
    expect(locateSentence(index, 'The envoy said the reply was lost.')).toBeNull();
    expect(locateSentence(index, '   ')).toBeNull();
  });

  it('ignores script text and does not join words across paragraphs', () => {
    const index = buildTextIndex(doc);
    expect(index.text).not.toContain('var s');
    expect(index.text).toContain('more. second');
  });

  it('prefers the occurrence inside the paragraph it was extracted from', () => {
    const d = page(`<aside><p>Blinken spoke.</p></aside><p>First. Blinken spoke. Then left.</p>`);
    const index = buildTextIndex(d);
    const span = locateSentence(index, 'Blinken spoke.', 'First. Blinken spoke. Then left.');
    expect(span).not.toBeNull();
    expect(index.text.slice(0, span!.start)).toContain('first.');
    // Without the paragraph, the first occurrence is taken.
    expect(locateSentence(index, 'Blinken spoke.')!.start).toBe(0);
  });

  it('sees through soft hyphens and keeps offsets right after characters outside the BMP', () => {
    const d = page('<p>🙂🙂 A diplo\u00admatic <em>path</em> ahead. Next.</p>');
    const index = buildTextIndex(d);
    const range = locateRange(d, index, 'A diplomatic path ahead.');
    expect(range?.toString()).toBe('A diplo\u00admatic path ahead.');
  });

  it('ignores hidden elements', () => {
    const d = page('<p>Shown text. <span hidden>Hidden text.</span> More shown.</p>');
    expect(locateSentence(buildTextIndex(d), 'Hidden text.')).toBeNull();
  });

  it('skips elements the caller excludes (Backstory\'s own host)', () => {
    const d = page(`<p>Visible sentence.</p><backstory-sidebar>Visible sentence inside host.</backstory-sidebar>`);
    const index = buildTextIndex(d, { skip: (el) => el.localName === 'backstory-sidebar' });
    expect(index.text).toBe('visible sentence.');
  });
});
