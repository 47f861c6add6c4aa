/**
 * The timeline: every dated event, and every dated statement two or more documents report, in date order (facts of one day in their KB order), with how its
 * date was found ("on Wednesday" resolved against a trustworthy document date, or stated outright)
 * and a short label.
 */
import type { SentenceDate } from './document-dates';
import type { Fact, TimelineItem } from './types';

export function buildTimeline(
  facts: readonly Fact[],
  factSentences: readonly (readonly number[])[],
  sentenceDate: (sentence: number) => SentenceDate | undefined,
  /** Short label for the fact at this index (timeline-label.ts); the fact keeps its full text. */
  labelOf: (factIndex: number) => string = (k) => facts[k]!.text,
): TimelineItem[] {
  return facts
    .map((f, k) => ({ f, k }))
    // What happened on a day: events, and what two or more documents report was said that day. One
    // report's remark ("…, Blinken said Wednesday") is a fact, not a milestone.
    .filter(({ f }) => f.date !== null && (f.kind === 'event' || f.documentCount > 1))
    .map(({ f, k }) => {
      const basis = factSentences[k]!.map(sentenceDate).find((d) => d && d.date === f.date);
      return {
        id: '',
        date: f.date!,
        label: labelOf(k),
        story: f.story,
        documents: [...new Set(f.sources.map((s) => s.doc))].sort(),
        dateBasis: basis?.basis ?? ('document' as const),
        relative: basis?.basis === 'relative' ? basis.expression : null,
        factIndex: k,
      };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.factIndex - b.factIndex))
    .map(({ factIndex, ...t }, k) => ({ ...t, id: `t${String(k + 1).padStart(3, '0')}` }));
}
