/**
 * The KB compiler: seed files in, KB out. Pure and deterministic: inputs are sorted by file name,
 * every collection is emitted in a defined order, ids derive from content and order, and nothing
 * reads the clock or a random source.
 *
 * Steps (each in its own module):
 *   decode + validate (input.ts) → parse documents (parse-document.ts) → sentences (corpus.ts)
 *   → shared phrasing and lines of reporting (relations.ts)
 *   → names (mentions.ts) → entities and garbled names (entities.ts, with sentence alignment)
 *   → sentence alignment with entities (align.ts) → document date check and date resolution (temporal.ts)
 *   → facts (facts.ts) → quotes (quotes.ts) → stories (stories.ts)
 *   → discrepancies and timeline (this file).
 */
import { contentTerms, tokenize } from '../text';
import { alignPairs, cosine, tfidfVectors, type AlignedPair } from './align';
import { buildCorpus, sentenceTerms, type Corpus, type Sentence } from './corpus';
import { daysBetween, weekdayName } from './dates';
import { chooseCanonical, mergeByContext, resolveEntities, type Draft } from './entities';
import { KbInputError } from './errors';
import {
  ATTACH_SIMILARITY, FACT_SIMILARITY, MAX_FACT_QUOTE_SHARE, MIN_FACT_WORDS, clauseAround, clusterSentences, countsIn, factKind, quoteShare,
} from './facts';
import { documentIds, slug, uniqueIds } from './ids';
import { decodeSeed } from './input';
import { findMentions, type Mention } from './mentions';
import { parseDocument } from './parse-document';
import { collectQuoteSpans, groupQuotes, speakerOfQuote } from './quotes';
import { computeLines, computeRelations, docShingles, relationsWithinStories } from './relations';
import { buildStories } from './stories';
import { findDateExpressions, resolveAfterAnchor, resolveAgainstDocument, resolveNear } from './temporal';
import {
  KB_SCHEMA_VERSION,
  type Discrepancy,
  type Entity,
  type Fact,
  type FactSource,
  type Kb,
  type KbDocument,
  type Quote,
  type Story,
  type TimelineItem,
} from './types';

export { KbInputError } from './errors';

/** Sentences (names removed) this similar are "the same sentence apart from the names". */
export const CONTEXT_SIMILARITY = 0.45;
/** Sentences stating the same figure of the same thing are one fact at this cosine or above. */
export const NUMBER_CONTEXT_SIMILARITY = 0.1;
/** A document whose date is further than this from the documents reporting the same events is inconsistent. */
export const DATE_TOLERANCE_DAYS = 30;

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
  const nDocs = corpus.docs.length;

  // Shared phrasing and lines of reporting.
  const shingleSets = corpus.docs.map((d) => docShingles(d.parsed.paragraphs));
  const foundRelations = computeRelations(ids, shingleSets);
  const lines = computeLines(ids, foundRelations);
  const lineOfDoc = new Map<number, string>();
  for (const l of lines) for (const d of l.documents) lineOfDoc.set(ids.indexOf(d), l.id);
  const lineOf = (doc: number) => lineOfDoc.get(doc)!;

  // Names.
  const capsMid = new Set<string>();
  for (const s of corpus.sentences) for (const m of s.folded.matchAll(/(?<=[a-z0-9,;:)] )[A-Z][A-Za-z'-]+/g)) capsMid.add(m[0].replace(/'s$/, ''));
  const mentionsBySentence = corpus.sentences.map((s) => findMentions(s, capsMid));
  const allMentions = mentionsBySentence.flat();
  const res = resolveEntities(corpus, allMentions);
  const spelledGarbles = garbleCounts(corpus, res.drafts);

  // Sentences compared without their person names: garbled names must not hide a shared sentence.
  const personSpans = (s: Sentence) =>
    mentionsBySentence[s.id]!.filter((m) => res.of.has(m) && res.drafts[res.of.get(m)!]!.kind === 'person');
  const noNameTerms = corpus.sentences.map((s) => sentenceTerms(s, personSpans(s)));
  const noNameVectors = tfidfVectors(noNameTerms);
  const group = corpus.sentences.map((s) => s.doc);
  const contextPairs = alignPairs(noNameVectors, group, CONTEXT_SIMILARITY);
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
    const terms = narrative.length >= 5 ? narrative : [...noNameTerms[k]!];
    for (const m of personSpans(s)) {
      const e = entityOf(m);
      if (e) terms.push(`@${e.id}`);
    }
    return terms;
  });
  const factVectors = tfidfVectors(factTerms);
  const factPairs = alignPairs(factVectors, group, ATTACH_SIMILARITY * 0.7);

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
  // the others (the most typical wording), then document order.
  const sourceRank = (s: Sentence, centroid: Map<string, number> | null) => {
    const garbledHere = mentionsBySentence[s.id]!.some((m) => {
      const e = entityOf(m);
      return e ? e.garbled.has(m.surface) : false;
    });
    const centrality = centroid ? cosine(factVectors.vectors[s.id]!, centroid) : 0;
    return [
      dateCheck.get(s.doc)?.inconsistent ? 1 : 0,
      garbledHere ? 1 : 0,
      garbledInDoc.get(s.doc)?.length ?? 0,
      -Math.round(centrality * 100),
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

  // Facts. Candidates first; they are final once stories are known (a claim belongs to one story).
  const isClaim = (s: Sentence) => tokenize(s.text).length >= MIN_FACT_WORDS && quoteShare(s) <= MAX_FACT_QUOTE_SHARE;
  const clusters = clusterSentences(corpus, factPairs, factVectors.vectors)
    .map((c) => c.filter((k) => isClaim(corpus.sentences[k]!)))
    .filter((c) => c.length > 0);
  type FactWork = Omit<Fact, 'id' | 'story'> & { sentences: number[]; paragraphs: { doc: number; paragraph: number }[] };
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
    const parent = g.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (let i = 0; i < g.length; i++) {
      for (let j = i + 1; j < g.length; j++) {
        if (cosine(factVectors.vectors[g[i]!.sentence]!, factVectors.vectors[g[j]!.sentence]!) >= NUMBER_CONTEXT_SIMILARITY) parent[find(j)] = find(i);
      }
    }
    const parts = new Map<number, typeof g>();
    g.forEach((x, i) => parts.set(find(i), [...(parts.get(find(i)) ?? []), x]));
    for (const part of parts.values()) numberFacts.push({ sents: part.map((x) => corpus.sentences[x.sentence]!), numbers: part });
  }
  const makeNumberFact = (sents: Sentence[], g: { sentence: number; n: ReturnType<typeof countsIn>[number]['n'] }[]) => {
    const rep = cleanest(sents);
    const repN = g.find((x) => x.sentence === rep.id)!.n;
    const span = clauseAround(rep.folded, repN.start);
    return makeFact('number', rep.text.slice(span.start, span.end), sents, [{ text: repN.text, value: repN.value }]);
  };
  for (const nf of numberFacts) factWork.push(makeNumberFact(nf.sents, nf.numbers));
  const sentenceFact = (sents: Sentence[]): FactWork | null => {
    const docsHere = new Set(sents.map((s) => s.doc));
    const dated = sents.some((s) => sentenceDates.get(s.id)?.date);
    if (docsHere.size < 2) {
      // Single-source claims: keep dated narrative statements of events; figures are number facts already.
      const s = sents[0]!;
      if (numberCovered.has(s.id) || quoteShare(s) > 0.5 || !dated) return null;
      if (factKind(sents, false, true) !== 'event') return null;
    }
    return makeFact(factKind(sents, false, dated), cleanest(sents).text, sents, []);
  };
  for (const c of clusters) {
    const f = sentenceFact(c.map((k) => corpus.sentences[k]!).sort((a, b) => a.doc - b.doc));
    if (f) factWork.push(f);
  }

  function makeFact(kind: Fact['kind'], text: string, sents: Sentence[], numbers: Fact['numbers']): FactWork {
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
      text: text.trim(),
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
      paragraphs: sents.map((s) => ({ doc: s.doc, paragraph: s.paragraph })),
    };
  }

  // Stories.
  const storyResult = buildStories(corpus, {
    paragraphTerms: corpus.docs.map((d) =>
      d.paragraphSentences.map((sids) => sids.flatMap((k) => [...noNameTerms[k]!, ...personSpans(corpus.sentences[k]!).map((m) => `@${entityOf(m)?.id ?? ''}`)])),
    ),
    sentenceDate: (k) => sentenceDates.get(k)?.date ?? null,
    facts: factWork.map((f) => f.sentences),
  });

  const docTitle = (doc: number) => corpus.docs[doc]!.parsed;
  const storyOfParagraph = storyResult.storyOfParagraph;
  const storyIds = storyResult.stories.map((_, k) => `s${String(k + 1).padStart(2, '0')}`);
  const storyOfSentence = (k: number) => {
    const s = corpus.sentences[k]!;
    return storyOfParagraph[s.doc]![s.paragraph]!;
  };
  const majorityStory = (sentences: readonly number[]) => {
    const c = new Map<number, number>();
    for (const k of sentences) c.set(storyOfSentence(k), (c.get(storyOfSentence(k)) ?? 0) + 1);
    return [...c.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
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
  const factOrder = finalFacts
    .map((f, k) => ({ f, k, story: majorityStory(f.sentences) }))
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
    // Title: the headline of the cleanest document whose opening belongs to this story, else the
    // story's best-supported fact, shortened to its first clause.
    const openers = docs.filter((d) => storyOfParagraph[d]![0] === k && docTitle(d).titleSource === 'headline');
    const opener = openers.sort((a, b) => (garbledInDoc.get(a)?.length ?? 0) - (garbledInDoc.get(b)?.length ?? 0) || a - b)[0];
    let title: string;
    if (opener !== undefined) title = docTitle(opener).title;
    else {
      // The most central fact (cosine with the story's term centroid), events and corroborated facts first.
      const work = new Map(factOrder.map(({ f }, k) => [facts[k]!.id, f]));
      const score = (f: Fact) => {
        const sid = work.get(f.id)!.sentences.find((x) => corpus.sentences[x]!.text === f.text) ?? work.get(f.id)!.sentences[0]!;
        // A title should read like one: long sentences lose a little per word over twenty.
        const words = tokenize(f.text).length;
        return cosine(factVectors.vectors[sid]!, st.centroid) + (f.kind === 'event' ? 1 : 0) + f.documentCount - 0.02 * Math.max(0, words - 20);
      };
      const best = [...storyFacts].sort((a, b) => score(b) - score(a) || (a.id < b.id ? -1 : 1))[0];
      title = best ? shortTitle(best.text) : docTitle(docs[0]!).title;
    }
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

  const relations = relationsWithinStories(
    ids,
    shingleSets,
    foundRelations,
    storyResult.stories.map((st) => st.paragraphs.map((p) => p.doc)),
  );

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
      role: roles[0] ? tidyRole(roles[0][1].display) : null,
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
  const quotesWork = quoteGroups.map((g) => {
    const members = g.map((k) => spans[k]!);
    const sents = members.map((q) => corpus.sentences[q.sentence]!);
    const rep = cleanest(sents);
    const repSpan = members[sents.indexOf(rep)]!;
    const speakers = new Map<string, number>();
    for (const q of members) {
      const sp = speakerOfQuote(corpus, q, mentionsBySentence, entityOf);
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

  // Discrepancies.
  const discrepancies: Omit<Discrepancy, 'id'>[] = [];
  const storyOfEntity = (entityId: string) => stories.find((s) => s.entities.includes(entityId))?.id ?? null;
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    const garbled = e.variants.filter((v) => v.garbled);
    if (!garbled.length) continue;
    const clean = e.variants.filter((v) => !v.garbled && v.form.split(' ').length >= 1);
    const canonicalDocs = [...new Set(clean.flatMap((v) => v.documents))].sort();
    discrepancies.push({
      story: storyOfEntity(e.id),
      kind: 'name',
      subject: e.role ? `Name of the ${e.role.replace(/^(?:US|Russian)\s+/, '')}` : `Spelling of ${e.name}'s name`,
      variants: [
        { value: e.name, documents: canonicalDocs },
        ...garbled.map((v) => ({ value: v.form, documents: v.documents })),
      ],
      fact: null,
      entity: e.id,
    });
  }
  quotes.forEach((q) => {
    if (q.variants.length < 2) return;
    discrepancies.push({
      story: q.story,
      kind: 'quote',
      subject: `Wording of a quote${q.speaker ? ` by ${entities.find((e) => e.id === q.speaker)?.name ?? q.speaker}` : ''}`,
      variants: q.variants.map((v) => ({ value: v.text, documents: v.documents })),
      fact: null,
      entity: q.speaker,
    });
  });
  facts.forEach((f, k) => {
    // Figures and dates that differ between the sources of one fact.
    const sents = factSentences[k]!.map((x) => corpus.sentences[x]!);
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
      const d = sentenceDates.get(s.id)?.date;
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
  for (let doc = 0; doc < nDocs; doc++) {
    const chk = dateCheck.get(doc);
    if (!chk?.inconsistent) continue;
    const storyHere = storyIds[storyOfParagraph[doc]![0]!] ?? null;
    discrepancies.push({
      story: storyHere,
      kind: 'document-date',
      subject: `Date of document ${ids[doc]}`,
      variants: [
        { value: corpus.docs[doc]!.parsed.date!, documents: [ids[doc]!] },
        { value: chk.consensus!, documents: chk.neighbours.map((x) => ids[x]!).sort() },
      ],
      fact: null,
      entity: null,
    });
  }

  // Timeline: every dated fact, in date order.
  const timeline: TimelineItem[] = facts
    .map((f, k) => ({ f, k }))
    .filter(({ f }) => f.date !== null)
    .map(({ f, k }) => {
      const basis = factSentences[k]!.map((x) => sentenceDates.get(x)).find((d) => d && d.date === f.date);
      return {
        id: '',
        date: f.date!,
        label: f.text,
        story: f.story,
        documents: [...new Set(f.sources.map((s) => s.doc))].sort(),
        dateBasis: basis?.basis ?? ('document' as const),
        relative: basis?.basis === 'relative' ? basis.expression : null,
        factIndex: k,
      };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.factIndex - b.factIndex))
    .map(({ factIndex, ...t }, k) => ({ ...t, id: `t${String(k + 1).padStart(3, '0')}` }));


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
    discrepancies: discrepancies.map((x, k) => ({ id: `x${String(k + 1).padStart(3, '0')}`, ...x })),
    timeline,
  };
}



function tidyRole(role: string): string {
  return role.replace(/^([a-z])/, (c) => c).replace(/\s+/g, ' ');
}

function shortTitle(text: string): string {
  const t = text.replace(/["\u201c\u201d]/g, '').replace(/[.!?]+$/, '');
  const words = t.split(/\s+/);
  return words.length <= 14 ? t : `${words.slice(0, 12).join(' ')}…`;
}

/** How many distinct garbled spellings each document has after pass 2 (before context merges). */
function garbleCounts(corpus: Corpus, drafts: readonly Draft[]): Map<number, number> {
  void corpus;
  const out = new Map<number, number>();
  for (const d of drafts) for (const f of d.forms.values()) if (f.garbled) for (const doc of f.docs) out.set(doc, (out.get(doc) ?? 0) + 1);
  return out;
}

interface DateCheck {
  inconsistent: boolean;
  consensus: string | null;
  neighbours: number[];
  note: string | null;
}

/**
 * A document's stated date is checked against the dated documents that report the same events
 * (at least two aligned sentences with it). When at least two of them agree with each other (within
 * a week) and the document's date is more than DATE_TOLERANCE_DAYS away from theirs, its date is
 * inconsistent with its content. The note names the evidence.
 */
function checkDocumentDates(corpus: Corpus, pairs: readonly AlignedPair[]): Map<number, DateCheck> {
  // shared[doc] = other document → number of aligned sentence pairs.
  const shared = corpus.docs.map(() => new Map<number, number>());
  for (const p of pairs) {
    if (p.sim < FACT_SIMILARITY) continue;
    const a = corpus.sentences[p.a]!.doc;
    const b = corpus.sentences[p.b]!.doc;
    shared[a]!.set(b, (shared[a]!.get(b) ?? 0) + 1);
    shared[b]!.set(a, (shared[b]!.get(a) ?? 0) + 1);
  }
  const out = new Map<number, DateCheck>();
  for (const d of corpus.docs) {
    const date = d.parsed.date;
    if (!date) continue;
    const neighbours = [...shared[d.index]!.entries()]
      .filter(([o, n]) => n >= 2 && corpus.docs[o]!.parsed.date)
      .map(([o]) => o)
      .sort((a, b) => a - b);
    const dates = neighbours.map((o) => corpus.docs[o]!.parsed.date!).sort();
    const median = dates[Math.floor(dates.length / 2)] ?? null;
    const agreeing = median ? neighbours.filter((o) => Math.abs(daysBetween(corpus.docs[o]!.parsed.date!, median)) <= 7) : [];
    if (median && agreeing.length >= 2 && Math.abs(daysBetween(date, median)) > DATE_TOLERANCE_DAYS) {
      const weekdays = d.paragraphSentences
        .flat()
        .flatMap((k) => findDateExpressions(corpus.sentences[k]!.folded))
        .filter((e) => e.weekday !== null)
        .map((e) => e.text.replace(/^(?:on|later|earlier)\s+/i, ''));
      const uniq = [...new Set(weekdays)];
      out.set(d.index, {
        inconsistent: true,
        consensus: median,
        neighbours: agreeing,
        note:
          `Dated ${date}, but it reports the same events as ${agreeing.length} documents dated ${median} ` +
          `(${agreeing.map((o) => corpus.docs[o]!.id).join(', ')}), ${Math.abs(daysBetween(median, date))} days apart` +
          (uniq.length ? `; its ${uniq.map((w) => `"${w}"`).join(', ')} cannot be read against its own date.` : '.'),
      });
    } else {
      out.set(d.index, { inconsistent: false, consensus: median, neighbours, note: null });
    }
  }
  return out;
}

interface Anchor {
  /** '' when no anchor could be found. */
  date: string;
  /** 'near': weekdays are the nearest such day to `date`; 'after': the first such day after it. */
  mode: 'near' | 'after';
  note: string;
}

/**
 * Dates for a document without one, from the dated documents that report the same events:
 * 1. Direct: one of its sentences names a weekday and states the same event as a sentence of a
 *    trustworthy dated document that names the same weekday; that date is the document's reference,
 *    and its other weekdays are read as the nearest such days.
 * 2. Otherwise it refers back to dated events (it repeats them); it was written after the latest
 *    of them, and its weekdays are the first such days after that.
 * Without either, its weekdays stay unresolved and the note says so.
 */
function undatedAnchors(corpus: Corpus, pairs: readonly AlignedPair[], trusted: (doc: number) => boolean): Map<number, Anchor> {
  const out = new Map<number, Anchor>();
  const eventDate = (k: number): { date: string; weekday: number | null } | null => {
    const s = corpus.sentences[k]!;
    if (!trusted(s.doc)) return null;
    const docDate = corpus.docs[s.doc]!.parsed.date!;
    for (const e of findDateExpressions(s.folded)) {
      const d = resolveAgainstDocument(e, docDate);
      if (d) return { date: d, weekday: e.weekday };
    }
    return null;
  };
  const pairsOfDoc = new Map<number, AlignedPair[]>();
  for (const p of pairs) {
    if (p.sim < FACT_SIMILARITY) continue;
    for (const k of [p.a, p.b]) {
      const doc = corpus.sentences[k]!.doc;
      if (corpus.docs[doc]!.parsed.date) continue;
      const list = pairsOfDoc.get(doc) ?? [];
      list.push(p);
      pairsOfDoc.set(doc, list);
    }
  }
  for (const d of corpus.docs) {
    if (d.parsed.date) continue;
    let latest: { date: string; from: number } | null = null;
    const direct: { date: string; from: number }[] = [];
    for (const p of pairsOfDoc.get(d.index) ?? []) {
      const own = corpus.sentences[p.a]!.doc === d.index ? p.a : p.b;
      const other = own === p.a ? p.b : p.a;
      const ev = eventDate(other);
      if (!ev) continue;
      if (!latest || ev.date > latest.date) latest = { date: ev.date, from: other };
      const mine = findDateExpressions(corpus.sentences[own]!.folded).find((e) => e.weekday !== null);
      if (mine && ev.weekday !== null && mine.weekday === ev.weekday) direct.push({ date: ev.date, from: other });
    }
    if (direct.length) {
      direct.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.from - b.from));
      const ref = direct[Math.floor((direct.length - 1) / 2)]!;
      const src = corpus.docs[corpus.sentences[ref.from]!.doc]!.id;
      out.set(d.index, {
        date: ref.date,
        mode: 'near',
        note: `No date in the text. It reports an event that ${src} dates ${weekdayName(ref.date)} ${ref.date} under the same weekday, so its weekdays are read as the nearest such days to ${ref.date}.`,
      });
    } else if (latest) {
      const src = corpus.docs[corpus.sentences[latest.from]!.doc]!.id;
      out.set(d.index, {
        date: latest.date,
        mode: 'after',
        note: `No date in the text. It refers back to events of ${latest.date} (as ${src} reports them), so its weekdays are read as the first such days after ${weekdayName(latest.date)} ${latest.date}.`,
      });
    } else {
      out.set(d.index, { date: '', mode: 'after', note: 'No date in the text and no dated report of the same events, so its weekdays are not resolved.' });
    }
  }
  return out;
}

interface SentenceDate {
  date: string;
  basis: 'stated' | 'relative';
  expression: string;
}

function resolveSentenceDates(corpus: Corpus, trusted: (doc: number) => boolean, anchors: Map<number, Anchor>): Map<number, SentenceDate> {
  const out = new Map<number, SentenceDate>();
  for (const s of corpus.sentences) {
    const doc = corpus.docs[s.doc]!;
    const anchor = anchors.get(s.doc);
    for (const e of findDateExpressions(s.folded)) {
      let date: string | null = null;
      if (trusted(s.doc)) date = resolveAgainstDocument(e, doc.parsed.date!);
      else if (!doc.parsed.date && anchor?.date) date = anchor.mode === 'near' ? resolveNear(e, anchor.date) : resolveAfterAnchor(e, anchor.date);
      else if (e.stated?.year) date = resolveAfterAnchor(e, `${e.stated.year}-01-01`);
      if (!date) continue;
      out.set(s.id, { date, basis: e.stated ? 'stated' : 'relative', expression: e.text });
      break;
    }
  }
  return out;
}


