/**
 * Stage 10, stories in output form: each story's title (story-title.ts chooses among its facts,
 * the opening sentences of the reports that open with it, the dated happenings its facts name and
 * the sentence-case headlines of its reports, title-frames.ts; titles are chosen in story order so
 * that a later one does not mirror an earlier one), its dates from its facts, documents, paragraphs and most-mentioned entities.
 */
import { cosine } from '../align';
import { HEADLINE_PARAGRAPH } from '../headlines';
import { factKind } from '../facts';
import { chooseTitle, cutAtPhrase, TakenTitles, type TitleCandidate } from '../story-title';
import type { Fact, Story } from '../types';
import type { ClaimContext, ClaimDraft } from './claims';
import { isClaim } from './claims';
import type { ClaimsStage } from './claims-by-story';
import { entityOf, titledIn } from './entities';
import { plainness, readAlone, sentenceFlawed } from './sources';
import { dateInconsistent } from './dates';
import type { StoriesStage } from './stories';
import { isSentenceCase, namedEvent, textVector } from '../title-frames';

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
  // Titles in story order: a later story's title may not mirror an earlier one's.
  const taken = new TakenTitles();
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
    const title = storyTitle(ctx, stories, index, k, storyFacts, docs, st.centroid, st.terms, taken);
    taken.add(title);
    return {
      id: stories.storyIds[k]!,
      title,
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
  taken: TakenTitles,
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
  // The frame of an event: a dated happening named as a phrase ("Monday's … meeting over …").
  for (const f of storyFacts) {
    const work = workOf.get(f.id)!;
    for (const sid of work.sentences) {
      const s = corpus.sentences[sid]!;
      const phrase = namedEvent(s.text);
      if (!phrase) continue;
      candidates.push({
        text: phrase,
        lead: false,
        lines: f.lineCount,
        documents: f.documentCount,
        event: true,
        centrality: centrality(sid),
        plainness: plainness(ctx, s),
        flawed: sentenceFlawed(ctx, s),
        date: null,
        people: titledIn(corpus, entities, [sid]),
        frame: true,
      });
    }
  }
  // A report's sentence-case headline, for the one story of its report it resembles most.
  const idf = ctx.alignment.factVectors.idf;
  const norm = (v: ReadonlyMap<string, number>) => Math.sqrt([...v.values()].reduce((x, w) => x + w * w, 0)) || 1;
  for (const d of docs) {
    const parsed = corpus.docs[d]!.parsed;
    if (parsed.titleSource !== 'headline' || !isSentenceCase(parsed.title)) continue;
    const v = textVector(parsed.title, idf);
    const own = [...new Set(stories.storyOfParagraph[d]!)];
    const sim = (x: number) => cosine(v, stories.stories[x]!.centroid) / norm(stories.stories[x]!.centroid);
    const best = own.sort((a, b) => sim(b) - sim(a) || a - b)[0];
    if (best !== k) continue;
    const joined = storyFacts.find((f) => f.story === stories.storyIds[k] && f.sources.some((s) => s.doc === ctx.ids[d] && s.paragraph === HEADLINE_PARAGRAPH));
    candidates.push({
      text: parsed.title,
      lead: true,
      lines: joined?.lineCount ?? 1,
      documents: joined?.documentCount ?? 1,
      event: true,
      centrality: cosine(v, centroid),
      plainness: 0,
      flawed: dateInconsistent(ctx.dates, d) || (entities.garbledFormRe?.test(parsed.title) ?? false),
      date: null,
      people: [],
      frame: true,
    });
  }
  const chosen = chooseTitle(candidates, terms, taken);
  if (chosen) return chosen;
  const docTitle = (doc: number) => corpus.docs[doc]!.parsed;
  const alone = docs.filter((d) => stories.storyOfParagraph[d]!.every((x) => x === k) && docTitle(d).titleSource === 'headline');
  const headline = alone.sort((a, b) => (entities.garbledInDoc.get(a)?.length ?? 0) - (entities.garbledInDoc.get(b)?.length ?? 0) || a - b)[0];
  return cutAtPhrase(docTitle(headline ?? docs[0]!).title);
}
