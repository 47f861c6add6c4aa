/**
 * Stage 6, the cleanest source and reader-facing wording, shared by claims, story titles and
 * quotes. `sourceChooser` builds, once, what the choice needs (in how many documents each word
 * occurs); `cleanest` picks a representative telling; `readAlone` makes a sentence read without the
 * one before it. The sources keep their own words.
 */
import { cosine } from '../align';
import type { Corpus, Sentence } from '../corpus';
import { standalone, dependsOnContext, type LeadingSubject } from '../wording';
import type { AlignmentStage } from './alignment';
import { dateInconsistent, type DatesStage } from './dates';
import { canonicalName, hasGarble, personOf, type EntitiesStage } from './entities';

/**
 * Role nouns that stand for other titles: news calls a foreign minister or a secretary of state
 * "the top diplomat".
 */
export const ROLE_EQUIVALENTS: Readonly<Record<string, readonly string[]>> = {
  diplomat: ['secretary of state', 'foreign minister', 'foreign secretary'],
};

/** The person among `among` named as a speaker last before sentence `s` in its document, or null. */
function lastSpeakerBefore(ctx: SourceContext, s: Sentence, among: ReadonlySet<number>): number | null {
  for (let k = s.id - 1; k >= 0 && ctx.corpus.sentences[k]!.doc === s.doc; k--) {
    for (const m of [...ctx.entities.mentionsBySentence[k]!].reverse()) {
      const i = personOf(ctx.entities, m);
      if (i !== undefined && m.speaker && among.has(i)) return i;
    }
  }
  return null;
}

/** How far back (in sentences) a leading "he"/"the secretary" looks for the person it stands for. */
export const ANTECEDENT_SENTENCES = 3;

export interface SourceContext {
  corpus: Corpus;
  entities: EntitiesStage;
  alignment: AlignmentStage;
  dates: DatesStage;
  /** Number of documents each (name-free) term occurs in. */
  docsWithTerm: Map<string, number>;
}

export function sourceContext(corpus: Corpus, entities: EntitiesStage, alignment: AlignmentStage, dates: DatesStage): SourceContext {
  const docsWithTerm = new Map<string, number>();
  corpus.docs.forEach((d) => {
    const seen = new Set<string>();
    for (const sids of d.paragraphSentences) for (const k of sids) for (const t of entities.noNameTerms[k]!) seen.add(t);
    for (const t of seen) docsWithTerm.set(t, (docsWithTerm.get(t) ?? 0) + 1);
  });
  return { corpus, entities, alignment, dates, docsWithTerm };
}

/**
 * The plainest wording: the share of a sentence's words that other documents use too (machine
 * rewrites pick odd synonyms such as "plenty greater than" for "more than").
 */
export function plainness(ctx: SourceContext, s: Sentence): number {
  const terms = ctx.entities.noNameTerms[s.id]!.filter((t) => !/^\d/.test(t));
  return terms.length ? terms.filter((t) => (ctx.docsWithTerm.get(t) ?? 0) >= 2).length / terms.length : 0;
}

/** A sentence no reader should be shown first: from a document with a doubtful date, or with a garbled name. */
export function sentenceFlawed(ctx: SourceContext, s: Sentence): boolean {
  return dateInconsistent(ctx.dates, s.doc) || hasGarble(ctx.entities, s);
}

function sourceRank(ctx: SourceContext, s: Sentence, centroid: Map<string, number> | null): number[] {
  const centrality = centroid ? cosine(ctx.alignment.factVectors.vectors[s.id]!, centroid) : 0;
  return [
    dateInconsistent(ctx.dates, s.doc) ? 1 : 0,
    hasGarble(ctx.entities, s) ? 1 : 0,
    ctx.entities.garbledInDoc.get(s.doc)?.length ?? 0,
    // A sentence that names its own subject (or whose "he" the sentence before explains) reads
    // alone; "And they added…" with no clear antecedent needs the sentence before it.
    dependsOnContext(readAlone(ctx, s, s.text)) ? 1 : 0,
    -Math.round(centrality * 100),
    -Math.round(plainness(ctx, s) * 100),
    s.doc,
    s.id,
  ];
}

/**
 * The cleanest source of a claim: not from a document with an impossible date, no garbled name in
 * the sentence, then the document with the fewest garbled names, then a sentence that reads alone,
 * then the telling closest to all the others (the most typical wording), then the plainest
 * wording, then document order.
 */
export function cleanest(ctx: SourceContext, list: readonly Sentence[]): Sentence {
  // Centrality: cosine with the sum of all the tellings (linear in their number).
  let centroid: Map<string, number> | null = null;
  if (list.length > 1) {
    centroid = new Map();
    for (const s of list) for (const [t, w] of ctx.alignment.factVectors.vectors[s.id]!) centroid.set(t, (centroid.get(t) ?? 0) + w);
  }
  return [...list]
    .map((s) => ({ s, r: sourceRank(ctx, s, centroid) }))
    .sort((a, b) => {
      for (let k = 0; k < a.r.length; k++) if (a.r[k] !== b.r[k]) return a.r[k]! - b.r[k]!;
      return 0;
    })[0]!.s;
}

/**
 * A representative sentence made to read alone: "And he added that…" → "Antony Blinken added
 * that…". The pronoun or role phrase is replaced only when the sentence before it (same paragraph,
 * else the end of the previous one) names exactly one person who fits.
 */
export function readAlone(ctx: SourceContext, s: Sentence, text: string): string {
  return standalone(text, (subject) => {
    const person = personForSubject(ctx, s, subject);
    return person === null ? null : canonicalName(ctx.entities, person);
  });
}

/**
 * The person (draft index) a pronoun or role phrase of sentence `s` stands for: the one person the
 * nearest earlier sentence names (a speaker among several wins; a role noun must fit), else for a
 * role phrase the document's only person with that title; null when that is not unambiguous.
 */
export function personForSubject(ctx: SourceContext, s: Sentence, subject: LeadingSubject): number | null {
  const { corpus, entities } = ctx;
  // The nearest earlier sentence of the document that names someone outside quotation marks
  // (a quotation split into sentences names no one), at most a few sentences back.
  let people = new Map<number, boolean>();
  for (let k = s.id - 1, steps = 0; k >= 0 && steps < ANTECEDENT_SENTENCES; k--, steps++) {
    const prev = corpus.sentences[k]!;
    if (prev.doc !== s.doc) break;
    for (const m of entities.mentionsBySentence[prev.id]!) {
      const i = personOf(entities, m);
      if (i !== undefined && !m.quoted) people.set(i, (people.get(i) ?? false) || m.speaker);
    }
    if (people.size) break;
  }
  let candidates = [...people.keys()];
  const speakers = candidates.filter((i) => people.get(i));
  if (speakers.length === 1) candidates = speakers;
  const fits = (i: number) =>
    [...entities.resolution.drafts[i]!.roles.keys()].some((r) => [subject.noun!, ...(ROLE_EQUIVALENTS[subject.noun!] ?? [])].some((n) => r.toLowerCase().includes(n)));
  if (subject.noun && candidates.length > 1) candidates = candidates.filter(fits);
  // "The secretary" with no one named just before: the only person of the document with that title.
  if (subject.noun && candidates.length === 0) {
    people = new Map();
    for (const k of corpus.docs[s.doc]!.paragraphSentences.flat()) {
      for (const m of entities.mentionsBySentence[k]!) {
        const i = personOf(entities, m);
        if (i !== undefined) people.set(i, true);
      }
    }
    candidates = [...people.keys()].filter(fits);
    // Several fit ("the top diplomat" of a report naming two foreign ministers): the one who last
    // spoke before this sentence, as a reader takes it.
    if (candidates.length > 1) {
      const last = lastSpeakerBefore(ctx, s, new Set(candidates));
      if (last !== null) candidates = [last];
    }
  }
  return candidates.length === 1 ? candidates[0]! : null;
}
