/**
 * Event signatures: what makes each story recognisable when an article tells it in its own words.
 * Lining sentences up (passage-index.ts) needs a good share of the coverage's wording; a short
 * brief written afresh shares only a few words per sentence, yet it still names the event's
 * people, uses the event's distinctive vocabulary ("written reply", "Security Council"), repeats
 * its figures in the same context ("5,000 … Belarus") and dates it on the right day. The signature
 * of a story is built from the KB alone (no list of seed words): its terms and word pairs weighted
 * by how much more the story uses them than the other stories do, its figures with the words around
 * them, and the weekdays and dates of its timeline.
 */
import type { Kb } from '../kb/types';
import { contentTerms, parseNumbers, splitSentences } from '../text';
import type { ArticleSentence } from './article-text';
import type { TermWeights } from './term-weights';

/**
 * Everyday near-synonyms of news prose, folded to one stem on both sides so that a rewrite using
 * the other word still counts ("soldiers" for "troops", "reply" for "response"). Generic English,
 * nothing about the covered stories.
 */
const SYNONYMS: string[][] = [
  ['troop', 'soldier', 'forc'],
  ['respons', 'repli', 'answer'],
  ['border', 'frontier'],
  ['meet', 'session'],
  ['document', 'paper', 'text', 'letter'],
  ['envoi', 'ambassador'],
  ['talk', 'discuss', 'negoti', 'dialogu'],
  ['evid', 'proof'],
  ['drill', 'exercis'],
  ['invas', 'invad', 'attack'],
];
const CANONICAL = new Map<string, string>();
for (const group of SYNONYMS) for (const s of group) CANONICAL.set(s, group[0]!);
const canon = (t: string): string => CANONICAL.get(t) ?? t;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_RE = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;
/** A weekday in a sentence about plans is not the day the news happened. */
const FUTURE = /\b(will|would|shall|due|scheduled|expected|plans?|planned|next|upcoming|later)\b/i;

/** A term the story uses at least this much more often (per sentence) than all stories together. */
const MIN_SPECIFICITY = 0.5;
/** Smoothing of per-sentence rates, as a share of the average story's sentence count. */
const PRIOR_SHARE = 0.25;
/** Figures below this are counts of anything ("two", "ten"); years are dates, not figures. */
const MIN_FIGURE = 100;

export interface StorySignature {
  story: string;
  /** Distinctive term (canonical stem) → weight: informativeness × specificity to the story. */
  terms: Map<string, number>;
  /** Adjacent content-term pairs ("written respons", "secur council") → weight. */
  pairs: Map<string, number>;
  /** Figures stated in the story, with the informative words of their sentence. */
  figures: { value: number; context: Set<string> }[];
  /** Days of the week on which the story's dated events fell. */
  weekdays: Set<number>;
  dates: Set<string>;
}

export type SignatureIndex = Map<string, StorySignature>;

function isFigure(n: { text: string; value: number }): boolean {
  if (n.value < MIN_FIGURE) return false;
  return !(n.value >= 1900 && n.value <= 2100 && !/,/.test(n.text));
}

function weekdayOf(iso: string): number {
  return new Date(`${iso}T12:00:00Z`).getUTCDay();
}

/**
 * Words that are the other kinds of evidence, kept out of the event vocabulary so nothing counts
 * twice: people's names (the actors' evidence, entity-index.ts), and days and months (the date's).
 * `titles` also holds the words of every entity name and role ("State Department", "foreign
 * minister"): a pair made only of those is a title, not what happened.
 */
export interface NameStems {
  people: Set<string>;
  titles: Set<string>;
}

const CALENDAR = new Set(
  [...WEEKDAYS, 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap((w) => contentTerms(w)),
);

export function nameStems(kb: Kb): NameStems {
  const people = new Set<string>(CALENDAR);
  const titles = new Set<string>();
  for (const e of kb.entities) {
    const forms = [e.name, e.role ?? '', ...e.variants.map((v) => v.form)];
    for (const f of forms) {
      for (const t of contentTerms(f)) {
        titles.add(canon(t));
        if (e.kind === 'person' && f !== e.role) people.add(t);
      }
    }
  }
  return { people, titles };
}

function eventPairs(terms: readonly string[], names: NameStems): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < terms.length; i++) {
    const a = terms[i]!;
    const b = terms[i + 1]!;
    if (!(names.titles.has(a) && names.titles.has(b))) out.push(`${a} ${b}`);
  }
  return out;
}

export function buildSignatures(kb: Kb, w: TermWeights, names: NameStems): SignatureIndex {
  const docs = new Map(kb.documents.map((d) => [d.id, d]));
  // Per story: its sentences as canonical term lists, counted once per sentence.
  const perStory = new Map<string, string[][]>();
  const figures = new Map<string, StorySignature['figures']>();
  for (const story of kb.stories) {
    const list: string[][] = [];
    const figs: StorySignature['figures'] = [];
    for (const ref of story.paragraphs) {
      const para = docs.get(ref.doc)?.paragraphs[ref.paragraph];
      if (!para) continue;
      for (const sentence of splitSentences(para)) {
        const terms = contentTerms(sentence).filter((t) => !names.people.has(t)).map(canon);
        list.push(terms);
        if (/\d/.test(sentence)) {
          const context = new Set(terms.filter((t) => !/\d/.test(t) && w.weight(t) > 0));
          for (const n of parseNumbers(sentence)) if (isFigure(n)) figs.push({ value: n.value, context });
        }
      }
    }
    perStory.set(story.id, list);
    figures.set(story.id, figs);
  }
  // Rates per sentence, so a story told by four reports does not own every word by sheer length;
  // smoothed by a quarter of the average story's size, so a story of a few sentences that recaps
  // another in passing ("the US written responses … open door") does not own that story's words.
  let sentenceTotal = 0;
  for (const list of perStory.values()) sentenceTotal += list.length;
  const prior = (PRIOR_SHARE * sentenceTotal) / Math.max(1, perStory.size);
  const rate = (counts: Map<string, number>, size: number) => new Map([...counts].map(([k, c]) => [k, c / (size + prior)]));
  const termRates = new Map<string, Map<string, number>>();
  const pairRates = new Map<string, Map<string, number>>();
  const termTotal = new Map<string, number>();
  const pairTotal = new Map<string, number>();
  for (const [id, sentences] of perStory) {
    const tc = new Map<string, number>();
    const pc = new Map<string, number>();
    for (const terms of sentences) {
      for (const t of new Set(terms)) tc.set(t, (tc.get(t) ?? 0) + 1);
      for (const p of new Set(eventPairs(terms, names))) pc.set(p, (pc.get(p) ?? 0) + 1);
    }
    const tr = rate(tc, sentences.length);
    const pr = rate(pc, sentences.length);
    termRates.set(id, tr);
    pairRates.set(id, pr);
    for (const [t, r] of tr) termTotal.set(t, (termTotal.get(t) ?? 0) + r);
    for (const [p, r] of pr) pairTotal.set(p, (pairTotal.get(p) ?? 0) + r);
  }
  const info = (t: string) => w.weight(t);
  const out: SignatureIndex = new Map();
  for (const story of kb.stories) {
    const terms = new Map<string, number>();
    for (const [t, r] of termRates.get(story.id) ?? []) {
      const spec = r / termTotal.get(t)!;
      if (spec >= MIN_SPECIFICITY && !/\d/.test(t) && info(t) > 0) terms.set(t, info(t) * spec);
    }
    const pairs = new Map<string, number>();
    for (const [p, r] of pairRates.get(story.id) ?? []) {
      const spec = r / pairTotal.get(p)!;
      const [a = '', b = ''] = p.split(' ');
      if (spec >= MIN_SPECIFICITY && !/\d/.test(p)) pairs.set(p, ((info(a) + info(b)) / 2) * spec);
    }
    const dates = new Set<string>();
    for (const item of kb.timeline) if (item.story === story.id) dates.add(item.date);
    if (dates.size === 0) for (const d of [story.dateStart, story.dateEnd]) if (d) dates.add(d);
    out.set(story.id, { story: story.id, terms, pairs, figures: figures.get(story.id) ?? [], weekdays: new Set([...dates].map(weekdayOf)), dates });
  }
  return out;
}

/** Canonical terms and pairs of an article sentence, computed once per analysis. */
export interface SentenceSignature {
  terms: Set<string>;
  pairs: string[];
  figures: number[];
  /** Weekdays named, and whether the sentence is about a plan rather than something that happened. */
  weekdays: number[];
  future: boolean;
}

export function sentenceSignature(s: ArticleSentence, names: NameStems): SentenceSignature {
  const canonTerms: string[] = [];
  for (const t of s.terms) if (!names.people.has(t)) canonTerms.push(canon(t));
  const figures: number[] = [];
  if (/\d/.test(s.text)) for (const n of s.numbers) if (isFigure(n)) figures.push(n.value);
  const weekdays: number[] = [];
  let future = false;
  if (/day\b/i.test(s.text)) {
    for (const m of s.text.matchAll(WEEKDAY_RE)) {
      weekdays.push(WEEKDAYS.indexOf(m[1]!.toLowerCase()));
      // "is scheduled to speak … on Tuesday": the plan word comes before the day it names.
      if (FUTURE.test(s.text.slice(0, m.index))) future = true;
    }
  }
  return { terms: new Set(canonTerms), pairs: eventPairs(canonTerms, names), figures, weekdays, future };
}

export interface SignatureEvidence {
  /** Weight of the story's distinctive terms the article uses (each counted once). */
  termWeight: number;
  /** termWeight as a share of the weight of all the article's words (words the KB never uses weigh
   *  the most): how much of what the article talks about is this story. */
  focus: number;
  /** Distinct distinctive word pairs the article uses. */
  pairCount: number;
  pairWeight: number;
  /** Figures the article gives in the same context as the story does. */
  figures: number;
  /** Body sentences carrying the story's vocabulary (two distinctive terms, or a distinctive pair). */
  carryingSentences: number;
  /** A weekday or date the article gives for what happened fits the story's timeline. */
  dayFits: boolean;
  /** The article dates what happened only on days the story has no event on. */
  dayConflicts: boolean;
}

const SENTENCE_TERMS = 2;
/** Words a figure must share with the story's sentence giving it: one shared word is chance. */
const FIGURE_CONTEXT = 2;

function sameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(a, b) * 0.01;
}

function sharedContext(context: Set<string>, terms: Set<string>): number {
  let n = 0;
  for (const t of terms) if (context.has(t)) n++;
  return n;
}

/** The weight of everything the article talks about (each word once), for SignatureEvidence.focus. */
export function articleWeight(signatures: readonly SentenceSignature[], w: TermWeights): number {
  const seen = new Set<string>();
  let total = 0;
  for (const ss of signatures) {
    for (const t of ss.terms) {
      if (seen.has(t) || /\d/.test(t)) continue;
      seen.add(t);
      total += w.idf.get(t) ?? w.maxWeight;
    }
  }
  return total;
}

export function signatureEvidence(sig: StorySignature, sentences: readonly ArticleSentence[], signatures: readonly SentenceSignature[], publishedAt: string | null, totalWeight: number): SignatureEvidence {
  const terms = new Set<string>();
  const pairs = new Set<string>();
  let figures = 0;
  let carrying = 0;
  let fits = false;
  let pastDays = 0;
  let pastFits = 0;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const ss = signatures[i]!;
    let here = 0;
    let pairHere = false;
    for (const t of ss.terms) {
      if (sig.terms.has(t)) {
        terms.add(t);
        here++;
      }
    }
    for (const p of ss.pairs) {
      if (sig.pairs.has(p)) {
        pairs.add(p);
        pairHere = true;
      }
    }
    if (s.paragraph >= 0 && (here >= SENTENCE_TERMS || pairHere)) carrying++;
    for (const v of ss.figures) {
      if (sig.figures.some((f) => sameFigure(f.value, v) && sharedContext(f.context, ss.terms) >= FIGURE_CONTEXT)) figures++;
    }
    for (const d of ss.weekdays) {
      const ok = sig.weekdays.has(d);
      if (ok) fits = true;
      if (!ss.future) {
        pastDays++;
        if (ok) pastFits++;
      }
    }
  }
  if (publishedAt && sig.dates.has(publishedAt)) fits = true;
  let termWeight = 0;
  for (const t of terms) termWeight += sig.terms.get(t)!;
  let pairWeight = 0;
  for (const p of pairs) pairWeight += sig.pairs.get(p)!;
  return { termWeight, focus: totalWeight > 0 ? termWeight / totalWeight : 0, pairCount: pairs.size, pairWeight, figures, carryingSentences: carrying, dayFits: fits, dayConflicts: pastDays > 0 && pastFits === 0 };
}
