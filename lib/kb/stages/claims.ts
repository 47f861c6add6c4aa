/**
 * Stage 7, claim candidates (facts.ts does the clustering): aligned sentences clustered into
 * claims, paraphrases in other lines joined to the claim they state, figures grouped by value and
 * counted noun, one-source sentences kept only where they say something of their own. The
 * candidates are final once stories are known (stage 9, claims-by-story.ts).
 */
import { contentTerms, tokenize } from '../../text';
import { cosine } from '../align';
import { sentenceTerms, type Sentence } from '../corpus';
import { daysBetween } from '../dates';
import {
  FACT_PUBLISHED_GAP_DAYS, MAX_FACT_QUOTE_SHARE, MIN_CLAUSE_TERMS, MIN_FACT_WORDS,
  clauseAround, clauses, clusterSentences, countsIn, factKind, joinParaphrases, quoteShare,
} from '../facts';
import { foldSynonyms } from '../synonyms';
import { listItems, MIN_LIST_ITEMS } from '../list-join';
import type { Fact, FactSource } from '../types';
import { UnionFind } from '../union-find';
import { MIN_NARRATIVE_TERMS } from './alignment';
import { entityOf, personOf } from './entities';
import { lineOf, type LinesStage } from './lines';
import { cleanest, personForSubject, readAlone, type SourceContext } from './sources';
import { leadingSubject, stripConnective } from '../wording';
import { countryOfWord } from '../organisation-country';

/** Sentences stating the same figure of the same thing are one fact at this cosine or above. */
export const NUMBER_CONTEXT_SIMILARITY = 0.1;
/**
 * A one-source attributed sentence with a clause this close (cosine) to the centroid of a claim
 * several documents state restates that claim and is no fact of its own (seeds: d000's "It
 * rejects Russia's demand…" is 0.25 from the open-door claim).
 */
export const RESTATEMENT_SIMILARITY = 0.22;
/** A sentence that is more than this share quotation gives no figure fact. */
export const MAX_NUMBER_QUOTE_SHARE = 0.8;
/** A one-source sentence that is more than this share quotation is a quote, not a claim. */
export const MAX_SINGLE_QUOTE_SHARE = 0.5;

/** What the claim stages read: the source context plus document ids and lines of reporting. */
export interface ClaimContext extends SourceContext {
  ids: readonly string[];
  lines: LinesStage;
}

/** A claim being built: the output fact without id and story, plus its sentences. */
export type ClaimDraft = Omit<Fact, 'id' | 'story'> & {
  sentences: number[];
  paragraphs: { doc: number; paragraph: number }[];
  /** Sentence id of the representative source. */
  rep: number;
  /** A one-source statement a named person is reported making. */
  attributed?: boolean;
};

export interface ClaimCandidates {
  drafts: ClaimDraft[];
  /** Sentences that carry a figure fact: no one-source sentence claim of their own. */
  numberCovered: ReadonlySet<number>;
}

type CountedNumber = ReturnType<typeof countsIn>[number]['n'];

/** A sentence long enough and with enough of its own words to state a claim. */
export function isClaim(s: Sentence): boolean {
  return tokenize(s.text).length >= MIN_FACT_WORDS && quoteShare(s) <= MAX_FACT_QUOTE_SHARE;
}

export function claimCandidates(ctx: ClaimContext): ClaimCandidates {
  const { corpus, alignment, dates } = ctx;
  const { factVectors, factPairs } = alignment;
  const clusters = clusterSentences(corpus, factPairs, factVectors.vectors, (doc) => dates.published[doc] ?? null)
    // A sentence that is mostly quotation is a quote, not a claim, unless most sources of its cluster
    // state the same as a claim: then it is that claim told with a shorter attribution ("…, the
    // ministry said"), and its document counts.
    .map((c) => (c.filter((k) => isClaim(corpus.sentences[k]!)).length * 2 > c.length ? c.filter((k) => tokenize(corpus.sentences[k]!.text).length >= MIN_FACT_WORDS) : []))
    .filter((c) => c.length > 0);
  const publishedGapOk = (cluster: readonly number[], k: number) => {
    const d = dates.published[corpus.sentences[k]!.doc];
    if (!d) return true;
    return cluster.every((x) => {
      const e = dates.published[corpus.sentences[x]!.doc];
      return !e || daysBetween(d < e ? d : e, d < e ? e : d) <= FACT_PUBLISHED_GAP_DAYS;
    });
  };
  // Paraphrases in other lines join the claim they state (facts.ts, joinParaphrases).
  const paraphrased = joinParaphrases(corpus, clusters, (k, span) => spanVector(ctx, k, span), (k) => isClaim(corpus.sentences[k]!), publishedGapOk, (doc) => lineOf(ctx.lines, doc));
  // A rewrite in another line that names the items a claim lists joins it too (list-join.ts).
  const joined = joinByListedItems(ctx, paraphrased, publishedGapOk);

  const drafts: ClaimDraft[] = [];
  const numberCovered = new Set<number>();
  for (const nf of numberGroups(ctx)) {
    for (const x of nf) numberCovered.add(x.sentence);
    const claim = numberClaim(ctx, nf);
    // Two figures of one sentence told by one source, the clause of one inside the other's ("…
    // moved nearly 5,000 troops into Belarus" / "… into Belarus and intends to mass more than
    // 30,000 …"), are one fact with both figures, not two overlapping fragments.
    const host = drafts.find(
      (d) => d.kind === 'number' && d.sentences.length === 1 && claim.sentences.length === 1 && d.sentences[0] === claim.sentences[0] && (d.text.includes(claim.text) || claim.text.includes(d.text)),
    );
    if (host) {
      if (claim.text.length > host.text.length) host.text = claim.text;
      host.numbers = [...host.numbers, ...claim.numbers].sort((a, b) => a.value - b.value);
    } else drafts.push(claim);
  }
  // Sentences that back a claim of two or more documents, and their neighbours in wording: a lone
  // attributed sentence that restates such a claim (a paraphrase too loose to join it) is not a
  // second, one-source version of it.
  const multiDoc = joined.filter((c) => new Set(c.map((k) => corpus.sentences[k]!.doc)).size > 1);
  const inMulti = new Set(multiDoc.flat());
  const multiCentroids = multiDoc.map((c) => {
    const m = new Map<string, number>();
    for (const k of c) for (const [t, w] of factVectors.vectors[k]!) m.set(t, (m.get(t) ?? 0) + w);
    const norm = Math.sqrt([...m.values()].reduce((x, w) => x + w * w, 0)) || 1;
    for (const [t, w] of m) m.set(t, w / norm);
    return m;
  });
  const restates = (k: number) =>
    clauses(corpus.sentences[k]!.folded).some((span) => {
      // A short opening phrase ("In a US written response to Moscow, …") is setting, not the claim.
      if (contentTerms(corpus.sentences[k]!.folded.slice(span.start, span.end)).length <= MIN_CLAUSE_TERMS) return false;
      const v = spanVector(ctx, k, span, false);
      return multiCentroids.some((m) => cosine(v, m) >= RESTATEMENT_SIMILARITY);
    });
  for (const c of joined) {
    if (c.length === 1 && inMulti.has(c[0]!)) continue;
    const f = sentenceClaim(ctx, numberCovered, c.map((k) => corpus.sentences[k]!).sort((a, b) => a.doc - b.doc));
    if (f && f.attributed && !f.date && restates(f.sentences[0]!)) continue;
    if (f) drafts.push(f);
  }
  return { drafts, numberCovered };
}

/**
 * Each corroborated claim whose sentences enumerate lower-case items gains, from every document of
 * a line it lacks, the first eligible sentence naming MIN_LIST_ITEMS or more of those items.
 */
function joinByListedItems(ctx: ClaimContext, clusters: readonly number[][], compatible: (cluster: readonly number[], k: number) => boolean): number[][] {
  const { corpus } = ctx;
  const docOf = (k: number) => corpus.sentences[k]!.doc;
  const listsOf = clusters.map((cluster) =>
    new Set(cluster.map(docOf)).size < 2 ? null : (cluster.map((k) => listItems(corpus.sentences[k]!.folded)).find((x) => x !== null) ?? null),
  );
  // One pass over the sentences: for each, the listed items' words it holds (only those words are
  // kept), so each claim looks at the sentences holding its items' words, not at every sentence.
  const wanted = new Set(listsOf.flatMap((l) => (l ?? []).flat()));
  if (wanted.size === 0) return clusters.map((c) => [...c]);
  const held = new Map<number, Set<string>>();
  const postings = new Map<string, number[]>();
  for (const s of corpus.sentences) {
    if (!isClaim(s)) continue;
    const have = new Set(foldSynonyms(contentTerms(s.folded)).filter((t) => wanted.has(t)));
    if (have.size === 0) continue;
    held.set(s.id, have);
    for (const t of have) {
      const list = postings.get(t);
      if (list) list.push(s.id);
      else postings.set(t, [s.id]);
    }
  }
  return clusters.map((cluster, ci) => {
    const items = listsOf[ci];
    if (!items) return [...cluster];
    const docs = new Set(cluster.map(docOf));
    const lines = new Set([...docs].map((d) => lineOf(ctx.lines, d)));
    const candidates = [...new Set(items.flatMap((item) => postings.get(item[0]!) ?? []))].sort((a, b) => a - b);
    const added: number[] = [];
    const taken = new Set<number>();
    for (const k of candidates) {
      const s = corpus.sentences[k]!;
      if (docs.has(s.doc) || taken.has(s.doc) || lines.has(lineOf(ctx.lines, s.doc)) || !compatible(cluster, k)) continue;
      const have = held.get(k)!;
      if (items.filter((item) => item.every((t) => have.has(t))).length < MIN_LIST_ITEMS) continue;
      added.push(k);
      taken.add(s.doc);
    }
    return [...cluster, ...added].sort((a, b) => a - b);
  });
}

/**
 * Weighted term vector (L2-normalised) of a stretch of a sentence. `fold`: compare word families
 * (a rewrite's synonyms); the restatement test compares the words as written, since a one-source
 * remark that merely shares a family word ("responded") with a claim of another event is no
 * restatement of it.
 */
function spanVector(ctx: ClaimContext, k: number, span: { start: number; end: number }, fold = true): Map<string, number> {
  const s = ctx.corpus.sentences[k]!;
  const people = ctx.entities.personMentions[k]!;
  const outside = [{ start: 0, end: span.start }, { start: span.end, end: s.folded.length }].filter((r) => r.end > r.start);
  const inSpan = (r: { start: number; end: number }) => r.start >= span.start && r.end <= span.end;
  const quoted = s.quotes.length ? sentenceTerms(s, [...outside, ...people, ...s.quotes]) : [];
  const written = quoted.length >= MIN_NARRATIVE_TERMS ? quoted : sentenceTerms(s, [...outside, ...people]);
  const terms = fold ? foldSynonyms(written) : written;
  for (const m of people) if (inSpan(m)) terms.push(`@${entityOf(ctx.entities, m)?.id ?? ''}`);
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v = new Map<string, number>();
  let norm = 0;
  for (const [t, c] of tf) {
    const w = (1 + Math.log(c)) * (ctx.alignment.factVectors.idf.get(t) ?? 0);
    v.set(t, w);
    norm += w * w;
  }
  for (const [t, w] of v) v.set(t, w / (Math.sqrt(norm) || 1));
  return v;
}

/**
 * Number facts: one per (figure, counted noun), across documents, one sentence per document.
 * Vague amounts ("tens of thousands") are not figures anyone can corroborate and are left to the
 * sentence facts. One figure in two documents is one fact only when the sentences around it also
 * agree a little (the same count of the same thing in another story is a different fact).
 */
export function numberGroups(ctx: Pick<ClaimContext, 'corpus' | 'alignment'>): { sentence: number; n: CountedNumber }[][] {
  const { corpus } = ctx;
  const byKey = new Map<string, { sentence: number; n: CountedNumber }[]>();
  for (const s of corpus.sentences) {
    if (quoteShare(s) > MAX_NUMBER_QUOTE_SHARE && s.quotes.length) continue;
    for (const { n, unit } of countsIn(s)) {
      if (n.approximate && !n.qualifier) continue;
      const key = `${unit}|${n.value}`;
      const g = byKey.get(key) ?? [];
      if (!g.some((x) => corpus.sentences[x.sentence]!.doc === s.doc)) g.push({ sentence: s.id, n });
      byKey.set(key, g);
    }
  }
  const out: { sentence: number; n: CountedNumber }[][] = [];
  const vectors = ctx.alignment.factVectors.vectors;
  for (const g of byKey.values()) {
    const sets = new UnionFind(g.length);
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        if (cosine(vectors[g[i]!.sentence]!, vectors[g[j]!.sentence]!) >= NUMBER_CONTEXT_SIMILARITY) sets.union(i, j);
      }
    }
    for (const members of sets.groups().values()) out.push(members.map((i) => g[i]!));
  }
  return out;
}

/** A sentence's subject and a verb of telling with its preposition ("She spoke of"), before its object. */
const OBJECT_HEAD_RE = /^([^,;:"“]{2,60}?\s(?:spoke|talked|warned|wrote|cited|mentioned|described|referred|pointed|noted)(?:\s+(?:of|about|to|on))?)\s/;

function numberClaim(ctx: ClaimContext, g: { sentence: number; n: CountedNumber }[]): ClaimDraft {
  const sents = g.map((x) => ctx.corpus.sentences[x.sentence]!);
  const rep = cleanest(ctx, sents);
  const repN = g.find((x) => x.sentence === rep.id)!.n;
  const span = clauseAround(rep.folded, repN.start);
  const clause = rep.text.slice(span.start, span.end);
  // "She spoke of A, as well as B": the clause holding B's figure is the object of the sentence's
  // own subject and verb, which go in front of it ("She spoke of B").
  const head = /,?\s+as\s+well\s+as\s+$/.test(rep.folded.slice(0, span.start)) ? OBJECT_HEAD_RE.exec(rep.text)?.[1] : undefined;
  const own = head ? `${head} ${clause}` : span.start === 0 ? clause : clause[0]!.toUpperCase() + clause.slice(1);
  const text = readAlone(ctx, rep, own);
  return makeClaim(ctx, 'number', text, sents, [{ text: repN.text, value: repN.value }], rep.id);
}

/** Verbs of saying after a sentence's subject ("The Kremlin has said", "He called for"). */
const SUBJECT_SPEECH_RE =
  /^((?:[^\s,;:"“]+\s+){0,5}?[^\s,;:"“]+)\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:said|says|mentioned|stated|called\s+for|urged|warned|told|announced|insisted|claimed|stressed|acknowledged|proposed)\b/;

/**
 * Whether a sentence opens with a named party telling something: its subject (a few words before a
 * verb of saying) names a person, an organisation or a country ("The Kremlin has said it wants …"),
 * or is a pronoun or role phrase the sentences before resolve to one person ("He called for …").
 */
export function subjectSpeaks(ctx: ClaimContext, s: Sentence): boolean {
  const text = stripConnective(s.folded);
  const m = SUBJECT_SPEECH_RE.exec(text);
  if (!m) return false;
  const offset = s.folded.length - text.length;
  const inSubject = ctx.entities.mentionsBySentence[s.id]!.filter((x) => !x.quoted && x.start >= offset && x.end <= offset + m[1]!.length);
  if (inSubject.some((x) => entityOf(ctx.entities, x) !== undefined && (x.kind !== 'place' || countryOfWord(x.surface) !== null))) return true;
  const subject = leadingSubject(text);
  return subject !== null && subject.length >= m[1]!.length - 1 && personForSubject(ctx, s, subject) !== null;
}

/** A claim of these sentences (sorted by document), or null when one source says nothing of its own. */
export function sentenceClaim(ctx: ClaimContext, numberCovered: ReadonlySet<number>, sents: Sentence[]): ClaimDraft | null {
  const { corpus, dates, entities } = ctx;
  const docsHere = new Set(sents.map((s) => s.doc));
  const dated = sents.some((s) => dates.sentenceDates.get(s.id)?.date);
  if (docsHere.size < 2) {
    // Single-source claims: keep dated narrative statements of events; figures are number facts already.
    const s = sents[0]!;
    // A report's opening sentence says what happened even without a weekday: it counts as dated.
    const opening = corpus.docs[s.doc]!.paragraphSentences[0]![0] === s.id;
    // A statement a named person is reported making ("X said …", "X called for …") is a claim of
    // its own too: one source, and its counts say so.
    const attributed =
      entities.mentionsBySentence[s.id]!.some((m) => m.speaker && !m.quoted && personOf(entities, m) !== undefined) || subjectSpeaks(ctx, s);
    if (numberCovered.has(s.id) || quoteShare(s) > MAX_SINGLE_QUOTE_SHARE || !(dated || opening || attributed)) return null;
    if (!attributed && factKind(sents, false, true) !== 'event') return null;
    const rep = cleanest(ctx, sents);
    return { ...makeClaim(ctx, factKind(sents, false, dated), readAlone(ctx, rep, rep.text), sents, [], rep.id), attributed };
  }
  const rep = cleanest(ctx, sents);
  return makeClaim(ctx, factKind(sents, false, dated), readAlone(ctx, rep, rep.text), sents, [], rep.id);
}

/**
 * A fact's text is reader-facing: a garbled spelling in it is written as the name it stands for
 * (the source keeps its own words, and its quality notes list the garble once).
 */
function repairGarbles(ctx: ClaimContext, text: string, doc: number): string {
  let out = text;
  for (const g of ctx.entities.garbledInDoc.get(doc) ?? []) {
    const to = g.surface.includes(' ') ? g.canonical : g.canonical.slice(g.canonical.lastIndexOf(' ') + 1);
    out = out.replace(new RegExp(`(?<![A-Za-z])${g.surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, 'g'), to);
  }
  return out;
}

/** Sources, counts, entities, terms and the majority date of a claim told by these sentences. */
function makeClaim(ctx: ClaimContext, kind: Fact['kind'], text: string, sents: Sentence[], numbers: Fact['numbers'], rep: number): ClaimDraft {
  const { ids, entities, dates, alignment } = ctx;
  const sources: FactSource[] = sents.map((s) => ({ doc: ids[s.doc]!, paragraph: s.paragraph, sentence: s.text }));
  const docSet = [...new Set(sents.map((s) => s.doc))];
  const ents = new Map<string, number>();
  for (const s of sents) for (const m of entities.mentionsBySentence[s.id]!) {
    const e = entityOf(entities, m);
    if (e) ents.set(e.id, (ents.get(e.id) ?? 0) + 1);
  }
  const termCount = new Map<string, number>();
  for (const s of sents) for (const t of new Set(contentTerms(s.folded))) termCount.set(t, (termCount.get(t) ?? 0) + 1);
  const dateCount = new Map<string, number>();
  for (const s of sents) {
    const d = dates.sentenceDates.get(s.id)?.date;
    if (d) dateCount.set(d, (dateCount.get(d) ?? 0) + 1);
  }
  const date = [...dateCount.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  const idf = alignment.factVectors.idf;
  return {
    kind,
    text: repairGarbles(ctx, text.trim(), ctx.corpus.sentences[rep]!.doc),
    sources,
    documentCount: docSet.length,
    lineCount: new Set(docSet.map((d) => lineOf(ctx.lines, d))).size,
    numbers,
    entities: [...ents.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([e]) => e),
    terms: [...termCount.entries()]
      .filter(([t]) => !/^\d/.test(t))
      .sort((a, b) => b[1] - a[1] || (idf.get(b[0]) ?? 0) - (idf.get(a[0]) ?? 0) || (a[0] < b[0] ? -1 : 1))
      .slice(0, 12)
      .map(([t]) => t),
    date,
    sentences: sents.map((s) => s.id),
    rep,
    paragraphs: sents.map((s) => ({ doc: s.doc, paragraph: s.paragraph })),
  };
}
