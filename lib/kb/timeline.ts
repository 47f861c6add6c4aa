/**
 * The timeline: every dated event, and every dated statement two or more documents report, in date order (facts of one day in their KB order), with how its
 * date was found ("on Wednesday" resolved against a trustworthy document date, or stated outright)
 * and a short label.
 */
import type { SentenceDate } from './document-dates';
import { isStopword, stem } from '../text';
import { foldSynonyms } from './synonyms';
import type { Fact, TimelineItem } from './types';

/**
 * Nouns that name a happening. Two items of one story on one day that name the same one before any
 * reported content ("Monday's Security Council meeting over …" and "The open meeting at the UN …
 * proceeded") tell one event: the timeline shows it once. What someone said "that …" a meeting
 * would do is not the meeting, so only the words before a "that" count.
 */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'meeting', 'session', 'summit', 'talks', 'call', 'vote', 'visit', 'hearing', 'conference', 'briefing', 'debate', 'election', 'ceremony', 'attack', 'strike',
]);

/** The happening a label names before any "that" clause, or null. */
export function eventNounOf(label: string): string | null {
  const head = label.split(/\bthat\b/)[0]!.toLowerCase();
  for (const w of head.match(/[a-z]+/g) ?? []) if (EVENT_NOUNS.has(w)) return w;
  return null;
}

/**
 * Two labels of one story and day tell one happening when, before any "that" clause, they share
 * this many words (as word families: "delivered"/"provided", "answer"/"response"), one of them a
 * name. Seeds: "The answer was delivered … by the US ambassador to Russia" and "The United States
 * has provided Russia with its written responses" share 4 (response, provide, United States,
 * Russia); NATO sending its own written response shares 2 with the latter, and no name.
 */
export const SAME_HAPPENING_WORDS = 3;

/** A label's words before any "that" clause, as word families; names marked with "@". */
export function happeningWords(label: string): Set<string> {
  const head = label.split(/\bthat\b/)[0]!.replace(/\bU\.?S\.?(?=[\s,;:]|$)/g, 'United States');
  const out = new Set<string>();
  (head.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).forEach((w, i) => {
    const lower = w.toLowerCase().replace(/['’]s$/, '');
    if (isStopword(lower) || lower.length < 3) return;
    const isName = i > 0 && /^[A-Z]/.test(w);
    out.add(isName ? `@${lower}` : foldSynonyms([stem(lower)])[0]!);
  });
  return out;
}

/** Whether two labels name one happening (see SAME_HAPPENING_WORDS). */
export function sameHappening(a: string, b: string): boolean {
  const x = happeningWords(a);
  const y = happeningWords(b);
  let shared = 0;
  let names = 0;
  for (const w of x) if (y.has(w)) {
    shared++;
    if (w.startsWith('@')) names++;
  }
  return shared >= SAME_HAPPENING_WORDS && names >= 1;
}

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
    .reduce<(TimelineItem & { factIndex: number; noun: string | null })[]>((kept, item) => {
      const noun = eventNounOf(item.label);
      // The first telling (the better-backed fact: facts are in KB order) stays, with both documents.
      const same = kept.find((x) => x.date === item.date && x.story === item.story && ((noun !== null && x.noun === noun) || sameHappening(x.label, item.label)));
      if (same) same.documents = [...new Set([...same.documents, ...item.documents])].sort();
      else kept.push({ ...item, noun });
      return kept;
    }, [])
    .map(({ factIndex: _f, noun: _n, ...t }, k) => ({ ...t, id: `t${String(k + 1).padStart(3, '0')}` }));
}
