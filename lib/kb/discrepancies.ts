/**
 * Where sources disagree, as a reader means it: details that differ inside one claim (an office, a
 * manner, a listed item: claim-differences.ts), figures and dates that differ between the sources
 * of one fact, quotes whose versions differ in a checkable word (a name, a figure, a negation), and
 * document dates that the content contradicts.
 *
 * Not here: garbled spellings of a name (a machine rewrite's noise, shown once per source as a
 * quality note in `documents[].quality.garbledNames`, and folded to the right name before any
 * comparison), and translated quotes that are worded differently throughout but say the same.
 * Subjects are reader-facing text: they never carry an internal id.
 */
import type { Corpus } from './corpus';
import type { DateCheck } from './document-dates';
import { claimDifferences } from './claim-differences';
import { countsIn } from './facts';
import { DEMONYMS } from './gazetteer';
import { shortTitle } from './titles';
import type { Discrepancy, Entity, Fact, Quote, Story } from './types';

export interface DiscrepancyInput {
  ids: readonly string[];
  corpus: Corpus;
  entities: readonly Entity[];
  stories: readonly Story[];
  quotes: readonly Quote[];
  facts: readonly Fact[];
  /** Sentence ids of each fact, in the order of `facts`. */
  factSentences: readonly (readonly number[])[];
  sentenceDate: (sentence: number) => string | null;
  documentDates: ReadonlyMap<number, DateCheck>;
  /** Story of a document's first paragraph. */
  openingStory: (doc: number) => string | null;
  /** Sentence id of each fact's representative source, in the order of `facts`. */
  factReps: readonly number[];
}

/** A quote version shorter than this share of another is an excerpt of it, not a rival wording. */
export const EXCERPT_SHARE = 0.6;

/** Words whose presence in one version of a quote and absence in another change what it says. */
const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nothing', "n't", 'cannot', 'nor', 'without']);

export function buildDiscrepancies(input: DiscrepancyInput): Discrepancy[] {
  const { ids, corpus, entities, stories, quotes, facts, factSentences, sentenceDate, documentDates, openingStory } = input;
  const discrepancies: Omit<Discrepancy, 'id'>[] = [];
  const names = nameIndex(entities);
  const entityName = (id: string) => entities.find((e) => e.id === id)?.name ?? null;
  quotes.forEach((q) => {
    if (q.variants.length < 2 || !substantiveQuoteDifference(q.variants.map((v) => v.text), names)) return;
    discrepancies.push({
      story: q.story,
      kind: 'quote',
      subject: `Wording of a quote${q.speaker && entityName(q.speaker) ? ` by ${entityName(q.speaker)}` : ''}`,
      variants: q.variants.map((v) => ({ value: v.text, documents: v.documents })),
      fact: null,
      entity: q.speaker,
    });
  });
  facts.forEach((f, k) => {
    // Figures and dates that differ between the sources of one fact.
    const sents = factSentences[k]!.map((x) => corpus.sentences[x]!);
    if (sents.length > 1) {
      const reference = Math.max(0, sents.findIndex((s) => s.id === input.factReps[k]));
      const claim = sents.map((s) => ({ doc: ids[s.doc]!, text: s.folded, quotes: s.quotes }));
      for (const d of claimDifferences(claim, reference, (name) => names(name))) {
        const what = d.aspect === 'manner' ? 'Manner' : d.aspect === 'list' ? 'Listed item' : 'Name';
        discrepancies.push({ story: f.story, kind: 'detail', subject: `${what} in: ${shortTitle(withoutValues(f.text, d.variants.map((v) => v.value)))}`, variants: d.variants, fact: f.id, entity: null });
      }
    }
    if (f.kind !== 'number' && sents.length > 1) {
      const values = new Map<string, Set<string>>();
      for (const s of sents) for (const { n } of countsIn(s)) {
        const set = values.get(String(n.value)) ?? new Set<string>();
        set.add(ids[s.doc]!);
        values.set(String(n.value), set);
      }
      const withNumbers = new Set([...values.values()].flatMap((v) => [...v]));
      if (values.size > 1 && withNumbers.size > 1) {
        discrepancies.push({
          story: f.story,
          kind: 'number',
          subject: `Figure in: ${shortTitle(f.text)}`,
          variants: [...values.entries()].map(([v, d]) => ({ value: v, documents: [...d].sort() })),
          fact: f.id,
          entity: null,
        });
      }
    }
    const dates = new Map<string, Set<string>>();
    for (const s of sents) {
      const d = sentenceDate(s.id);
      if (!d) continue;
      const set = dates.get(d) ?? new Set<string>();
      set.add(ids[s.doc]!);
      dates.set(d, set);
    }
    if (dates.size > 1) {
      discrepancies.push({
        story: f.story,
        kind: 'date',
        subject: `Date of: ${shortTitle(f.text)}`,
        variants: [...dates.entries()].sort().map(([v, d]) => ({ value: v, documents: [...d].sort() })),
        fact: f.id,
        entity: null,
      });
    }
  });
  for (let doc = 0; doc < corpus.docs.length; doc++) {
    const chk = documentDates.get(doc);
    if (!chk?.inconsistent) continue;
    const storyHere = openingStory(doc);
    // Named by its outlet when it has one; its title may carry a garbled name, and its id means nothing to a reader.
    const outlet = corpus.docs[doc]!.parsed.outlet;
    discrepancies.push({
      story: storyHere,
      kind: 'document-date',
      subject: outlet ? `Publication date of the ${outlet} report` : 'Publication date of one report',
      variants: [
        { value: corpus.docs[doc]!.parsed.date!, documents: [ids[doc]!] },
        { value: chk.consensus!, documents: chk.neighbours.map((x) => ids[x]!).sort() },
      ],
      fact: null,
      entity: null,
    });
  }

  return discrepancies.map((x, k) => ({ id: `x${String(k + 1).padStart(3, '0')}`, ...x }));
}

/**
 * Which entity a capitalised name stands for, by the forms each entity was seen in (garbled
 * spellings included, so "Blingen" is Antony Blinken): the exact form, else the longest form the
 * name contains as whole words ("Russian Foreign Ministry" holds "Foreign Ministry").
 */
export type NameLookup = (name: string, exact?: boolean) => { id: string; place: boolean } | null;

export function nameIndex(entities: readonly Entity[]): NameLookup {
  const byForm = new Map<string, Entity>();
  for (const e of entities) for (const v of e.variants) if (!byForm.has(v.form.toLowerCase())) byForm.set(v.form.toLowerCase(), e);
  for (const e of entities) if (!byForm.has(e.name.toLowerCase())) byForm.set(e.name.toLowerCase(), e);
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return (name, exact = false) => {
    const key = name.toLowerCase().replace(/^the\s+/, '');
    let e = byForm.get(key);
    if (!e && !exact) {
      const f = forms.find((x) => new RegExp(`(?:^|\\s)${x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|\\s)`).test(key));
      e = f ? byForm.get(f) : undefined;
    }
    return e ? { id: e.id, place: e.kind === 'place' } : null;
  };
}

/**
 * Versions of one quote differ in substance when one has a figure, a negation or a name (as an
 * entity: a garbled spelling is the same person) that another lacks. Otherwise they are
 * translations or rewrites of one statement, kept as the quote's variants and not listed as a
 * disagreement.
 */
export function substantiveQuoteDifference(texts: readonly string[], names: NameLookup): boolean {
  const keys = texts.map((t) => {
    const out = new Set<string>();
    for (const m of t.matchAll(/\d[\d,.]*/g)) out.add(`#${m[0].replace(/[,.]$/, '')}`);
    for (const m of t.toLowerCase().matchAll(/[a-z']+/g)) if (NEGATIONS.has(m[0]) || m[0].endsWith("n't")) out.add('!not');
    // Names as entities (a garbled spelling is its person); a nationality adjective is its country.
    const folded = t.replace(/[\u2018\u2019]/g, "'");
    for (const m of folded.matchAll(/(?<![A-Za-z'-])[A-Z][A-Za-z'-]*(?:\s+(?:[A-Z]\.|[A-Z][A-Za-z'-]*))*/g)) {
      for (const part of splitRun(m[0].replace(/'s\b/g, ''), names)) out.add(`@${part}`);
    }
    return out;
  });
  // A version that quotes only a piece of the statement ("a … path ahead") lacks its other words by
  // being short, not by disagreeing: it is compared only with versions of about its own length.
  const lengths = texts.map((t) => t.split(/\s+/).filter(Boolean).length);
  const all = new Set(keys.flatMap((k) => [...k]));
  return [...all].some((k) => {
    const shortestWith = Math.min(...keys.map((set, i) => (set.has(k) ? lengths[i]! : Infinity)));
    return keys.some((set, i) => !set.has(k) && lengths[i]! >= EXCERPT_SHARE * shortestWith);
  });
}

/**
 * The entities a run of capitalised words names: the longest leading stretch that is an entity,
 * then the rest ("Russian Deputy Foreign Minister Alexander V. Grushko" → Russia, Grushko).
 */
function splitRun(run: string, names: NameLookup): string[] {
  const words = run.split(/\s+/).map((w) => DEMONYMS[w] ?? w);
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    let found = 0;
    for (let j = words.length; j > i; j--) {
      const e = names(words.slice(i, j).join(' '), true);
      if (e) {
        out.push(e.id);
        found = j - i;
        break;
      }
    }
    i += found || 1;
  }
  return out;
}

/**
 * The claim's text with each disputed value left out ("The answer was delivered … by the US
 * ambassador"): the subject names the claim without taking one source's side.
 */
export function withoutValues(text: string, values: readonly string[]): string {
  let out = text;
  for (const v of [...values].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
    out = out.replace(re, '…');
  }
  // A value that opened the text ("State Department spokesman Ned Price …") leaves no mark there.
  out = out.replace(/…(?:\s*…)+/g, '…').replace(/^…\s*/, '');
  return out ? out[0]!.toUpperCase() + out.slice(1) : out;
}
