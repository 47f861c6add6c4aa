/**
 * Stage 11, quotes: quotation spans grouped across documents by their words (quotes.ts), each
 * group's speaker by majority of its versions, its representative wording from the cleanest source
 * among the whole versions (an excerpt is not a representative), its wording variants, and its story.
 */
import { EXCERPT_SHARE } from '../discrepancies';
import { collectQuoteSpans, continueSpeakers, groupQuotes, speakerOfQuote } from '../quotes';
import type { Quote } from '../types';
import type { ClaimContext } from './claims';
import { entityOf } from './entities';
import { cleanest } from './sources';
import { majorityStory, type StoriesStage } from './stories';

export function quotesStage(ctx: ClaimContext, stories: StoriesStage): Quote[] {
  const { corpus, ids, entities } = ctx;
  const spans = collectQuoteSpans(corpus);
  const groups = groupQuotes(corpus, spans)
    .map((g) => g.sort((a, b) => a - b))
    .sort((a, b) => a[0]! - b[0]!);
  const spanSpeakers = continueSpeakers(corpus, spans, spans.map((q) => speakerOfQuote(corpus, q, entities.mentionsBySentence, (m) => entityOf(entities, m))));
  const work = groups.map((g) => {
    const members = g.map((k) => spans[k]!);
    const longest = Math.max(...members.map((q) => q.text.length));
    const sents = members.map((q) => corpus.sentences[q.sentence]!);
    const rep = cleanest(ctx, sents.filter((_, i) => members[i]!.text.length >= EXCERPT_SHARE * longest));
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
      story: majorityStory(stories, members.map((q) => q.sentence)),
      speaker,
      text: repSpan.text,
      variants: [...byText.entries()]
        .map(([text, docSet]) => ({ text, documents: [...docSet].sort((a, b) => a - b).map((x) => ids[x]!) }))
        .sort((a, b) => (a.documents[0]! < b.documents[0]! ? -1 : a.documents[0]! > b.documents[0]! ? 1 : a.text < b.text ? -1 : 1)),
    };
  });
  return work
    .sort((a, b) => a.story - b.story || b.variants.length - a.variants.length)
    .map((q, k) => ({ id: `q${String(k + 1).padStart(3, '0')}`, story: stories.storyIds[q.story]!, speaker: q.speaker, text: q.text, variants: q.variants }));
}
