/**
 * A searchable, normalised view of the text a reader sees in a DOM subtree, with a way back from
 * every character of the normalised text to the text node and offset it came from.
 *
 * Why: the extractor hands us sentences as plain, whitespace-normalised strings, while the page
 * spreads the same words over many text nodes (<b>, <a>, line breaks in the markup, &nbsp;). To put
 * a mark on a sentence we search the normalised text, then map the hit back to a DOM Range.
 *
 * Normalisation works on UTF-16 code units and never turns one unit into several, so the mapping
 * stays a typed-array lookup:
 * - any run of whitespace (including no-break spaces) becomes one space;
 * - curly quotes become straight ones and dashes become "-", because extractors and rewriters
 *   disagree on typography more often than on words;
 * - letters are lower-cased when that keeps them one unit long;
 * - soft hyphens and zero-width characters disappear.
 * It runs on every paint over the whole page, so it avoids per-character strings and regexes.
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

const SPACE = 32;
const DROP = -1;

/** Non-ASCII code units with a fixed folding (spaces, dropped characters, quotes, dashes). */
const SPECIAL = new Map<number, number>();
for (const c of [0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]) SPECIAL.set(c, SPACE);
for (let c = 0x2000; c <= 0x200a; c++) SPECIAL.set(c, SPACE);
for (const c of [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) SPECIAL.set(c, DROP);
for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0xb4]) SPECIAL.set(c, 39);
for (const c of [0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xab, 0xbb]) SPECIAL.set(c, 34);
for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212]) SPECIAL.set(c, 45);

const lowerCache = new Map<number, number>();

/** Fold one UTF-16 code unit: DROP (-1), SPACE for any whitespace, else the folded unit. */
export function foldCode(c: number): number {
  if (c < 128) {
    if (c === 32 || (c >= 9 && c <= 13)) return SPACE;
    if (c >= 65 && c <= 90) return c + 32;
    return c === 96 ? 39 : c;
  }
  const special = SPECIAL.get(c);
  if (special !== undefined) return special;
  if (c >= 0xd800 && c <= 0xdfff) return c; // half of a surrogate pair: kept as is
  let lower = lowerCache.get(c);
  if (lower === undefined) {
    const l = String.fromCharCode(c).toLowerCase();
    lower = l.length === 1 ? l.charCodeAt(0) : c;
    lowerCache.set(c, lower);
  }
  return lower;
}

/** Normalise a plain string the same way the DOM text is normalised (trimmed). */
export function normaliseText(text: string): string {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f === DROP) continue;
    if (f === SPACE && (out.length === 0 || out[out.length - 1] === SPACE)) continue;
    out.push(f);
  }
  if (out[out.length - 1] === SPACE) out.pop();
  return codesToString(out, out.length);
}

function codesToString(codes: ArrayLike<number>, length: number): string {
  let s = '';
  const CHUNK = 8192;
  for (let i = 0; i < length; i += CHUNK) {
    s += String.fromCharCode.apply(null, Array.prototype.slice.call(codes, i, Math.min(length, i + CHUNK)) as number[]);
  }
  return s;
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

/**
 * Index the visible text under `root` (a Document means its body). Linear in the text; nothing is
 * modified.
 */
export function buildTextIndex(root: Node, options: TextIndexOptions = {}): TextIndex {
  // Pass 1: the text nodes in order, and which of them follow a block boundary.
  const nodes: Text[] = [];
  const breakBefore: boolean[] = [];
  let capacity = 0;
  let pendingBreak = false;
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const t = node as Text;
      if (t.data.length === 0) return;
      nodes.push(t);
      breakBefore.push(pendingBreak);
      pendingBreak = false;
      capacity += t.data.length + 1;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || el.hasAttribute('hidden') || options.skip?.(el)) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) pendingBreak = true;
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    if (block) pendingBreak = true;
  };
  const start = root.nodeType === 9 ? (root as Document).body : root;
  if (start) visit(start);

  // Pass 2: fold into preallocated arrays.
  const codes = new Uint16Array(capacity);
  const nodeOf = new Int32Array(capacity);
  const offsetOf = new Int32Array(capacity);
  const lengthOf = new Int32Array(capacity);
  let n = 0;
  let lastIsSpace = true; // nothing written yet: a leading space is dropped
  for (let k = 0; k < nodes.length; k++) {
    const data = nodes[k]!.data;
    if (breakBefore[k] && k > 0 && !lastIsSpace) {
      codes[n] = SPACE;
      nodeOf[n] = k - 1;
      offsetOf[n] = nodes[k - 1]!.data.length;
      lengthOf[n] = 0;
      n++;
      lastIsSpace = true;
    }
    for (let i = 0; i < data.length; i++) {
      const f = foldCode(data.charCodeAt(i));
      if (f === DROP) continue;
      if (f === SPACE) {
        if (lastIsSpace) continue;
        lastIsSpace = true;
      } else {
        lastIsSpace = false;
      }
      codes[n] = f;
      nodeOf[n] = k;
      offsetOf[n] = i;
      lengthOf[n] = 1;
      n++;
    }
  }
  if (n > 0 && codes[n - 1] === SPACE) n--;
  return {
    text: codesToString(codes, n),
    nodes,
    nodeOf: nodeOf.slice(0, n),
    offsetOf: offsetOf.slice(0, n),
    lengthOf: lengthOf.slice(0, n),
  };
}
