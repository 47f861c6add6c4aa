/**
 * A searchable, normalised view of the text a reader sees in a DOM subtree, with a way back from
 * every character of the normalised text to the text node and offset it came from.
 *
 * Why: the extractor hands us sentences as plain, whitespace-normalised strings, while the page
 * spreads the same words over many text nodes (<b>, <a>, line breaks in the markup, &nbsp;). To put
 * a mark on a sentence we search the normalised text, then map the hit back to a DOM Range.
 *
 * Normalisation is character by character (never changes the length of a kept character), so the
 * mapping stays a simple array lookup:
 * - any run of whitespace (including no-break spaces) becomes one space;
 * - curly quotes become straight ones and dashes become "-", because extractors and rewriters
 *   disagree on typography more often than on words;
 * - letters are lower-cased when that keeps them one character long;
 * - soft hyphens and zero-width characters disappear.
 */

/** Elements whose text is never part of what a reader sees as the article. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'IFRAME', 'OBJECT', 'SVG', 'MATH', 'HEAD', 'TITLE']);

/**
 * Elements that start a new line of text. Text on either side of their boundary is joined with a
 * space so that "<p>end.</p><p>Start</p>" never reads as "end.Start".
 */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BODY', 'HTML',
]);

const DROPPED = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/;
const SPACE = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]/;

/** Fold one character; returns '' for characters that are dropped, ' ' for any whitespace. */
export function foldChar(c: string): string {
  if (DROPPED.test(c)) return '';
  if (SPACE.test(c)) return ' ';
  switch (c) {
    case '\u2018': case '\u2019': case '\u201a': case '\u201b': case '\u2032': case '`': case '\u00b4':
      return "'";
    case '\u201c': case '\u201d': case '\u201e': case '\u201f': case '\u2033': case '\u00ab': case '\u00bb':
      return '"';
    case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
      return '-';
  }
  const lower = c.toLowerCase();
  return lower.length === 1 ? lower : c;
}

/** Normalise a plain string the same way the DOM text is normalised (trimmed). */
export function normaliseText(text: string): string {
  let out = '';
  for (const c of text) {
    const f = foldChar(c);
    if (f === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += f;
  }
  return out.endsWith(' ') ? out.slice(0, -1) : out;
}

export interface TextIndex {
  /** Normalised text of the whole subtree. */
  text: string;
  /** Text nodes in document order. */
  nodes: Text[];
  /**
   * For each character of `text`: index into `nodes`, and the UTF-16 offset in that node where the
   * character starts. Characters inserted at block boundaries point at the end of the previous
   * text node; a match never starts or ends on one because searched strings are trimmed.
   */
  nodeOf: Int32Array;
  offsetOf: Int32Array;
  /** For each character: the UTF-16 length of its source in the node (0 for inserted spaces). */
  lengthOf: Int32Array;
}

export interface TextIndexOptions {
  /** Extra elements to leave out (with their subtree), e.g. Backstory's own host element. */
  skip?: (el: Element) => boolean;
}

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || SKIPPED_TAGS.has(el.tagName.toUpperCase());
}

/**
 * Index the visible text under `root`. Cost is linear in the text; nothing is modified.
 */
export function buildTextIndex(root: Node, options: TextIndexOptions = {}): TextIndex {
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  const lengthOf: number[] = [];
  let pendingBreak = false;

  const pushSpace = (node: number, offset: number) => {
    if (chars.length === 0 || chars[chars.length - 1] === ' ') return;
    chars.push(' ');
    nodeOf.push(node);
    offsetOf.push(offset);
    lengthOf.push(0);
  };

  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const textNode = node as Text;
      const data = textNode.data;
      if (data.length === 0) return;
      const index = nodes.length;
      nodes.push(textNode);
      if (pendingBreak) {
        pendingBreak = false;
        const prev = index - 1;
        if (prev >= 0) pushSpace(prev, nodes[prev]!.data.length);
      }
      let i = 0;
      while (i < data.length) {
        const code = data.codePointAt(i)!;
        const width = code > 0xffff ? 2 : 1;
        const f = foldChar(data.slice(i, i + width));
        if (f === ' ') {
          if (chars.length > 0 && chars[chars.length - 1] !== ' ') {
            chars.push(' ');
            nodeOf.push(index);
            offsetOf.push(i);
            lengthOf.push(width);
          }
        } else if (f !== '') {
          // A folded astral character stays two UTF-16 units; push them as one entry per unit
          // so string offsets in `text` and array offsets agree.
          for (let k = 0; k < f.length; k += 1) {
            chars.push(f[k]!);
            nodeOf.push(index);
            offsetOf.push(i + (k < width ? k : width - 1));
            lengthOf.push(k === f.length - 1 ? width - k : 1);
          }
        }
        i += width;
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (isHidden(el) || options.skip?.(el)) return;
    const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
    if (block) pendingBreak = true;
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    if (block) pendingBreak = true;
  };

  if (root.nodeType === 9) {
    const doc = root as Document;
    if (doc.body) visit(doc.body);
  } else {
    visit(root);
  }
  // Trim one trailing space so the text looks like normaliseText's output.
  if (chars[chars.length - 1] === ' ') {
    chars.pop();
    nodeOf.pop();
    offsetOf.pop();
    lengthOf.pop();
  }
  return {
    text: chars.join(''),
    nodes,
    nodeOf: Int32Array.from(nodeOf),
    offsetOf: Int32Array.from(offsetOf),
    lengthOf: Int32Array.from(lengthOf),
  };
}
