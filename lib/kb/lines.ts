/**
 * Lines of reporting from the evidence between each pair of documents, not from chains.
 *
 * relations.ts measures how much 3-word phrasing two documents share. Two things make that raw
 * share a poor sign of "one is a rewrite of the other":
 *  - names, titles and stock phrases ("US Secretary of State Antony Blinken", "told reporters on
 *    Wednesday", "said in a statement") are shared by any two reports of one event;
 *  - a chain: A rewrites B, and B quotes a paragraph of C; A and C then share nothing, yet
 *    connected components would put all three in one line.
 * So a pair's evidence is its share of phrasing counted without shingles that hold a capitalised
 * word (a name or title) or that are only function words and reporting verbs; and documents are
 * grouped by complete linkage: two groups join only when every pair across them has evidence at
 * or above SAME_LINE_THRESHOLD. Only pairs the raw measure already flags as candidates are
 * re-measured, so the cost stays with relations.ts.
 */
import { isStopword, tokenize } from '../text';
import { SAME_LINE_THRESHOLD } from './relations';
import type { DocumentRelation, ReportingLine } from './types';

/** Words that report speech or sourcing: phrasing built only from them and function words is stock. */
export const REPORTING_WORDS = new Set([
  'said', 'says', 'say', 'told', 'tell', 'reporters', 'reporter', 'added', 'statement', 'according',
  'asked', 'announced', 'confirmed', 'noted', 'news', 'conference', 'briefing', 'spokesman',
  'spokeswoman', 'spokesperson', 'official', 'officials', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'week', 'day', 'days', 'coming', 'later',
]);

const SHINGLE = 3;

/** The 3-word phrases of a document that are evidence of copying: no names, no stock phrasing. */
export function evidenceShingles(paragraphs: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const p of paragraphs) {
    const words = [...p.matchAll(/[A-Za-z0-9][A-Za-z0-9'\u2019-]*/g)].map((m) => m[0]);
    const toks = words.map((w) => ({ low: tokenize(w)[0] ?? w.toLowerCase(), cap: /^[A-Z]/.test(w) }));
    for (let i = 0; i + SHINGLE <= toks.length; i++) {
      const g = toks.slice(i, i + SHINGLE);
      // The first word of a sentence is capitalised too; only a capital inside the phrase marks a name.
      if (g.some((t, k) => t.cap && (k > 0 || i > 0))) continue;
      if (g.every((t) => isStopword(t.low) || REPORTING_WORDS.has(t.low) || /^\d+$/.test(t.low))) continue;
      out.add(g.map((t) => t.low).join(' '));
    }
  }
  return out;
}

/** Containment of two phrase sets: |A ∩ B| / min(|A|, |B|). */
export function evidenceShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return 0;
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n / small.size;
}

export interface LineResult {
  lines: ReportingLine[];
  /** Evidence of each candidate pair, by "a|b" document ids. */
  evidence: Map<string, number>;
}

export function linesFromEvidence(
  ids: readonly string[],
  relations: readonly DocumentRelation[],
  paragraphsOf: (doc: number) => readonly string[],
  threshold = SAME_LINE_THRESHOLD,
): LineResult {
  const index = new Map(ids.map((id, i) => [id, i]));
  const cache = new Map<number, Set<string>>();
  const shingles = (d: number) => {
    let s = cache.get(d);
    if (!s) cache.set(d, (s = evidenceShingles(paragraphsOf(d))));
    return s;
  };
  const evidence = new Map<string, number>();
  const pairs: { a: number; b: number; e: number }[] = [];
  for (const r of relations) {
    if (!r.sameLine) continue;
    const a = index.get(r.a)!;
    const b = index.get(r.b)!;
    const e = evidenceShare(shingles(a), shingles(b));
    evidence.set(`${r.a}|${r.b}`, Math.round(e * 1000) / 1000);
    if (e >= threshold) pairs.push({ a, b, e });
  }
  pairs.sort((x, y) => y.e - x.e || x.a - y.a || x.b - y.b);
  const strong = new Set(pairs.map((p) => `${Math.min(p.a, p.b)}|${Math.max(p.a, p.b)}`));
  const groupOf = ids.map((_, i) => i);
  const members = new Map<number, number[]>(ids.map((_, i) => [i, [i]]));
  for (const p of pairs) {
    const ga = groupOf[p.a]!;
    const gb = groupOf[p.b]!;
    if (ga === gb) continue;
    const A = members.get(ga)!;
    const B = members.get(gb)!;
    if (!A.every((x) => B.every((y) => strong.has(`${Math.min(x, y)}|${Math.max(x, y)}`)))) continue;
    const [keep, drop] = ga < gb ? [ga, gb] : [gb, ga];
    const merged = [...members.get(keep)!, ...members.get(drop)!].sort((x, y) => x - y);
    members.set(keep, merged);
    members.delete(drop);
    for (const x of merged) groupOf[x] = keep;
  }
  const lines = [...members.entries()]
    .sort((x, y) => x[0] - y[0])
    .map(([, docs], k) => ({ id: `l${String(k + 1).padStart(3, '0')}`, documents: docs.map((d) => ids[d]!) }));
  return { lines, evidence };
}
