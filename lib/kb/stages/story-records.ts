/**
 * Stage 10, stories in output form: each story's title (story-title.ts chooses among its facts and
 * the opening sentences of the reports that open with it; one outlet's headline only when nothing
 * reads as a title), its dates from its facts, documents, paragraphs and most-mentioned entities.
 */
import { cosine } from '../align';
import { factKind } from '../facts';
import { chooseTitle, cutAtPhrase, type TitleCandidate } from '../story-title';
import type { Fact, Story } from '../types';
import type { ClaimContext, ClaimDraft } from './claims';
import { isClaim } from './claims';
import type { ClaimsStage } from './claims-by-story';
import { entityOf, titledIn } from './entities';
import { plainness, readAlone, sentenceFlawed } from './sources';
import type { StoriesStage } from './stories';

/** The draft behind each fact id, and the first fact each sentence backs. */
interface FactIndex {
  workOf: Map<string, ClaimDraft>;
  factOfSentence: Map<number, Fact>;
}

export function storyRecords(ctx: ClaimContext, stories: StoriesStage, claims: ClaimsStage): Story[] {
  const { corpus, ids, entities } = ctx;
  const index: FactIndex = { workOf: new Map(claims.drafts.map((f, i) => [claims.facts[i]!.id, f])), factOfSentence: new Map() };
  claims.drafts.forEach((f, i) => {
    for (const sid of f.sentences) if (!index.factOfSentence.has(sid)) index.factOfSentence.set(sid, claims.facts[i]!);
  });
  return stories.stories.map((st, k) => {
    const paragraphs = st.paragraphs.map((p) => ({ doc: ids[p.doc]!, paragraph: p.paragraph }));
    const docs = [...new Set(st.paragraphs.map((p) => p.doc))].sort((a, b) => a - b);
    const storyFacts = claims.facts.filter((f) => f.story === stories.storyIds[k]);
    const dates = storyFacts.map((f) => f.date).filter((d): d is string => d !== null).sort();
    const entCount = new Map<string, number>();
    for (const p of st.paragraphs) {
      for (const sid of corpus.docs[p.doc]!.paragraphSentences[p.paragraph]!) {
        for (const m of entities.mentionsBySentence[sid]!) {
          const e = entityOf(entities, m);
          if (e) entCount.set(e.id, (entCount.get(e.id) ?? 0) + 1);
        }
      }
    }
    return {
      id: stories.storyIds[k]!,
      title: storyTitle(ctx, stories, index, k, storyFacts, docs, st.centroid, st.terms),
      dateStart: dates[0] ?? null,
      dateEnd: dates[dates.length - 1] ?? null,
      documents: docs.map((d) => ids[d]!),
      paragraphs,
      entities: [...entCount.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([e]) => e),
      terms: st.terms,
    };
  });
}

function storyTitle(
  ctx: ClaimContext,
  stories: StoriesStage,
  { workOf, factOfSentence }: FactIndex,
  k: number,
  storyFacts: readonly Fact[],
  docs: readonly number[],
  centroid: Map<string, number>,
  terms: readonly string[],
): string {
  const { corpus, entities, dates } = ctx;
  const vectors = ctx.alignment.factVectors.vectors;
  const leads = new Set(docs.filter((d) => stories.storyOfParagraph[d]![0] === k).map((d) => corpus.docs[d]!.paragraphSentences[0]![0]!));
  const centrality = (sid: number) => cosine(vectors[sid]!, centroid);
  const candidates: TitleCandidate[] = [];
  // Figures are background to an event (the same troop count recurs across stories), not its title.
  for (const f of storyFacts.filter((x) => x.kind !== 'number')) {
    const work = workOf.get(f.id)!;
    const rep = corpus.sentences[work.rep]!;
    candidates.push({
      text: f.text,
      lead: false,
      lines: f.lineCount,
      documents: f.documentCount,
      event: f.kind === 'event',
      centrality: centrality(rep.id),
      plainness: plainness(ctx, rep),
      flawed: sentenceFlawed(ctx, rep),
      date: f.date,
      people: titledIn(corpus, entities, work.sentences),
    });
  }
  // A report's opening sentence, in its own words (its fact may be worded from another source).
  for (const sid of [...leads].sort((a, b) => a - b)) {
    const s = corpus.sentences[sid]!;
    if (!isClaim(s)) continue;
    const f = factOfSentence.get(sid)?.story === stories.storyIds[k] ? factOfSentence.get(sid) : undefined;
    candidates.push({
      text: readAlone(ctx, s, s.text),
      lead: true,
      lines: f?.lineCount ?? 1,
      documents: f?.documentCount ?? 1,
      event: factKind([s], false, dates.sentenceDates.has(sid)) === 'event',
      centrality: centrality(sid),
      plainness: plainness(ctx, s),
      flawed: sentenceFlawed(ctx, s),
      date: dates.sentenceDates.get(sid)?.date ?? null,
      people: titledIn(corpus, entities, [sid]),
    });
  }
  const chosen = chooseTitle(candidates, terms);
  if (chosen) return chosen;
  const docTitle = (doc: number) => corpus.docs[doc]!.parsed;
  const alone = docs.filter((d) => stories.storyOfParagraph[d]!.every((x) => x === k) && docTitle(d).titleSource === 'headline');
  const headline = alone.sort((a, b) => (entities.garbledInDoc.get(a)?.length ?? 0) - (entities.garbledInDoc.get(b)?.length ?? 0) || a - b)[0];
  return cutAtPhrase(docTitle(headline ?? docs[0]!).title);
}
