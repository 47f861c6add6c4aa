/**
 * Word-level differences inside one claim: where the sources of one fact say the same sentence but
 * name a different office, a different manner ("in person" / "privately") or a different item in a
 * list ("arms control" / "Armed Forces"). These are what a reader calls "the sources differ"; a
 * translation that words the whole sentence otherwise is not (it differs everywhere, and nothing
 * in it is a checkable detail).
 *
 * Three rules, each general:
 *  - names: the two sentences are aligned word by word (longest common subsequence); a short
 *    replaced stretch (≤ MAX_SWAP_WORDS words on each side) where each side holds a capitalised
 *    name, and the names are different entities (a garbled spelling of one person is the same
 *    entity, and is a quality note on the source instead), is a difference. Two places are not
 *    compared (a capital stands for its country: "Moscow's demands" and "Russia's demands" agree).
 *  - manner: the reporter's own words (outside quotation marks) say how something was done, and
 *    the sources name different manners (MANNERS).
 *  - lists: an enumeration "A, B and C" of the same length in two sources whose items at one
 *    position share no word.
 */
import { NOT_NAMES } from './gazetteer';

/** A replaced stretch longer than this (on either side) is rewording, not a swapped detail. */
export const MAX_SWAP_WORDS = 4;

/** Ways something is done that news reports state and that exclude each other, by group. */
export const MANNERS: Record<string, readonly string[]> = {
  'in person': ['in person', 'face-to-face', 'face to face'],
  privately: ['privately', 'in private', 'secretly', 'behind closed doors'],
  publicly: ['publicly', 'in public', 'openly'],
  'in writing': ['in writing'],
  'by phone': ['by phone', 'by telephone', 'over the phone'],
  'by video': ['by video', 'virtually', 'by video link'],
};

export interface ClaimSource {
  doc: string;
  /** The source sentence (punctuation folded). */
  text: string;
  /** [start, end) ranges of quoted speech in `text`. */
  quotes: readonly { start: number; end: number }[];
}

export interface ClaimDifference {
  aspect: 'name' | 'manner' | 'list';
  variants: { value: string; documents: string[] }[];
}

interface Tok {
  w: string;
  start: number;
  end: number;
}

function words(text: string): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(/[A-Za-z0-9]+(?:[-.'][A-Za-z0-9]+)*/g)) out.push({ w: m[0].toLowerCase().replace(/'s$/, ''), start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** Matched index pairs of the longest common subsequence of two token lists. */
function lcs(a: readonly Tok[], b: readonly Tok[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const t = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      t[i * (m + 1) + j] = a[i]!.w === b[j]!.w ? t[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(t[(i + 1) * (m + 1) + j]!, t[i * (m + 1) + j + 1]!);
    }
  }
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i]!.w === b[j]!.w) {
      out.push([i, j]);
      i++;
      j++;
    } else if (t[(i + 1) * (m + 1) + j]! >= t[i * (m + 1) + j + 1]!) i++;
    else j++;
  }
  return out;
}

const notName = new Set(NOT_NAMES.map((w) => w.toLowerCase()));

/** Runs of capitalised words in a stretch of tokens (the caller keeps those that are entities). */
function namesIn(text: string, toks: readonly Tok[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let cur: { start: number; end: number } | null = null;
  for (const t of toks) {
    const raw = text.slice(t.start, t.end);
    const cap = /^[A-Z]/.test(raw) && !notName.has(t.w);
    if (cap) {
      if (cur && /^\s+$/.test(text.slice(cur.end, t.start))) cur.end = t.end;
      else out.push((cur = { start: t.start, end: t.end }));
    } else cur = null;
  }
  return out;
}

/** A capitalised run widened over neighbouring capitalised words of the sentence. */
function extend(text: string, toks: readonly Tok[], name: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = name;
  const cap = (t: Tok) => /^[A-Z]/.test(text.slice(t.start, t.end)) && !notName.has(t.w);
  for (const t of toks) if (t.start >= end && /^\s+$/.test(text.slice(end, t.start)) && cap(t)) end = t.end;
  for (const t of [...toks].reverse()) if (t.end <= start && /^\s+$/.test(text.slice(t.end, start)) && cap(t)) start = t.start;
  return { start, end };
}

/** The reporter's own words: the sentence with quotations blanked out (offsets kept). */
function narrative(s: ClaimSource): string {
  let out = s.text;
  for (const q of s.quotes) out = out.slice(0, q.start) + ' '.repeat(q.end - q.start) + out.slice(q.end);
  return out;
}

function addVariant(map: Map<string, Set<string>>, value: string, doc: string) {
  const set = map.get(value) ?? new Set<string>();
  set.add(doc);
  map.set(value, set);
}

function asVariants(map: Map<string, Set<string>>): { value: string; documents: string[] }[] {
  return [...map.entries()]
    .map(([value, d]) => ({ value, documents: [...d].sort() }))
    .sort((x, y) => (x.documents[0]! < y.documents[0]! ? -1 : x.documents[0]! > y.documents[0]! ? 1 : x.value < y.value ? -1 : 1));
}

/**
 * Differences between the sources of one claim. `reference` is the index of the representative
 * (cleanest) source; every other source is compared with it. `entityOfName` says which entity a
 * capitalised name stands for (null when it is no known entity) and whether that entity is a place.
 */
export function claimDifferences(
  sources: readonly ClaimSource[],
  reference: number,
  entityOfName: (name: string) => { id: string; place: boolean } | null,
): ClaimDifference[] {
  const out: ClaimDifference[] = [];
  const ref = sources[reference]!;
  const refText = narrative(ref);
  const refToks = words(refText);

  // Names swapped in an otherwise aligned sentence.
  const nameDiffs = new Map<string, Map<string, Set<string>>>();
  for (let k = 0; k < sources.length; k++) {
    if (k === reference || sources[k]!.doc === ref.doc) continue;
    const other = sources[k]!;
    const otherText = narrative(other);
    const otherToks = words(otherText);
    const matched = lcs(refToks, otherToks);
    // Gaps between consecutive matches, with the matched word after them (context for the value).
    const bounds: [number, number][] = [[-1, -1], ...matched, [refToks.length, otherToks.length]];
    for (let g = 0; g + 1 < bounds.length; g++) {
      const [ai, bi] = bounds[g]!;
      const [aj, bj] = bounds[g + 1]!;
      const aGap = refToks.slice(ai + 1, aj);
      const bGap = otherToks.slice(bi + 1, bj);
      if (!aGap.length || !bGap.length || aGap.length > MAX_SWAP_WORDS || bGap.length > MAX_SWAP_WORDS) continue;
      const aNames = namesIn(refText, aGap);
      const bNames = namesIn(otherText, bGap);
      if (aNames.length !== 1 || bNames.length !== 1) continue;
      // A name runs on into aligned capitalised words ("Interior Ministry" / "Justice Ministry").
      const aName = extend(refText, refToks, aNames[0]!);
      const bName = extend(otherText, otherToks, bNames[0]!);
      const an = refText.slice(aName.start, aName.end);
      const bn = otherText.slice(bName.start, bName.end);
      const ea = entityOfName(an.replace(/'s$/, ''));
      const eb = entityOfName(bn.replace(/'s$/, ''));
      if (!ea || !eb || ea.id === eb.id || (ea.place && eb.place)) continue;
      // The value reads with the word that follows the name when the name ends the stretch
      // ("State Department spokesman", "NATO's demands").
      const withNext = (text: string, toks: readonly Tok[], name: { start: number; end: number }, next: number) => {
        const tail = toks[next];
        const between = tail ? text.slice(name.end, tail.start) : '';
        if (!tail || !/^\s+$/.test(between) || /^[A-Z]/.test(text.slice(tail.start))) return text.slice(name.start, name.end);
        return text.slice(name.start, tail.end);
      };
      const aNext = refToks.findIndex((t) => t.start >= aName.end);
      const bNext = otherToks.findIndex((t) => t.start >= bName.end);
      const aValue = withNext(refText, refToks, aName, aNext < 0 ? refToks.length : aNext);
      const bValue = withNext(otherText, otherToks, bName, bNext < 0 ? otherToks.length : bNext);
      const key = `${ea.id}|${refToks[aj]?.w ?? ''}`;
      const map = nameDiffs.get(key) ?? new Map<string, Set<string>>();
      addVariant(map, aValue.replace(/\s+/g, ' '), ref.doc);
      addVariant(map, bValue.replace(/\s+/g, ' '), other.doc);
      nameDiffs.set(key, map);
    }
  }
  // A source too reworded to align may still use one of the versions word for word.
  for (const map of nameDiffs.values()) {
    const seen = new Set([...map.values()].flatMap((d) => [...d]));
    for (const s of sources) {
      if (seen.has(s.doc)) continue;
      const text = narrative(s).toLowerCase().replace(/\s+/g, ' ');
      const hits = [...map.keys()].filter((v) => text.includes(v.toLowerCase()));
      if (hits.length === 1) addVariant(map, hits[0]!, s.doc);
    }
  }
  for (const key of [...nameDiffs.keys()].sort()) out.push({ aspect: 'name', variants: asVariants(nameDiffs.get(key)!) });

  // Manner.
  const manners = new Map<string, Set<string>>();
  for (const s of sources) {
    const text = narrative(s).toLowerCase();
    for (const [group, forms] of Object.entries(MANNERS)) {
      const hit = forms.find((f) => new RegExp(`(?<![a-z-])${f.replace(/[-\s]/g, '[-\\s]')}(?![a-z-])`).test(text));
      if (hit) addVariant(manners, group, s.doc);
    }
  }
  if (manners.size > 1) {
    // The value as written in the first source that uses each manner.
    out.push({ aspect: 'manner', variants: asVariants(manners) });
  }

  // Lists of the same length whose items differ at a position.
  const listOf = (s: ClaimSource) => {
    const m = /((?:[A-Za-z][\w-]*\s+)?[A-Za-z][\w-]*),\s+([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?),?\s+and\s+([A-Za-z][\w-]*)/.exec(narrative(s));
    return m ? [m[1]!, m[2]!, m[3]!] : null;
  };
  const refList = listOf(ref);
  if (refList) {
    const byPos = new Map<number, Map<string, Set<string>>>();
    for (const s of sources) {
      if (s === ref) continue;
      const l = listOf(s);
      if (!l) continue;
      // Lists are one list when most items agree.
      const same = l.filter((x, i) => sharesWord(x, refList[i]!)).length;
      if (same < l.length - 1) continue;
      l.forEach((x, i) => {
        if (sharesWord(x, refList[i]!)) return;
        // The first item may carry a word of the sentence before the list: keep its last words.
        const map = byPos.get(i) ?? new Map<string, Set<string>>();
        addVariant(map, refList[i]!, ref.doc);
        addVariant(map, x, s.doc);
        byPos.set(i, map);
      });
    }
    for (const i of [...byPos.keys()].sort()) {
      // Sources that agree with the reference count on its side.
      const map = byPos.get(i)!;
      for (const s of sources) {
        const l = s === ref ? null : listOf(s);
        if (l && sharesWord(l[i]!, refList[i]!)) addVariant(map, refList[i]!, s.doc);
      }
      out.push({ aspect: 'list', variants: mergeCase(map) });
    }
  }
  return out;
}

function sharesWord(a: string, b: string): boolean {
  const wa = new Set(a.toLowerCase().split(/\s+/).map((w) => w.slice(0, 5)));
  return b.toLowerCase().split(/\s+/).some((w) => wa.has(w.slice(0, 5)));
}

/** Variants differing only in capitals are one. */
function mergeCase(map: Map<string, Set<string>>): { value: string; documents: string[] }[] {
  const folded = new Map<string, { value: string; docs: Set<string> }>();
  for (const [value, docs] of map) {
    const key = value.toLowerCase();
    const cur = folded.get(key);
    if (cur) for (const d of docs) cur.docs.add(d);
    else folded.set(key, { value, docs: new Set(docs) });
  }
  return asVariants(new Map([...folded.values()].map((x) => [x.value, x.docs])));
}
