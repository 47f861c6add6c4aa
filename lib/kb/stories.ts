/**
 * Stories: the distinct events the documents report, found at paragraph level so that one document
 * can report two (a follow-up report that also covers a meeting held the same day).
 *
 * 1. Each document is cut into topical segments where two blocks of paragraphs are far less alike
 *    than each block is inside (see segmentCuts). On the seeds, the report of Russia's written
 *    follow-up that goes on to the UN Security Council meeting scores 0.58 at its true cut; the
 *    best cut of every single-story seed scores 0.67 or more; SPLIT_RATIO sits between.
 * 2. Segments of different documents are joined when their vocabulary is similar (cosine ≥
 *    STORY_SIMILARITY, or ≥ STORY_SIMILARITY_WITH_FACT when they share a fact) or they share at
 *    least two facts, unless both are dated and no event date of one is within STORY_DATE_GAP days
 *    of an event date of the other (then they are different events told in similar words: a written
 *    reply and the written follow-up five days later), or their documents were published more than
 *    STORY_PUBLISHED_GAP days apart.
 */
import { daysBetween } from './dates';
import { alignPairs, cosine, tfidfVectors } from './align';
import type { Corpus } from './corpus';
import { actionsIn, type ActionId } from '../event/actions';
import { foldText } from '../event/fold';
import { UnionFind } from './union-find';
import { DECISION } from '../event/decision';

export const SPLIT_RATIO = 0.62;
/** Looser bound for a cut where the event model reads two different acts on either side. */
export const EVENT_SPLIT_RATIO = 0.8;
export const MIN_SEGMENT = 4;
/** Longer documents (a paragraph per line of a data dump, say) are kept as one segment. */
export const MAX_SEGMENTED_PARAGRAPHS = 400;
export const STORY_SIMILARITY = 0.3;
/** Lower bar for two segments that already share a fact. */
export const STORY_SIMILARITY_WITH_FACT = 0.2;
export const STORY_DATE_GAP = 2;
/** Segments of documents published more than this many days apart are not one event's coverage. */
export const STORY_PUBLISHED_GAP = 30;
/** A day with more segments than this is a data dump, not one day's coverage: no event joins there. */
export const MAX_EVENT_BUCKET = 200;
/** Facts spread over more segments than this do not link segments into a story. */
export const MAX_FACT_SEGMENTS = 24;

export interface StoryInput {
  /** Per document, per paragraph: the paragraph's terms. */
  paragraphTerms: string[][][];
  sentenceDate: (sentence: number) => string | null;
  /** A document's trustworthy date, or null. */
  published: (doc: number) => string | null;
  /** Facts as lists of sentence ids. */
  facts: number[][];
}

export interface StoryDraft {
  paragraphs: { doc: number; paragraph: number }[];
  terms: string[];
  /** Normalised term weights of the story's paragraphs together. */
  centroid: Map<string, number>;
}

export interface StoryResult {
  stories: StoryDraft[];
  /** storyOfParagraph[doc][paragraph] = index into stories. */
  storyOfParagraph: number[][];
}

function sumVectors(vs: readonly ReadonlyMap<string, number>[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const v of vs) for (const [t, w] of v) out.set(t, (out.get(t) ?? 0) + w);
  let norm = 0;
  for (const w of out.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of out) out.set(t, w / norm);
  return out;
}

/**
 * Cut points of one document: the cut that best separates two cohesive blocks of paragraphs, when
 * the blocks are much less alike than each is inside (mean cross-block cosine below SPLIT_RATIO
 * times the mean within-block cosine), applied again inside each block. Blocks have at least
 * MIN_SEGMENT paragraphs, so a quote or an aside never becomes a story.
 */
export function segmentCuts(vectors: readonly ReadonlyMap<string, number>[], actionsOf?: (from: number, to: number) => Set<ActionId>): number[] {
  const n = vectors.length;
  if (n < 2 * MIN_SEGMENT || n > MAX_SEGMENTED_PARAGRAPHS) return [];
  const sim = similarityMatrix(vectors);
  const cuts = cutsIn(sim, 0, n);
  // Where the wording finds no cut, the event model may still read two acts (one matrix for both).
  return cuts.length > 0 || !actionsOf ? cuts : eventCut(sim, actionsOf);
}

/** Cosine of every pair of paragraphs (symmetric, zero diagonal). */
function similarityMatrix(vectors: readonly ReadonlyMap<string, number>[]): Float64Array[] {
  const n = vectors.length;
  const sim: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(n);
    for (let j = 0; j < n; j++) if (i !== j) row[j] = j < i ? sim[j]![i]! : cosine(vectors[i]!, vectors[j]!);
    sim.push(row);
  }
  return sim;
}

/** Best cut of [from, to) and, recursively, of its two sides; O(length²) per level. */
function cutsIn(sim: readonly Float64Array[], from: number, to: number): number[] {
  const best = bestCut(sim, from, to);
  if (!best || best.ratio >= SPLIT_RATIO) return [];
  const cut = from + best.cut;
  return [...cutsIn(sim, from, cut), cut, ...cutsIn(sim, cut, to)];
}

/** The cut of [from, to) whose two blocks are least alike relative to their insides (cut offset from `from`). */
function bestCut(sim: readonly Float64Array[], from: number, to: number, allowed: (cut: number) => boolean = () => true): { cut: number; ratio: number } | null {
  const n = to - from;
  if (n < 2 * MIN_SEGMENT) return null;
  // left[c] = sum of similarities of pairs inside [from, from+c); right[c] = inside [from+c, to).
  const left = new Float64Array(n + 1);
  for (let c = 1; c <= n; c++) {
    let add = 0;
    for (let i = from; i < from + c - 1; i++) add += sim[i]![from + c - 1]!;
    left[c] = left[c - 1]! + add;
  }
  const right = new Float64Array(n + 1);
  for (let c = n - 1; c >= 0; c--) {
    let add = 0;
    for (let j = from + c + 1; j < to; j++) add += sim[from + c]![j]!;
    right[c] = right[c + 1]! + add;
  }
  const total = left[n]!;
  let best: { cut: number; ratio: number } | null = null;
  for (let c = MIN_SEGMENT; c <= n - MIN_SEGMENT; c++) {
    const w = left[c]! + right[c]!;
    const wn = (c * (c - 1)) / 2 + ((n - c) * (n - c - 1)) / 2;
    const x = total - w;
    const xn = c * (n - c);
    const within = w / wn;
    const ratio = within > 0 ? x / xn / within : 1;
    if ((!best || ratio < best.ratio) && allowed(c)) best = { cut: c, ratio };
  }
  return best;
}

/**
 * The event cut of a document the vocabulary did not cut: the best cut among those where the event
 * model reads two different acts on the two sides (a reply received, then a Security Council
 * meeting), when its blocks are still clearly apart in wording (ratio under EVENT_SPLIT_RATIO).
 */
function eventCut(sim: readonly Float64Array[], actionsOf: (from: number, to: number) => Set<ActionId>): number[] {
  const n = sim.length;
  const otherActs = (c: number) => {
    const a = actionsOf(0, c);
    const b = actionsOf(c, n);
    return a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));
  };
  const best = bestCut(sim, 0, n, otherActs);
  return best && best.ratio < EVENT_SPLIT_RATIO ? [best.cut] : [];
}

export function buildStories(corpus: Corpus, input: StoryInput): StoryResult {
  const flat: string[][] = [];
  const offsets: number[] = [];
  for (const doc of input.paragraphTerms) {
    offsets.push(flat.length);
    for (const p of doc) flat.push(p);
  }
  const tv = tfidfVectors(flat);
  const pv = (doc: number, p: number) => tv.vectors[offsets[doc]! + p]!;

  // 1. Segments.
  type Segment = { doc: number; from: number; to: number; vector: Map<string, number>; dates: Set<string>; actions: Set<ActionId>; actionWeights: Map<ActionId, number> };
  const segments: Segment[] = [];
  for (const d of corpus.docs) {
    const n = d.paragraphSentences.length;
    const vs = Array.from({ length: n }, (_, p) => pv(d.index, p));
    const cuts = segmentCuts(vs, (from, to) => segmentEvent(corpus, input, d.index, from, to, false).actions);
    const bounds = [0, ...cuts, n];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const from = bounds[k]!;
      const to = bounds[k + 1]!;
      const { days, actions, weights } = segmentEvent(corpus, input, d.index, from, to, k === 0);
      segments.push({ doc: d.index, from, to, vector: sumVectors(vs.slice(from, to)), dates: days, actions, actionWeights: weights });
    }
  }

  // 2. Join segments across documents.
  const segOfParagraph = corpus.docs.map((d) => new Array<number>(d.paragraphSentences.length).fill(0));
  segments.forEach((s, i) => {
    for (let p = s.from; p < s.to; p++) segOfParagraph[s.doc]![p] = i;
  });
  const segOfSentence = (k: number) => {
    const s = corpus.sentences[k]!;
    return segOfParagraph[s.doc]![s.paragraph]!;
  };
  const sharedFacts = new Map<string, number>();
  for (const f of input.facts) {
    const segs = [...new Set(f.map(segOfSentence))].sort((a, b) => a - b);
    // A "fact" told in very many segments is a stock phrase, not evidence of one event.
    if (segs.length > MAX_FACT_SEGMENTS) continue;
    for (let i = 0; i < segs.length; i++) for (let j = i + 1; j < segs.length; j++) {
      const key = `${segs[i]}|${segs[j]}`;
      sharedFacts.set(key, (sharedFacts.get(key) ?? 0) + 1);
    }
  }
  // Candidates: similar segments (through the same inverted-index search as sentences) and segments
  // that share facts.
  const candidates: { a: number; b: number; sim: number }[] = [];
  const similar = alignPairs({ vectors: segments.map((x) => x.vector), idf: new Map() }, segments.map((x) => x.doc), STORY_SIMILARITY_WITH_FACT);
  const seen = new Set<string>();
  for (const p of similar) {
    const key = `${p.a}|${p.b}`;
    const facts = sharedFacts.get(key) ?? 0;
    if (p.sim < STORY_SIMILARITY && facts < 1) continue;
    seen.add(key);
    candidates.push({ a: p.a, b: p.b, sim: p.sim + facts });
  }
  for (const [key, facts] of sharedFacts) {
    if (facts < 2 || seen.has(key)) continue;
    const [a, b] = key.split('|').map(Number) as [number, number];
    if (segments[a]!.doc === segments[b]!.doc) continue;
    candidates.push({ a, b, sim: cosine(segments[a]!.vector, segments[b]!.vector) + facts });
  }
  // Reports of one event in different words: the same main day, the same main act and a person in
  // common join even when their vocabulary is far apart (a two-paragraph wire brief and a long
  // report). Compared within day buckets only, so the cost follows the day's coverage, not the KB.
  const byDay = new Map<string, number[]>();
  segments.forEach((seg, i) => {
    if (seg.actions.size === 0) return;
    for (const day of seg.dates) {
      const list = byDay.get(day) ?? [];
      list.push(i);
      byDay.set(day, list);
    }
  });
  const people = segments.map((seg) => new Set([...seg.vector.keys()].filter((t) => t.startsWith('@') && t.length > 1)));
  // Days within STORY_DATE_GAP of each other are one event's coverage as far as the day goes (a
  // reaction the next day), as in the clash test below.
  const dayKeys = [...byDay.keys()].sort();
  const pairsOfDays: [number[], number[]][] = [];
  for (let x = 0; x < dayKeys.length; x++) {
    const own = byDay.get(dayKeys[x]!)!;
    if (own.length > MAX_EVENT_BUCKET) continue;
    pairsOfDays.push([own, own]);
    for (let y = x + 1; y < dayKeys.length && daysBetween(dayKeys[x]!, dayKeys[y]!) <= STORY_DATE_GAP; y++) {
      const other = byDay.get(dayKeys[y]!)!;
      if (other.length <= MAX_EVENT_BUCKET) pairsOfDays.push([own, other]);
    }
  }
  for (const [listA, listB] of pairsOfDays) {
    for (let i = 0; i < listA.length; i++) for (let j = listA === listB ? i + 1 : 0; j < listB.length; j++) {
      const a = Math.min(listA[i]!, listB[j]!);
      const b = Math.max(listA[i]!, listB[j]!);
      if (a === b) continue;
      const key = `${a}|${b}`;
      if (segments[a]!.doc === segments[b]!.doc || seen.has(key)) continue;
      if (!actsCompatible(segments[a]!.actionWeights, segments[b]!.actionWeights)) continue;
      if (![...people[a]!].some((x) => people[b]!.has(x))) continue;
      seen.add(key);
      candidates.push({ a, b, sim: cosine(segments[a]!.vector, segments[b]!.vector) });
    }
  }
  candidates.sort((x, y) => y.sim - x.sim || x.a - y.a || x.b - y.b);
  const sets = new UnionFind(segments.length);
  // Per cluster: how many of its segments give each day and each action. A cluster's event is its
  // most given day and its main actions, not everything its members mention, so one report that
  // recalls an earlier event cannot chain two events into one story.
  const dayCounts = segments.map((s) => new Map([...s.dates].map((d) => [d, 1])));
  const actCounts = segments.map((s) => new Map(s.actionWeights));
  const pub = segments.map((s) => {
    const d = input.published(s.doc);
    return new Set(d ? [d] : []);
  });
  const find = (i: number) => sets.find(i);
  for (const c of candidates) {
    const a = find(c.a);
    const b = find(c.b);
    if (a === b) continue;
    // Different events: the clusters' main days are more than STORY_DATE_GAP apart; or they report
    // different kinds of act (a phone call and a Security Council meeting on the same Monday); or
    // their documents were published far apart.
    const dayA = mainKeys(dayCounts[a]!, 1);
    const dayB = mainKeys(dayCounts[b]!, 1);
    const apart = dayA.length > 0 && dayB.length > 0 && !dayA.some((u) => dayB.some((v) => Math.abs(daysBetween(u, v)) <= STORY_DATE_GAP));
    const otherAct = !actsCompatible(actCounts[a]!, actCounts[b]!);
    const clash = apart || otherAct || [...pub[a]!].some((x) => [...pub[b]!].some((y) => Math.abs(daysBetween(x, y)) > STORY_PUBLISHED_GAP));
    if (clash) continue;
    const { root, child } = sets.union(a, b)!;
    for (const [k, v] of dayCounts[child]!) dayCounts[root]!.set(k, (dayCounts[root]!.get(k) ?? 0) + v);
    for (const [k, v] of actCounts[child]!) actCounts[root]!.set(k, (actCounts[root]!.get(k) ?? 0) + v);
    for (const x of pub[child]!) pub[root]!.add(x);
  }

  // 3. Stories in order of their first paragraph.
  const roots = new Map<number, number>();
  const stories: StoryDraft[] = [];
  const storyOfParagraph = corpus.docs.map((d) => new Array<number>(d.paragraphSentences.length).fill(0));
  const members = new Map<number, number[]>();
  segments.forEach((_, i) => {
    const r = find(i);
    const m = members.get(r) ?? [];
    m.push(i);
    members.set(r, m);
  });
  for (const i of segments.map((_, k) => k)) {
    const r = find(i);
    if (roots.has(r)) continue;
    roots.set(r, stories.length);
    const segs = members.get(r)!;
    const paragraphs: { doc: number; paragraph: number }[] = [];
    for (const si of segs) for (let p = segments[si]!.from; p < segments[si]!.to; p++) paragraphs.push({ doc: segments[si]!.doc, paragraph: p });
    paragraphs.sort((a, b) => a.doc - b.doc || a.paragraph - b.paragraph);
    const centroid = sumVectors(segs.map((si) => segments[si]!.vector));
    const terms = [...centroid.entries()]
      .filter(([t]) => !t.startsWith('@') && !/^\d/.test(t) && t.length > 2)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 12)
      .map(([t]) => t);
    stories.push({ paragraphs, terms, centroid });
  }
  segments.forEach((s, i) => {
    for (let p = s.from; p < s.to; p++) storyOfParagraph[s.doc]![p] = roots.get(find(i))!;
  });
  return { stories, storyOfParagraph };
}

/** Paragraphs at the start of a segment that say what it reports (a report's lead). */
const LEAD_PARAGRAPHS = 2;
/** Actions stated at least this share as often as the segment's most stated one are what it reports. */
const MAIN_ACTION_SHARE = 0.5;
/** A cluster covers another's act when it states it at least this share as often as its own main one. */
const ACT_COVERED_SHARE = 0.25;

/**
 * What a segment reports, as the event model reads it: the days its lead gives for what happened
 * (plans included: an announcement of Tuesday's call is that call's coverage) but not the ones it
 * recalls, else its document's trusted date, else (undated) any recent day it gives; and its main
 * actions (lead sentences count double).
 */
function segmentEvent(corpus: Corpus, input: StoryInput, doc: number, from: number, to: number, first: boolean): { days: Set<string>; actions: Set<ActionId>; weights: Map<ActionId, number> } {
  const d = corpus.docs[doc]!;
  const lead = new Set<string>();
  const any = new Set<string>();
  const counts = new Map<ActionId, number>();
  const count = (text: string, w: number) => {
    for (const a of actionsIn(foldText(text), 'en')) counts.set(a, (counts.get(a) ?? 0) + w);
  };
  if (first && d.parsed.title) count(d.parsed.title, 2);
  for (let p = from; p < to; p++) {
    const inLead = p < from + LEAD_PARAGRAPHS;
    for (const sid of d.paragraphSentences[p]!) {
      const text = corpus.sentences[sid]!.text;
      count(text, inLead ? 2 : 1);
      const dt = input.sentenceDate(sid);
      if (!dt) continue;
      any.add(dt);
      if (inLead) lead.add(dt);
    }
  }
  // The news is dated by the lead; a lead day long before the report's own date (or, undated, before
  // the lead's latest day) is what it recalls. Without a lead date, a dated report's news is of its
  // own date, not of a day its body recalls; only an undated report falls back on its body's days.
  const pub = input.published(doc);
  const leadDays = recent(lead, pub);
  const days = leadDays.size ? leadDays : pub ? new Set([pub]) : recent(any);
  let top = 0;
  for (const v of counts.values()) top = Math.max(top, v);
  const actions = new Set<ActionId>();
  const weights = new Map<ActionId, number>();
  for (const [a, v] of counts) {
    if (v >= top * MAIN_ACTION_SHARE) actions.add(a);
    weights.set(a, v / top);
  }
  return { days, actions, weights };
}

/** The days of a set within the event model's far window (DECISION.window.farDays) of the latest of
 *  them and the report's own date: older ones are what a report recalls ("the proposals Moscow
 *  made on December 17"), not what it reports. */
function recent(days: Set<string>, published: string | null = null): Set<string> {
  if (days.size === 0) return days;
  const latest = [...days, ...(published ? [published] : [])].sort().at(-1)!;
  return new Set([...days].filter((d) => daysBetween(d, latest) <= DECISION.window.farDays));
}

/**
 * Two reports (or clusters) can be one event's coverage when either states no act, they share a
 * main act, or one also covers the other's main act substantially (a reply received "ahead of a
 * planned phone call" and the call's announcement). Weights: how much each act is stated, per
 * segment relative to its most stated act, summed over a cluster's segments.
 */
function actsCompatible(a: ReadonlyMap<ActionId, number>, b: ReadonlyMap<ActionId, number>): boolean {
  const mainA = mainKeys(a, MAIN_ACTION_SHARE);
  const mainB = mainKeys(b, MAIN_ACTION_SHARE);
  if (mainA.length === 0 || mainB.length === 0 || mainA.some((x) => mainB.includes(x))) return true;
  const covers = (counts: ReadonlyMap<ActionId, number>, acts: ActionId[]) => {
    let top = 0;
    for (const v of counts.values()) top = Math.max(top, v);
    return acts.some((x) => (counts.get(x) ?? 0) >= top * ACT_COVERED_SHARE);
  };
  return covers(a, mainB) || covers(b, mainA);
}

/** The keys given at least `share` times as often as the most given one (ties all kept), sorted. */
function mainKeys<K extends string>(counts: ReadonlyMap<K, number>, share: number): K[] {
  let top = 0;
  for (const v of counts.values()) top = Math.max(top, v);
  if (top === 0) return [];
  const out: K[] = [];
  for (const [k, v] of counts) if (v >= top * share) out.push(k);
  return out.sort();
}
