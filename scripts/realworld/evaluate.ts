/**
 * Measuring recognition on real articles: every article of a labelled folder, wrapped in every page
 * shape, goes through what the extension does with a page (prefilter, extraction, matcher) using
 * the extension's own code on linkedom, and each outcome is scored against its label.
 */
import { parseHTML } from 'linkedom';
import { prefilterPage } from '../../lib/extract/prefilter';
import { extractArticle } from '../../lib/extract/extract-article';
import { readabilityFallback } from '../../lib/extract/readability-fallback';
import type { Kb, PrefilterVocabulary, Story } from '../../lib/kb/types';
import type { Matcher } from '../../lib/match/matcher';
import type { Verdict } from '../../lib/match/types';
import type { RealArticle } from './corpus';
import { PAGE_SHAPES, renderShape, type PageShape } from './shapes';
import { buildStoryFrames } from '../../lib/event/story-frame';
import type { ActionId } from '../../lib/event/actions';

export interface Outcome {
  file: string;
  shape: PageShape;
  label: RealArticle['label'];
  event: string | null;
  language: string;
  /** The page stopped at the prefilter (the extension would do nothing). */
  stopped: boolean;
  verdict: Verdict;
  story: string | null;
  /** The KB story the label's event is (null for near misses and unrelated pages). */
  expectedStory: string | null;
  /** Positive: match with the right story. Near: not match. Far: none. */
  correct: boolean;
}

/**
 * Which KB story each labelled event is. The labels name events; the KB names stories it compiled
 * itself. E1 is the story of 26 January (the US and NATO responses), E2 the story of the call of
 * 1 February (and Russia's written reply before it), E3 the story of the Security Council meeting
 * of 31 January: the largest story whose window holds the event's day and whose most stated act is
 * one of the event's.
 */
export function storyForEvent(kb: Kb, event: string): Story | null {
  const def = EVENT_DEFINITIONS[event];
  if (!def) return null;
  const frames = buildStoryFrames(kb);
  const within = (s: Story) => (s.dateStart ?? '') <= def.day && def.day <= (s.dateEnd ?? s.dateStart ?? '');
  // The story's most stated act, as the event model reads its paragraphs.
  const topAct = (s: Story) => [...(frames.get(s.id)?.actions ?? new Map<ActionId, number>())].sort((a, b) => b[1] - a[1])[0]?.[0];
  return kb.stories.filter((s) => within(s) && def.acts.includes(topAct(s) as ActionId)).sort((a, b) => b.documents.length - a.documents.length)[0] ?? null;
}

/** Each labelled event by its day and the acts that make it (the corpus INDEX.md defines them). */
const EVENT_DEFINITIONS: Record<string, { day: string; acts: ActionId[] }> = {
  E1: { day: '2022-01-26', acts: ['written-response'] },
  E2: { day: '2022-02-01', acts: ['phone-call', 'written-response'] },
  E3: { day: '2022-01-31', acts: ['council-meeting', 'procedural-vote'] },
};

export interface EvaluateOptions {
  shapes?: PageShape[];
}

export function evaluate(kb: Kb, vocabulary: PrefilterVocabulary, matcher: Matcher, articles: RealArticle[], opts: EvaluateOptions = {}): Outcome[] {
  const expected = new Map<string, string | null>();
  for (const e of ['E1', 'E2', 'E3']) expected.set(e, storyForEvent(kb, e)?.id ?? null);
  const out: Outcome[] = [];
  for (const a of articles) {
    for (const shape of opts.shapes ?? PAGE_SHAPES) {
      const url = `https://news.example/${a.file.replace(/\.json$/, '')}/${shape}`;
      const html = renderShape(shape, { title: a.title, paragraphs: a.paragraphs, date: a.date, language: a.language, url });
      const { document } = parseHTML(html);
      const doc = document as unknown as Document;
      const pre = prefilterPage(doc, vocabulary);
      let verdict: Verdict = 'none';
      let story: string | null = null;
      if (pre.pass) {
        const article = extractArticle(doc, url, { fallback: readabilityFallback });
        if (article) {
          const r = matcher.analyse(article);
          verdict = r.verdict;
          story = r.story;
        }
      }
      const expectedStory = a.event ? (expected.get(a.event) ?? null) : null;
      const correct = a.label === 'positive' ? verdict === 'match' && story === expectedStory && story !== null : a.label === 'near' ? verdict !== 'match' : verdict === 'none';
      out.push({ file: a.file, shape, label: a.label, event: a.event, language: a.language, stopped: !pre.pass, verdict, story, expectedStory, correct });
    }
  }
  return out;
}

export interface SliceFigures {
  slice: string;
  n: number;
  /** Positives: match with the right story. */
  matchRight: number;
  matchWrong: number;
  related: number;
  none: number;
  stopped: number;
}

export function slices(outcomes: Outcome[], key: (o: Outcome) => string): SliceFigures[] {
  const by = new Map<string, SliceFigures>();
  for (const o of outcomes) {
    const k = key(o);
    const f = by.get(k) ?? { slice: k, n: 0, matchRight: 0, matchWrong: 0, related: 0, none: 0, stopped: 0 };
    f.n++;
    if (o.verdict === 'match') {
      if (o.story !== null && o.story === o.expectedStory) f.matchRight++;
      else f.matchWrong++;
    } else if (o.verdict === 'related') f.related++;
    else f.none++;
    if (o.stopped) f.stopped++;
    by.set(k, f);
  }
  return [...by.values()].sort((a, b) => (a.slice < b.slice ? -1 : 1));
}
