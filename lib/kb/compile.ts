/**
 * The KB compiler: seed files in, KB out. Pure and deterministic: inputs are sorted by file name,
 * every collection is emitted in a defined order, ids derive from content and order, and nothing
 * reads the clock or a random source.
 *
 * Steps (each in its own module):
 *   decode + validate (input.ts) → parse documents (parse-document.ts) → sentences (corpus.ts)
 *   → shared phrasing and lines of reporting (relations.ts)
 *   → names (mentions.ts) → entities and garbled names (entities.ts, with sentence alignment)
 *   → sentence alignment with entities (align.ts) → document date check and date resolution
 *     (document-dates.ts, temporal.ts) → facts (facts.ts) → quotes (quotes.ts) → stories (stories.ts)
 *   → discrepancies (discrepancies.ts) and timeline (timeline.ts).
 * This file wires the steps together and chooses representative wordings.
 */
import { contentTerms, tokenize } from '../text';
import { alignPairList, alignPairs, cosine, tfidfVectors } from './align';
import { buildCorpus, sentenceTerms, type Sentence } from './corpus';
import { daysBetween } from './dates';
import { buildDiscrepancies, EXCERPT_SHARE } from './discrepancies';
import { checkDocumentDates, resolveSentenceDates, undatedAnchors } from './document-dates';
import { chooseCanonical, mergeByContext, resolveEntities, type Draft } from './entities';
import { KbInputError } from './errors';
import {
  ATTACH_SIMILARITY, FACT_PUBLISHED_GAP_DAYS, MAX_FACT_QUOTE_SHARE, clauses, joinParaphrases, MIN_CLAUSE_TERMS, MIN_FACT_WORDS, clauseAround, clusterSentences, countsIn, factKind, quoteShare,
} from './facts';
import { documentIds, slug, uniqueIds } from './ids';
import { decodeSeed } from './input';
import { dependsOnContext, standalone } from './wording';
import { findMentions, type Mention } from './mentions';
import { parseDocument } from './parse-document';
import { collectQuoteSpans, continueSpeakers, groupQuotes, speakerOfQuote } from './quotes';
import { linesFromEvidence } from './lines';
import { computeRelations, docShingles, relationsWithinStories } from './relations';
import { buildStories } from './stories';
import { buildTimeline } from './timeline';
import { HEADLINE_PARAGRAPH, joinHeadlines } from './headlines';
import { foldSynonyms } from './synonyms';
import { UnionFind } from './union-find';
import { timelineLabel, type TitledName } from './timeline-label';
import { chooseTitle, cutAtPhrase, type TitleCandidate } from './story-title';
import {
  KB_SCHEMA_VERSION,
  type Entity,
  type Fact,
  type FactSource,
  type Kb,
  type KbDocument,
  type Quote,
  type Story,
} from './types';

export { KbInputError } from './errors';

/** Sentences (names removed) this similar are "the same sentence apart from the names". */
export const CONTEXT_SIMILARITY = 0.45;
/** Sentences stating the same figure of the same thing are one fact at this cosine or above. */
export const NUMBER_CONTEXT_SIMILARITY = 0.1;
/**
 * A one-source attributed sentence with a clause this close (cosine) to the centroid of a claim
 * several documents state restates that claim and is no fact of its own (seeds: d000's "It
 * rejects Russia's demand…" is 0.25 from the open-door claim).
 */
export const RESTATEMENT_SIMILARITY = 0.22;
/** How far back (in sentences) a leading "he"/"the secretary" looks for the person it stands for. */
export const ANTECEDENT_SENTENCES = 3;

export interface SeedInput {
  file: string;
  bytes: Uint8Array;
}

export function compileKb(inputs: readonly SeedInput[]): Kb {
  const sorted = [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.file === sorted[i - 1]!.file) throw new KbInputError(sorted[i]!.file, 'the same file name is given twice');
  }
  const parsed = sorted.map((s) => {
    const doc = parseDocument(decodeSeed(s.file, s.bytes));
    if (!doc.paragraphs.length) throw new KbInputError(s.file, 'no article text is left after removing headline, date and site furniture');
    return doc;
  });
  const ids = documentIds(sorted.map((s) => s.file));
  const corpus = buildCorpus(parsed.map((p, i) => ({ id: ids[i]!, file: sorted[i]!.file, parsed: p })));

  // Shared phrasing and lines of reporting.
  const shingleSets = corpus.docs.map((d) => docShingles(d.parsed.paragraphs));
  const foundRelations = computeRelations(ids, shingleSets);
  // Lines from the evidence of each pair (lines.ts): names, titles and stock phrases left out, no chains.
  const lineResult = linesFromEvidence(ids, foundRelations, (d) => corpus.docs[d]!.parsed.paragraphs);
  const lines = lineResult.lines;
  const lineOfDoc = new Map<number, string>();
  for (const l of lines) for (const d of l.documents) lineOfDoc.set(ids.indexOf(d), l.id);
  const lineOf = (doc: number) => lineOfDoc.get(doc)!;

  // Names.
  const capsMid = new Set<string>();
  for (const s of corpus.sentences) for (const m of s.folded.matchAll(/(?<=[a-z0-9,;:)]"? )[A-Z][A-Za-z'-]+/g)) capsMid.add(m[0].replace(/'s$/, ''));
  const mentionsBySentence = corpus.sentences.map((s) => findMentions(s, capsMid));
  const allMentions = mentionsBySentence.flat();
  const res = resolveEntities(corpus, allMentions);
  const spelledGarbles = garbleCounts(res.drafts);

  // Sentences compared without their person names: garbled names must not hide a shared sentence.
  const personSpans = (s: Sentence) =>
    mentionsBySentence[s.id]!.filter((m) => res.of.has(m) && res.drafts[res.of.get(m)!]!.kind === 'person');
  const noNameTerms = corpus.sentences.map((s) => sentenceTerms(s, personSpans(s)));
  const group = corpus.sentences.map((s) => s.doc);
  // The vectors are not kept: nothing later needs them, and at scale they are tens of megabytes.
  const contextPairs = alignPairs(tfidfVectors(noNameTerms), group, CONTEXT_SIMILARITY);
  mergeByContext(corpus, res, { pairs: contextPairs });

  // Canonical names, ids and garbled forms.
  const cleanliness = (doc: number) => 1 / (1 + (spelledGarbles.get(doc) ?? 0));
  const liveDrafts = res.drafts.map((d, i) => ({ d, i })).filter(({ d }) => d.mentions.length > 0);
  const canon = new Map<number, { id: string; name: string; garbled: Set<string> }>();
  const rawIds: string[] = [];
  const chosen = liveDrafts.map(({ d, i }) => {
    const c = chooseCanonical(d, lineOf, cleanliness);
    rawIds.push(`e-${slug(c.name)}`);
    return { i, c };
  });
  const entityIds = uniqueIds(rawIds);
  chosen.forEach(({ i, c }, k) => canon.set(i, { id: entityIds[k]!, name: c.name, garbled: c.garbled }));
  const entityOf = (m: Mention) => {
    const i = res.of.get(m);
    return i === undefined ? undefined : canon.get(i);
  };

  // Sentence alignment for facts: names replaced by their entity, so garbles align too.
  // Facts are what the reporter states: when a sentence has enough words outside its quotation marks,
  // only those are compared (the quotation is compared in quotes.ts); otherwise the whole sentence.
  const factTerms = corpus.sentences.map((s, k) => {
    const narrative = s.quotes.length ? sentenceTerms(s, [...personSpans(s), ...s.quotes]) : [];
    // Written words here: these pairs also decide document dates and story joins. Word families
    // (synonyms.ts) come in with the paraphrase, title and quote passes only.
    const terms = narrative.length >= 5 ? narrative : [...noNameTerms[k]!];
    for (const m of personSpans(s)) {
      const e = entityOf(m);
      if (e) terms.push(`@${e.id}`);
    }
    return terms;
  });
  const factVectors = tfidfVectors(factTerms);
  // Compact form (see PairList): millions of pairs at 5,000 documents.
  const factPairs = alignPairList(factVectors, group, ATTACH_SIMILARITY * 0.7);

  // Document dates: trustworthy unless the documents that report the same events disagree.
  const dateCheck = checkDocumentDates(corpus, factPairs);
  const trusted = (doc: number) => corpus.docs[doc]!.parsed.date !== null && !dateCheck.get(doc)?.inconsistent;
  const anchors = undatedAnchors(corpus, factPairs, trusted);
  const sentenceDates = resolveSentenceDates(corpus, trusted, anchors);

  // Document garble counts including names merged by context, for quality and "cleanest source".
  const garbledInDoc = new Map<number, { surface: string; entity: string; canonical: string }[]>();
  for (const [i, c] of canon) {
    const d = res.drafts[i]!;
    for (const [form, f] of d.forms) {
      if (!c.garbled.has(form)) continue;
      for (const doc of f.docs) {
        const list = garbledInDoc.get(doc) ?? [];
        if (!list.some((g) => g.surface === form)) list.push({ surface: form, entity: c.id, canonical: c.name });
        garbledInDoc.set(doc, list);
      }
    }
  }
  // The cleanest source of a claim: not from a document with an impossible date, no garbled name in
  // the sentence, then the document with the fewest garbled names, then the telling closest to all
  // the others (the most typical wording), then the plainest wording (the largest share of its
  // words that other documents use too: machine rewrites pick odd synonyms such as "plenty greater
  // than" for "more than"), then document order.
  const docsWithTerm = new Map<string, number>();
  corpus.docs.forEach((d) => {
    const seen = new Set<string>();
    for (const sids of d.paragraphSentences) for (const k of sids) for (const t of noNameTerms[k]!) seen.add(t);
    for (const t of seen) docsWithTerm.set(t, (docsWithTerm.get(t) ?? 0) + 1);
  });
  const plainness = (s: Sentence) => {
    const terms = noNameTerms[s.id]!.filter((t) => !/^\d/.test(t));
    return terms.length ? terms.filter((t) => (docsWithTerm.get(t) ?? 0) >= 2).length / terms.length : 0;
  };
  // Garbled spellings are also caught where the name finder does not see them (a garbled surname
  // opening a sentence is not known to be a name there).
  const garbledForms = [...new Set([...garbledInDoc.values()].flat().map((g) => g.surface))].sort();
  const garbledFormRe = garbledForms.length
    ? new RegExp(`(?<![A-Za-z])(?:${garbledForms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![A-Za-z])`)
    : null;
  const sourceRank = (s: Sentence, centroid: Map<string, number> | null) => {
    const garbledHere = mentionsBySentence[s.id]!.some((m) => {
      const e = entityOf(m);
      return e ? e.garbled.has(m.surface) : false;
    });
    const centrality = centroid ? cosine(factVectors.vectors[s.id]!, centroid) : 0;
    return [
      dateCheck.get(s.doc)?.inconsistent ? 1 : 0,
      garbledHere || garbledFormRe?.test(s.folded) ? 1 : 0,
      garbledInDoc.get(s.doc)?.length ?? 0,
      // A sentence that names its own subject (or whose "he" the sentence before explains) reads
      // alone; "And they added…" with no clear antecedent needs the sentence before it.
      dependsOnContext(readAlone(s, s.text)) ? 1 : 0,
      -Math.round(centrality * 100),
      -Math.round(plainness(s) * 100),
      s.doc,
      s.id,
    ];
  };
  const cleanest = (list: readonly Sentence[]) => {
    // Centrality: cosine with the sum of all the tellings (linear in their number).
    let centroid: Map<string, number> | null = null;
    if (list.length > 1) {
      centroid = new Map();
      for (const s of list) for (const [t, w] of factVectors.vectors[s.id]!) centroid.set(t, (centroid.get(t) ?? 0) + w);
    }
    return [...list]
      .map((s) => ({ s, r: sourceRank(s, centroid) }))
      .sort((a, b) => {
        for (let k = 0; k < a.r.length; k++) if (a.r[k] !== b.r[k]) return a.r[k]! - b.r[k]!;
        return 0;
      })[0]!.s;
  };

  // A representative sentence made to read alone: "And he added that…" → "Antony Blinken added
  // that…". The pronoun or role phrase is replaced only when the sentence before it (same paragraph,
  // else the end of the previous one) names exactly one person who fits; the sources keep their own words.
  const personOf = (m: Mention) => (res.of.has(m) && res.drafts[res.of.get(m)!]!.kind === 'person' ? res.of.get(m)! : undefined);
  const readAlone = (s: Sentence, text: string): string =>
    standalone(text, (subject) => {
      // The nearest earlier sentence of the document that names someone outside quotation marks
      // (a quotation split into sentences names no one), at most a few sentences back.
      let people = new Map<number, boolean>();
      for (let k = s.id - 1, steps = 0; k >= 0 && steps < ANTECEDENT_SENTENCES; k--, steps++) {
        const prev = corpus.sentences[k]!;
        if (prev.doc !== s.doc) break;
        for (const m of mentionsBySentence[prev.id]!) {
          const i = personOf(m);
          if (i !== undefined && !m.quoted) people.set(i, (people.get(i) ?? false) || m.speaker);
        }
        if (people.size) break;
      }
      let candidates = [...people.keys()];
      const speakers = candidates.filter((i) => people.get(i));
      if (speakers.length === 1) candidates = speakers;
      const fits = (i: number) => [...res.drafts[i]!.roles.keys()].some((r) => r.toLowerCase().includes(subject.noun!));
      if (subject.noun && candidates.length > 1) candidates = candidates.filter(fits);
      // "The secretary" with no one named just before: the only person of the document with that title.
      if (subject.noun && candidates.length === 0) {
        people = new Map();
        for (const k of corpus.docs[s.doc]!.paragraphSentences.flat()) {
          for (const m of mentionsBySentence[k]!) {
            const i = personOf(m);
            if (i !== undefined) people.set(i, true);
          }
        }
        candidates = [...people.keys()].filter(fits);
      }
      if (candidates.length !== 1) return null;
      return canon.get(candidates[0]!)?.name ?? null;
    });

  // Facts. Candidates first; they are final once stories are known (a claim belongs to one story).
  const isClaim = (s: Sentence) => tokenize(s.text).length >= MIN_FACT_WORDS && quoteShare(s) <= MAX_FACT_QUOTE_SHARE;
  const clusters = clusterSentences(corpus, factPairs, factVectors.vectors, (doc) => (trusted(doc) ? corpus.docs[doc]!.parsed.date : null))
    // A sentence that is mostly quotation is a quote, not a claim, unless most sources of its cluster
    // state the same as a claim: then it is that claim told with a shorter attribution ("…, the
    // ministry said"), and its document counts.
    .map((c) => (c.filter((k) => isClaim(corpus.sentences[k]!)).length * 2 > c.length ? c.filter((k) => tokenize(corpus.sentences[k]!.text).length >= MIN_FACT_WORDS) : []))
    .filter((c) => c.length > 0);
  // Paraphrases in other lines join the claim they state (facts.ts, joinParaphrases).
  // `fold`: compare word families (a rewrite's synonyms); the restatement test below compares the
  // words as written, since a one-source remark that merely shares a family word ("responded") with
  // a claim of another event is no restatement of it.
  const spanVector = (k: number, span: { start: number; end: number }, fold = true) => {
    const s = corpus.sentences[k]!;
    const outside = [{ start: 0, end: span.start }, { start: span.end, end: s.folded.length }].filter((r) => r.end > r.start);
    const inSpan = (r: { start: number; end: number }) => r.start >= span.start && r.end <= span.end;
    const quoted = s.quotes.length ? sentenceTerms(s, [...outside, ...personSpans(s), ...s.quotes]) : [];
    const written = quoted.length >= 5 ? quoted : sentenceTerms(s, [...outside, ...personSpans(s)]);
    const terms = fold ? foldSynonyms(written) : written;
    for (const m of personSpans(s)) if (inSpan(m)) terms.push(`@${entityOf(m)?.id ?? ''}`);
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, c] of tf) {
      const w = (1 + Math.log(c)) * (factVectors.idf.get(t) ?? 0);
      v.set(t, w);
      norm += w * w;
    }
    for (const [t, w] of v) v.set(t, w / (Math.sqrt(norm) || 1));
    return v;
  };
  const publishedGapOk = (cluster: readonly number[], k: number) => {
    const d = trusted(corpus.sentences[k]!.doc) ? corpus.docs[corpus.sentences[k]!.doc]!.parsed.date : null;
    if (!d) return true;
    return cluster.every((x) => {
      const doc = corpus.sentences[x]!.doc;
      const e = trusted(doc) ? corpus.docs[doc]!.parsed.date : null;
      return !e || daysBetween(d < e ? d : e, d < e ? e : d) <= FACT_PUBLISHED_GAP_DAYS;
    });
  };
  const joined = joinParaphrases(corpus, clusters, spanVector, (k) => isClaim(corpus.sentences[k]!), publishedGapOk, lineOf);
  clusters.splice(0, clusters.length, ...joined);
  type FactWork = Omit<Fact, 'id' | 'story'> & { sentences: number[]; paragraphs: { doc: number; paragraph: number }[]; rep: number; attributed?: boolean };
  const factWork: FactWork[] = [];
  const numberCovered = new Set<number>();
  // Number facts: one per (figure, counted noun), across documents. Vague amounts ("tens of
  // thousands") are not figures anyone can corroborate and are left to the sentence facts.
  const numberGroups = new Map<string, { sentence: number; n: ReturnType<typeof countsIn>[number]['n'] }[]>();
  for (const s of corpus.sentences) {
    if (quoteShare(s) > 0.8 && s.quotes.length) continue;
    for (const { n, unit } of countsIn(s)) {
      if (n.approximate && !n.qualifier) continue;
      const key = `${unit}|${n.value}`;
      const g = numberGroups.get(key) ?? [];
      if (!g.some((x) => corpus.sentences[x.sentence]!.doc === s.doc)) g.push({ sentence: s.id, n });
      numberGroups.set(key, g);
    }
  }
  const numberFacts: { sents: Sentence[]; numbers: { sentence: number; n: ReturnType<typeof countsIn>[number]['n'] }[] }[] = [];
  // One figure in two documents is one fact only when the sentences around it also agree a little
  // (the same count of the same thing in another story is a different fact).
  for (const g of [...numberGroups.values()]) {
    for (const x of g) numberCovered.add(x.sentence);
    const sets = new UnionFind(g.length);
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        if (cosine(factVectors.vectors[g[i]!.sentence]!, factVectors.vectors[g[j]!.sentence]!) >= NUMBER_CONTEXT_SIMILARITY) sets.union(i, j);
      }
    }
    for (const members of sets.groups().values()) {
      const part = members.map((i) => g[i]!);
      numberFacts.push({ sents: part.map((x) => corpus.sentences[x.sentence]!), numbers: part });
    }
  }
  const makeNumberFact = (sents: Sentence[], g: { sentence: number; n: ReturnType<typeof countsIn>[number]['n'] }[]) => {
    const rep = cleanest(sents);
    const repN = g.find((x) => x.sentence === rep.id)!.n;
    const span = clauseAround(rep.folded, repN.start);
    const clause = rep.text.slice(span.start, span.end);
    const text = readAlone(rep, span.start === 0 ? clause : clause[0]!.toUpperCase() + clause.slice(1));
    return makeFact('number', text, sents, [{ text: repN.text, value: repN.value }], rep.id);
  };
  for (const nf of numberFacts) factWork.push(makeNumberFact(nf.sents, nf.numbers));
  const sentenceFact = (sents: Sentence[]): FactWork | null => {
    const docsHere = new Set(sents.map((s) => s.doc));
    const dated = sents.some((s) => sentenceDates.get(s.id)?.date);
    if (docsHere.size < 2) {
      // Single-source claims: keep dated narrative statements of events; figures are number facts already.
      const s = sents[0]!;
      // A report's opening sentence says what happened even without a weekday: it counts as dated.
      const opening = corpus.docs[s.doc]!.paragraphSentences[0]![0] === s.id;
      // A statement a named person is reported making ("X said …", "X called for …") is a claim of
      // its own too: one source, and its counts say so.
      const attributed = mentionsBySentence[s.id]!.some((m) => m.speaker && !m.quoted && personOf(m) !== undefined);
      if (numberCovered.has(s.id) || quoteShare(s) > 0.5 || !(dated || opening || attributed)) return null;
      if (!attributed && factKind(sents, false, true) !== 'event') return null;
      const rep = cleanest(sents);
      return { ...makeFact(factKind(sents, false, dated), readAlone(rep, rep.text), sents, [], rep.id), attributed };
    }
    const rep = cleanest(sents);
    return makeFact(factKind(sents, false, dated), readAlone(rep, rep.text), sents, [], rep.id);
  };
  // Sentences that back a claim of two or more documents, and their neighbours in wording: a lone
  // attributed sentence that restates such a claim (a paraphrase too loose to join it) is not a
  // second, one-source version of it.
  const multiDoc = clusters.filter((c) => new Set(c.map((k) => corpus.sentences[k]!.doc)).size > 1);
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
      const v = spanVector(k, span, false);
      return multiCentroids.some((m) => cosine(v, m) >= RESTATEMENT_SIMILARITY);
    });
  for (const c of clusters) {
    if (c.length === 1 && inMulti.has(c[0]!)) continue;
    const f = sentenceFact(c.map((k) => corpus.sentences[k]!).sort((a, b) => a.doc - b.doc));
    if (f && f.attributed && !f.date && restates(f.sentences[0]!)) continue;
    if (f) factWork.push(f);
  }

  // A fact's text is reader-facing: a garbled spelling in it is written as the name it stands for
  // (the source keeps its own words, and its quality notes list the garble once).
  function repairGarbles(text: string, doc: number): string {
    let out = text;
    for (const g of garbledInDoc.get(doc) ?? []) {
      const to = g.surface.includes(' ') ? g.canonical : g.canonical.slice(g.canonical.lastIndexOf(' ') + 1);
      out = out.replace(new RegExp(`(?<![A-Za-z])${g.surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, 'g'), to);
    }
    return out;
  }

  function makeFact(kind: Fact['kind'], text: string, sents: Sentence[], numbers: Fact['numbers'], rep: number): FactWork {
    const sources: FactSource[] = sents.map((s) => ({ doc: ids[s.doc]!, paragraph: s.paragraph, sentence: s.text }));
    const docSet = [...new Set(sents.map((s) => s.doc))];
    const ents = new Map<string, number>();
    for (const s of sents) for (const m of mentionsBySentence[s.id]!) {
      const e = entityOf(m);
      if (e) ents.set(e.id, (ents.get(e.id) ?? 0) + 1);
    }
    const termCount = new Map<string, number>();
    for (const s of sents) for (const t of new Set(contentTerms(s.folded))) termCount.set(t, (termCount.get(t) ?? 0) + 1);
    const dates = new Map<string, number>();
    for (const s of sents) {
      const d = sentenceDates.get(s.id)?.date;
      if (d) dates.set(d, (dates.get(d) ?? 0) + 1);
    }
    const date = [...dates.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
    return {
      kind,
      text: repairGarbles(text.trim(), corpus.sentences[rep]!.doc),
      sources,
      documentCount: docSet.length,
      lineCount: new Set(docSet.map(lineOf)).size,
      numbers,
      entities: [...ents.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([e]) => e),
      terms: [...termCount.entries()]
        .filter(([t]) => !/^\d/.test(t))
        .sort((a, b) => b[1] - a[1] || (factVectors.idf.get(b[0]) ?? 0) - (factVectors.idf.get(a[0]) ?? 0) || (a[0] < b[0] ? -1 : 1))
        .slice(0, 12)
        .map(([t]) => t),
      date,
      sentences: sents.map((s) => s.id),
      rep,
      paragraphs: sents.map((s) => ({ doc: s.doc, paragraph: s.paragraph })),
    };
  }

  // Stories.
  const storyResult = buildStories(corpus, {
    paragraphTerms: corpus.docs.map((d) =>
      d.paragraphSentences.map((sids) => sids.flatMap((k) => [...noNameTerms[k]!, ...personSpans(corpus.sentences[k]!).map((m) => `@${entityOf(m)?.id ?? ''}`)])),
    ),
    sentenceDate: (k) => sentenceDates.get(k)?.date ?? null,
    published: (doc) => (trusted(doc) ? corpus.docs[doc]!.parsed.date : null),
    facts: factWork.map((f) => f.sentences),
  });

  const docTitle = (doc: number) => corpus.docs[doc]!.parsed;
  const storyOfParagraph = storyResult.storyOfParagraph;
  const storyIds = storyResult.stories.map((_, k) => `s${String(k + 1).padStart(2, '0')}`);
  const storyOfSentence = (k: number) => {
    const s = corpus.sentences[k]!;
    return storyOfParagraph[s.doc]![s.paragraph]!;
  };
  // The story most sources belong to; on a tie, the story of the representative wording (a figure
  // two stories share is shown under the story whose sentence tells it).
  const majorityStory = (sentences: readonly number[], rep?: number) => {
    const c = new Map<number, number>();
    for (const k of sentences) c.set(storyOfSentence(k), (c.get(storyOfSentence(k)) ?? 0) + 1);
    const preferred = rep === undefined ? -1 : storyOfSentence(rep);
    return [...c.entries()].sort((a, b) => b[1] - a[1] || (b[0] === preferred ? 1 : 0) - (a[0] === preferred ? 1 : 0) || a[0] - b[0])[0]![0];
  };

  // A claim belongs to one story: sources from another story are a different event told in similar
  // words (the US reply of 26 January and Russia's reply five days later). Figures may recur across
  // stories (a troop count is background to several events) and stay whole.
  const finalFacts: FactWork[] = [];
  for (const f of factWork) {
    if (f.kind === 'number') {
      finalFacts.push(f);
      continue;
    }
    const byStory = new Map<number, number[]>();
    for (const k of f.sentences) byStory.set(storyOfSentence(k), [...(byStory.get(storyOfSentence(k)) ?? []), k]);
    if (byStory.size === 1) finalFacts.push(f);
    else {
      for (const part of [...byStory.entries()].sort((a, b) => a[0] - b[0]).map(([, ks]) => ks)) {
        const g = sentenceFact(part.map((k) => corpus.sentences[k]!));
        if (g) finalFacts.push(g);
      }
    }
  }
  // An undated single-source fact is a report's opening sentence: kept only for a story that no
  // two documents corroborate (there it is the best statement of what happened; elsewhere the
  // corroborated facts say it, and one rewrite's opening adds only its odd wording).
  const corroborated = new Set(finalFacts.filter((f) => f.kind !== 'number' && f.documentCount > 1).map((f) => majorityStory(f.sentences, f.rep)));
  const keptFacts = finalFacts.filter(
    (f) => !(f.kind !== 'number' && f.documentCount === 1 && f.date === null && !f.attributed && corroborated.has(majorityStory(f.sentences, f.rep))),
  );
  // Headlines state the report's main claim (headlines.ts): a headline that states a claim of its
  // report's story counts that report for it.
  const storyDocs = storyResult.stories.map((st) => new Set(st.paragraphs.map((p) => p.doc)));
  const claimCentroid = (f: FactWork) => {
    const m = new Map<string, number>();
    for (const k of f.sentences) for (const [t, w] of factVectors.vectors[k]!) m.set(t, (m.get(t) ?? 0) + w);
    return m;
  };
  const headlineClaims = keptFacts.map((f) => ({
    centroid: f.kind === 'number' ? new Map<string, number>() : claimCentroid(f),
    documents: new Set(f.sentences.map((k) => corpus.sentences[k]!.doc)),
    storyDocuments: f.kind === 'number' ? new Set<number>() : storyDocs[majorityStory(f.sentences, f.rep)]!,
  }));
  const headlines = corpus.docs.map((d) => ({ doc: d.index, text: d.parsed.title }));
  for (const [k, docs] of joinHeadlines(headlines, headlineClaims, factVectors.idf)) {
    const f = keptFacts[k]!;
    for (const doc of docs) {
      const d = corpus.docs[doc]!;
      // A title taken from the lead is that sentence of the text; a headline stands before the text.
      const lead = corpus.sentences[d.paragraphSentences[0]![0]!]!;
      f.sources.push(d.parsed.titleSource === 'headline' ? { doc: ids[doc]!, paragraph: HEADLINE_PARAGRAPH, sentence: d.parsed.title } : { doc: ids[doc]!, paragraph: lead.paragraph, sentence: lead.text });
    }
    f.sources.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.paragraph - b.paragraph));
    const docSet = new Set(f.sources.map((x) => x.doc));
    f.documentCount = docSet.size;
    f.lineCount = new Set([...docSet].map((d) => lineOf(ids.indexOf(d)))).size;
  }
  const factOrder = keptFacts
    .map((f, k) => ({ f, k, story: majorityStory(f.sentences, f.rep) }))
    .sort((a, b) => a.story - b.story || b.f.documentCount - a.f.documentCount || b.f.lineCount - a.f.lineCount || a.f.sentences[0]! - b.f.sentences[0]!);
  const facts: Fact[] = factOrder.map(({ f, story }, k) => ({
    id: `f${String(k + 1).padStart(3, '0')}`,
    story: storyIds[story]!,
    kind: f.kind,
    text: f.text,
    sources: f.sources,
    documentCount: f.documentCount,
    lineCount: f.lineCount,
    numbers: f.numbers,
    entities: f.entities,
    terms: f.terms,
    date: f.date,
  }));
  const factSentences = factOrder.map(({ f }) => f.sentences);

  // Story titles (story-title.ts): candidates are the story's facts and the opening sentences of the
  // reports that open with it; one outlet's headline only when nothing reads as a title.
  const sentenceFlawed = (s: Sentence) =>
    (dateCheck.get(s.doc)?.inconsistent ?? false) ||
    (garbledFormRe?.test(s.folded) ?? false) ||
    mentionsBySentence[s.id]!.some((m) => entityOf(m)?.garbled.has(m.surface) ?? false);
  const workOf = new Map(factOrder.map(({ f }, k) => [facts[k]!.id, f]));
  const factOfSentence = new Map<number, Fact>();
  factOrder.forEach(({ f }, k) => {
    for (const sid of f.sentences) if (!factOfSentence.has(sid)) factOfSentence.set(sid, facts[k]!);
  });
  // People named with a role title in these sentences ("US Secretary of State Antony Blinken").
  const titledIn = (sentences: readonly number[]): TitledName[] => {
    const out = new Map<string, TitledName>();
    for (const sid of sentences) for (const m of mentionsBySentence[sid]!) {
      if (m.role === null) continue;
      const surface = corpus.sentences[sid]!.folded.slice(m.start, m.end);
      out.set(`${m.role}\u0000${surface}`, { role: m.role, surface });
    }
    return [...out.values()];
  };
  const storyTitle = (k: number, storyFacts: readonly Fact[], docs: readonly number[], centroid: Map<string, number>, terms: readonly string[]): string => {
    const leads = new Set(docs.filter((d) => storyOfParagraph[d]![0] === k).map((d) => corpus.docs[d]!.paragraphSentences[0]![0]!));
    const centrality = (sid: number) => cosine(factVectors.vectors[sid]!, centroid);
    const candidates: TitleCandidate[] = [];
    // Figures are background to an event (the same troop count recurs across stories), not its title.
    for (const f of storyFacts.filter((x) => x.kind !== 'number')) {
      const sids = workOf.get(f.id)!.sentences;
      const rep = corpus.sentences[workOf.get(f.id)!.rep]!;
      candidates.push({
        text: f.text,
        lead: false,
        lines: f.lineCount,
        documents: f.documentCount,
        event: f.kind === 'event',
        centrality: centrality(rep.id),
        plainness: plainness(rep),
        flawed: sentenceFlawed(rep),
        date: f.date,
        people: titledIn(sids),
      });
    }
    // A report's opening sentence, in its own words (its fact may be worded from another source).
    for (const sid of [...leads].sort((a, b) => a - b)) {
      const s = corpus.sentences[sid]!;
      if (!isClaim(s)) continue;
      const f = factOfSentence.get(sid)?.story === storyIds[k] ? factOfSentence.get(sid) : undefined;
      candidates.push({
        text: readAlone(s, s.text),
        lead: true,
        lines: f?.lineCount ?? 1,
        documents: f?.documentCount ?? 1,
        event: factKind([s], false, sentenceDates.has(sid)) === 'event',
        centrality: centrality(sid),
        plainness: plainness(s),
        flawed: sentenceFlawed(s),
        date: sentenceDates.get(sid)?.date ?? null,
        people: titledIn([sid]),
      });
    }
    const chosen = chooseTitle(candidates, terms);
    if (chosen) return chosen;
    const alone = docs.filter((d) => storyOfParagraph[d]!.every((x) => x === k) && docTitle(d).titleSource === 'headline');
    const headline = alone.sort((a, b) => (garbledInDoc.get(a)?.length ?? 0) - (garbledInDoc.get(b)?.length ?? 0) || a - b)[0];
    return cutAtPhrase(docTitle(headline ?? docs[0]!).title);
  };

  // Stories in output form.
  const stories: Story[] = storyResult.stories.map((st, k) => {
    const paragraphs = st.paragraphs.map((p) => ({ doc: ids[p.doc]!, paragraph: p.paragraph }));
    const docs = [...new Set(st.paragraphs.map((p) => p.doc))].sort((a, b) => a - b);
    const storyFacts = facts.filter((f) => f.story === storyIds[k]);
    const dates = storyFacts.map((f) => f.date).filter((d): d is string => d !== null).sort();
    const entCount = new Map<string, number>();
    for (const p of st.paragraphs) {
      for (const sid of corpus.docs[p.doc]!.paragraphSentences[p.paragraph]!) {
        for (const m of mentionsBySentence[sid]!) {
          const e = entityOf(m);
          if (e) entCount.set(e.id, (entCount.get(e.id) ?? 0) + 1);
        }
      }
    }
    const title = storyTitle(k, storyFacts, docs, st.centroid, st.terms);
    return {
      id: storyIds[k]!,
      title,
      dateStart: dates[0] ?? null,
      dateEnd: dates[dates.length - 1] ?? null,
      documents: docs.map((d) => ids[d]!),
      paragraphs,
      entities: [...entCount.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([e]) => e),
      terms: st.terms,
    };
  });

  // A pair is one line only when the evidence puts the two documents in one line.
  const sameLineOf = new Map<string, string>();
  for (const l of lines) for (const d of l.documents) sameLineOf.set(d, l.id);
  const relations = relationsWithinStories(
    ids,
    shingleSets,
    foundRelations,
    storyResult.stories.map((st) => st.paragraphs.map((p) => p.doc)),
  ).map((r) => (r.sameLine && sameLineOf.get(r.a) !== sameLineOf.get(r.b) ? { ...r, sameLine: false } : r));

  // Entities in output form.
  const entities: Entity[] = [];
  for (const [i, c] of [...canon.entries()].sort((a, b) => (a[1].id < b[1].id ? -1 : 1))) {
    const d = res.drafts[i]!;
    const roles = [...d.roles.entries()].sort((a, b) => b[1].weight - a[1].weight || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
    const docs = new Set<number>();
    for (const f of d.forms.values()) for (const x of f.docs) docs.add(x);
    entities.push({
      id: c.id,
      name: c.name,
      kind: d.kind,
      role: roles[0]?.[1].display ?? null,
      variants: [...d.forms.entries()]
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([form, f]) => ({ form, documents: [...f.docs].sort((a, b) => a - b).map((x) => ids[x]!), garbled: c.garbled.has(form) })),
      documents: [...docs].sort((a, b) => a - b).map((x) => ids[x]!),
    });
  }

  // Quotes.
  const spans = collectQuoteSpans(corpus);
  const quoteGroups = groupQuotes(corpus, spans)
    .map((g) => g.sort((a, b) => a - b))
    .sort((a, b) => a[0]! - b[0]!);
  const spanSpeakers = continueSpeakers(corpus, spans, spans.map((q) => speakerOfQuote(corpus, q, mentionsBySentence, entityOf)));
  const quotesWork = quoteGroups.map((g) => {
    const members = g.map((k) => spans[k]!);
    // The representative wording is a whole version, not an excerpt of it.
    const longest = Math.max(...members.map((q) => q.text.length));
    const sents = members.map((q) => corpus.sentences[q.sentence]!);
    const rep = cleanest(sents.filter((_, i) => members[i]!.text.length >= EXCERPT_SHARE * longest));
    const repSpan = members[sents.indexOf(rep)]!;
    const speakers = new Map<string, number>();
    for (const k of g) {
      const sp = spanSpeakers[k];
      if (sp) speakers.set(sp, (speakers.get(sp) ?? 0) + 1);
    }
    const speaker = [...speakers.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
    const byText = new Map<string, Set<number>>();
    for (const q of members) {
      const docSet = byText.get(q.text) ?? new Set<number>();
      docSet.add(q.doc);
      byText.set(q.text, docSet);
    }
    return {
      story: majorityStory(members.map((q) => q.sentence)),
      speaker,
      text: repSpan.text,
      variants: [...byText.entries()]
        .map(([text, docSet]) => ({ text, documents: [...docSet].sort((a, b) => a - b).map((x) => ids[x]!) }))
        .sort((a, b) => (a.documents[0]! < b.documents[0]! ? -1 : a.documents[0]! > b.documents[0]! ? 1 : a.text < b.text ? -1 : 1)),
    };
  });
  const quotes: Quote[] = quotesWork
    .sort((a, b) => a.story - b.story || b.variants.length - a.variants.length)
    .map((q, k) => ({ id: `q${String(k + 1).padStart(3, '0')}`, story: storyIds[q.story]!, speaker: q.speaker, text: q.text, variants: q.variants }));

  const discrepancies = buildDiscrepancies({
    ids,
    corpus,
    entities,
    stories,
    quotes,
    facts,
    factSentences,
    sentenceDate: (k) => sentenceDates.get(k)?.date ?? null,
    documentDates: dateCheck,
    openingStory: (doc) => storyIds[storyOfParagraph[doc]![0]!] ?? null,
    factReps: factOrder.map(({ f }) => f.rep),
  });
  const timeline = buildTimeline(facts, factSentences, (k) => sentenceDates.get(k), (k) => timelineLabel(facts[k]!.text, titledIn(factSentences[k]!)));

  // Documents in output form.
  const documents: KbDocument[] = corpus.docs.map((d) => {
    const chk = dateCheck.get(d.index);
    return {
      id: d.id,
      file: d.file,
      title: d.parsed.title,
      titleSource: d.parsed.titleSource,
      date: d.parsed.date,
      dateSource: d.parsed.dateSource,
      outlet: d.parsed.outlet,
      paragraphs: d.parsed.paragraphs,
      quality: {
        garbledNames: (garbledInDoc.get(d.index) ?? []).sort((a, b) => (a.surface < b.surface ? -1 : 1)),
        dateInconsistent: chk?.inconsistent ?? false,
        dateNote: chk?.note ?? anchors.get(d.index)?.note ?? null,
      },
    };
  });

  return {
    schemaVersion: KB_SCHEMA_VERSION,
    documents,
    relations,
    lines,
    stories,
    entities,
    facts,
    quotes,
    discrepancies,
    timeline,
  };
}




/** How many distinct garbled spellings each document has after pass 2 (before context merges). */
function garbleCounts(drafts: readonly Draft[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const d of drafts) for (const f of d.forms.values()) if (f.garbled) for (const doc of f.docs) out.set(doc, (out.get(doc) ?? 0) + 1);
  return out;
}

