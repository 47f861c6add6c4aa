/**
 * Stage 8, events/stories: documents cut into topical segments and joined across documents into
 * stories (stories.ts), given each paragraph's terms (names as entity ids), the sentence dates,
 * the trusted publication dates and the claim candidates. Also which story a sentence, a claim or
 * a quote belongs to.
 */
import type { Corpus } from '../corpus';
import { buildStories, type StoryResult } from '../stories';
import type { ClaimCandidates } from './claims';
import type { DatesStage } from './dates';
import { entityOf, type EntitiesStage } from './entities';

export interface StoriesStage extends StoryResult {
  /** Output id of each story ("s01", …), by story index. */
  storyIds: string[];
  /** Story index of each sentence, by sentence id. */
  storyOfSentence: number[];
}

export function storiesStage(corpus: Corpus, entities: EntitiesStage, dates: DatesStage, candidates: ClaimCandidates): StoriesStage {
  const result = buildStories(corpus, {
    paragraphTerms: corpus.docs.map((d) =>
      d.paragraphSentences.map((sids) =>
        sids.flatMap((k) => [...entities.noNameTerms[k]!, ...entities.personMentions[k]!.map((m) => `@${entityOf(entities, m)?.id ?? ''}`)]),
      ),
    ),
    sentenceDate: (k) => dates.sentenceDates.get(k)?.date ?? null,
    published: (doc) => dates.published[doc] ?? null,
    facts: candidates.drafts.map((f) => f.sentences),
  });
  const storyIds = result.stories.map((_, k) => `s${String(k + 1).padStart(2, '0')}`);
  const storyOfSentence = corpus.sentences.map((s) => result.storyOfParagraph[s.doc]![s.paragraph]!);
  return { ...result, storyIds, storyOfSentence };
}

/**
 * The story most of these sentences belong to; on a tie, the story of the representative wording
 * (a figure two stories share is shown under the story whose sentence tells it), then the earlier story.
 */
export function majorityStory(stage: Pick<StoriesStage, 'storyOfSentence'>, sentences: readonly number[], rep?: number): number {
  const of = stage.storyOfSentence;
  const c = new Map<number, number>();
  for (const k of sentences) c.set(of[k]!, (c.get(of[k]!) ?? 0) + 1);
  const preferred = rep === undefined ? -1 : of[rep]!;
  return [...c.entries()].sort((a, b) => b[1] - a[1] || (b[0] === preferred ? 1 : 0) - (a[0] === preferred ? 1 : 0) || a[0] - b[0])[0]![0];
}
