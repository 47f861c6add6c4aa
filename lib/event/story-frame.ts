/**
 * A story of the KB as an event frame, compiled from its own documents: its date window and the days
 * its timeline dates, the share of its paragraphs that state each action, and its actors (the
 * story's entities, most mentioned first, as the compiler lists them).
 */
import type { Kb } from '../kb/types';
import { splitSentences } from '../text';
import { ACTION_IDS, actionsIn, type ActionId } from './actions';
import { foldText } from './fold';

export interface StoryFrame {
  story: string;
  dateStart: string | null;
  dateEnd: string | null;
  /** Days the story's events fell on (its timeline, else its window's ends). */
  days: Set<string>;
  /** MM-DD of those days, for dates written without a year. */
  monthDays: Set<string>;
  /** Days of the week of those days (0 = Sunday). */
  weekdays: Set<number>;
  /** Action → share of the story's paragraphs stating it, 0..1. */
  actions: Map<ActionId, number>;
  entities: string[];
}

export function buildStoryFrames(kb: Kb): Map<string, StoryFrame> {
  const docs = new Map(kb.documents.map((d) => [d.id, d]));
  const out = new Map<string, StoryFrame>();
  for (const story of kb.stories) {
    const counts = new Map<ActionId, number>();
    let paragraphs = 0;
    for (const ref of story.paragraphs) {
      const text = docs.get(ref.doc)?.paragraphs[ref.paragraph];
      if (!text) continue;
      paragraphs++;
      // Only the acts are read (the story's days come from its timeline): the KB's documents are
      // English, and no date is parsed here, which keeps the matcher's build cheap on a fresh worker.
      const acts = new Set(splitSentences(text).flatMap((sentence) => actionsIn(foldText(sentence), 'en')));
      for (const a of acts) counts.set(a, (counts.get(a) ?? 0) + 1);
    }
    const actions = new Map<ActionId, number>();
    for (const id of ACTION_IDS) actions.set(id, paragraphs ? (counts.get(id) ?? 0) / paragraphs : 0);
    const days = new Set<string>();
    for (const item of kb.timeline) if (item.story === story.id) days.add(item.date);
    for (const d of [story.dateStart, story.dateEnd]) if (d) days.add(d);
    out.set(story.id, {
      story: story.id,
      dateStart: story.dateStart,
      dateEnd: story.dateEnd,
      days,
      monthDays: new Set([...days].map((d) => d.slice(5))),
      weekdays: new Set([...days].map((d) => new Date(`${d}T12:00:00Z`).getUTCDay())),
      actions,
      entities: story.entities,
    });
  }
  return out;
}
