/**
 * Stage 9, claims made final once stories are known: a claim belongs to one story (sources in
 * another story are a different event told in similar words), a one-source opening sentence is
 * dropped where corroborated claims already tell its story, titles join the claim of their own
 * story they state (headlines.ts), and the facts are numbered story by story.
 */
import { HEADLINE_PARAGRAPH, joinHeadlines } from '../headlines';
import type { Fact } from '../types';
import { sentenceClaim, type ClaimCandidates, type ClaimContext, type ClaimDraft } from './claims';
import { lineOf } from './lines';
import { majorityStory, type StoriesStage } from './stories';

export interface ClaimsStage {
  facts: Fact[];
  /** The draft behind each fact, in the order of `facts`. */
  drafts: ClaimDraft[];
  /** Sentence ids of each fact, in the order of `facts`. */
  factSentences: number[][];
  /** Sentence id of each fact's representative source, in the order of `facts`. */
  factReps: number[];
}

export function claimsByStory(ctx: ClaimContext, candidates: ClaimCandidates, stories: StoriesStage): ClaimsStage {
  const { corpus, ids } = ctx;
  const storyOf = stories.storyOfSentence;
  // Figures may recur across stories (a troop count is background to several events) and stay whole.
  const split: ClaimDraft[] = [];
  for (const f of candidates.drafts) {
    if (f.kind === 'number') {
      split.push(f);
      continue;
    }
    const byStory = new Map<number, number[]>();
    for (const k of f.sentences) byStory.set(storyOf[k]!, [...(byStory.get(storyOf[k]!) ?? []), k]);
    if (byStory.size === 1) split.push(f);
    else {
      for (const part of [...byStory.entries()].sort((a, b) => a[0] - b[0]).map(([, ks]) => ks)) {
        const g = sentenceClaim(ctx, candidates.numberCovered, part.map((k) => corpus.sentences[k]!));
        if (g) split.push(g);
      }
    }
  }
  const storyOfClaim = (f: ClaimDraft) => majorityStory(stories, f.sentences, f.rep);
  // An undated single-source fact is a report's opening sentence: kept only for a story that no
  // two documents corroborate (there it is the best statement of what happened; elsewhere the
  // corroborated facts say it, and one rewrite's opening adds only its odd wording).
  const corroborated = new Set(split.filter((f) => f.kind !== 'number' && f.documentCount > 1).map(storyOfClaim));
  const kept = split.filter((f) => !(f.kind !== 'number' && f.documentCount === 1 && f.date === null && !f.attributed && corroborated.has(storyOfClaim(f))));

  // Headlines state the report's main claim (headlines.ts): a headline that states a claim of its
  // report's story counts that report for it.
  const vectors = ctx.alignment.factVectors;
  const storyDocs = stories.stories.map((st) => new Set(st.paragraphs.map((p) => p.doc)));
  const claimCentroid = (f: ClaimDraft) => {
    const m = new Map<string, number>();
    for (const k of f.sentences) for (const [t, w] of vectors.vectors[k]!) m.set(t, (m.get(t) ?? 0) + w);
    return m;
  };
  const headlineClaims = kept.map((f) => ({
    centroid: f.kind === 'number' ? new Map<string, number>() : claimCentroid(f),
    documents: new Set(f.sentences.map((k) => corpus.sentences[k]!.doc)),
    storyDocuments: f.kind === 'number' ? new Set<number>() : storyDocs[storyOfClaim(f)]!,
  }));
  const headlines = corpus.docs.map((d) => ({ doc: d.index, text: d.parsed.title }));
  for (const [k, docs] of joinHeadlines(headlines, headlineClaims, vectors.idf)) {
    const f = kept[k]!;
    for (const doc of docs) {
      const d = corpus.docs[doc]!;
      // A title taken from the lead is that sentence of the text; a headline stands before the text.
      const lead = corpus.sentences[d.paragraphSentences[0]![0]!]!;
      f.sources.push(d.parsed.titleSource === 'headline' ? { doc: ids[doc]!, paragraph: HEADLINE_PARAGRAPH, sentence: d.parsed.title } : { doc: ids[doc]!, paragraph: lead.paragraph, sentence: lead.text });
    }
    f.sources.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.paragraph - b.paragraph));
    const docSet = new Set(f.sources.map((x) => x.doc));
    f.documentCount = docSet.size;
    f.lineCount = new Set([...docSet].map((d) => lineOf(ctx.lines, ids.indexOf(d)))).size;
  }

  // Story by story; inside one, the best corroborated first.
  const order = kept
    .map((f) => ({ f, story: storyOfClaim(f) }))
    .sort((a, b) => a.story - b.story || b.f.documentCount - a.f.documentCount || b.f.lineCount - a.f.lineCount || a.f.sentences[0]! - b.f.sentences[0]!);
  const facts: Fact[] = order.map(({ f, story }, k) => ({
    id: `f${String(k + 1).padStart(3, '0')}`,
    story: stories.storyIds[story]!,
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
  const drafts = order.map(({ f }) => f);
  return { facts, drafts, factSentences: drafts.map((f) => f.sentences), factReps: drafts.map((f) => f.rep) };
}
