import { describe, expect, it } from 'vitest';
import { collectParagraphs, elementsOutsideFurniture, isTeaserList, textOutsideFurniture } from '../../lib/extract/paragraphs';
import { parse } from './dom';

const html = `<article id="a"><h1>Title</h1>
<p>First paragraph of the report, long enough to read as prose in any article body.</p>
<section class="comments"><ol>${Array.from({ length: 6 }, (_, i) => `<li><p>Comment ${i} <a href="/u${i}">a reader who writes long names here</a></p></li>`).join('')}</ol></section>
<p>Second paragraph of the report, also long enough to read as prose in the body.</p>
<div class="share"><p>Share this</p></div></article>`;

describe('furniture subtrees are skipped whole', () => {
  it('finds only the elements outside furniture, in document order', () => {
    const doc = parse(html);
    const article = doc.getElementById('a')!;
    expect(elementsOutsideFurniture(article, 'p').map((p) => p.textContent!.slice(0, 6))).toEqual(['First ', 'Second']);
    expect(elementsOutsideFurniture(article, 'li')).toEqual([]);
  });

  it('reads the paragraphs of the report and not the comment thread', () => {
    const doc = parse(html);
    const paragraphs = collectParagraphs(doc.getElementById('a')!);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs.join(' ')).not.toContain('Comment');
  });

  it('leaves furniture out of the text and of the teaser check', () => {
    const doc = parse(html);
    const article = doc.getElementById('a')!;
    expect(textOutsideFurniture(article)).not.toContain('Comment');
    expect(textOutsideFurniture(article)).toContain('Second paragraph');
    expect(isTeaserList(article)).toBe(false);
  });
});
