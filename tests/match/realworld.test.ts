/**
 * Recognition on real published articles (../shared/realworld, beside the project; a fresh clone
 * has none, and then these tests are skipped and say so). The texts are read at run time and never
 * copied into the repository. The floors below are the figures the event model reaches today (see
 * the README), kept so that a change that loses real articles fails here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileSeedFolder } from '../../scripts/build/kb-assets';
import { DEFAULT_SEEDS } from '../../scripts/match-kb';
import { createMatcher } from '@/lib/match/matcher';
import { readRealworld, realworldAvailable } from '../../scripts/realworld/corpus';
import { evaluate, storyForEvent, type Outcome } from '../../scripts/realworld/evaluate';
import { growKb } from '../../scripts/realworld/growth';

const available = realworldAvailable();
if (!available) console.log('realworld tests skipped: ../shared/realworld is not beside the project (a fresh clone has no real corpus)');

describe.skipIf(!available)('real published articles', () => {
  let outcomes: Outcome[] = [];
  beforeAll(() => {
    const assets = compileSeedFolder(DEFAULT_SEEDS);
    outcomes = evaluate(assets.kb, assets.vocabulary, createMatcher(assets.kb), readRealworld());
  }, 120_000);
  const share = (list: Outcome[], ok: (o: Outcome) => boolean) => list.filter(ok).length / Math.max(1, list.length);
  const english = (label: string, shapes?: string[]) => outcomes.filter((o) => o.language === 'en' && o.label === label && (!shapes || shapes.includes(o.shape)));

  it('matches English positives to the right story in pages with metadata (≥ 90 %), in pages without a date (≥ 80 %) and over all shapes (≥ 87 %)', () => {
    const right = (o: Outcome) => o.verdict === 'match' && o.story === o.expectedStory;
    expect(share(english('positive', ['jsonld', 'og-rail', 'comments']), right)).toBeGreaterThanOrEqual(0.9);
    expect(share(english('positive', ['bare-div']), right)).toBeGreaterThanOrEqual(0.8);
    expect(share(english('positive'), right)).toBeGreaterThanOrEqual(0.87);
  });
  it('lets no English positive stop at the prefilter, in any page shape', () => {
    expect(english('positive').filter((o) => o.stopped).map((o) => `${o.file} ${o.shape}`)).toEqual([]);
  });
  it('matches at most 3 % of English near misses over all shapes', () => {
    expect(share(english('near'), (o) => o.verdict === 'match')).toBeLessThanOrEqual(0.03);
  });
  it('says none for every unrelated page, in any language', () => {
    expect(outcomes.filter((o) => o.label === 'far' && o.verdict !== 'none').map((o) => o.file)).toEqual([]);
  });
  // The target is 70 %; a page in another language is matched only when a date pins the event (its
  // sentences cannot line up with English coverage, and names and acts alone fit every later
  // meeting of the same people), which keeps near misses at 0 and costs the undated pages.
  it('reads other languages: positives matched to the right story (≥ 60 %) and most of the rest related, never matched to a wrong one, near misses matched ≤ 3 %', () => {
    const other = (label: string) => outcomes.filter((o) => o.language !== 'en' && o.label === label);
    expect(share(other('positive'), (o) => o.verdict === 'match' && o.story === o.expectedStory)).toBeGreaterThanOrEqual(0.6);
    expect(share(other('positive').filter((o) => o.verdict !== 'match'), (o) => o.verdict === 'related')).toBeGreaterThan(0.5);
    expect(other('positive').filter((o) => o.verdict === 'match' && o.story !== o.expectedStory).map((o) => o.file)).toEqual([]);
    expect(share(other('near'), (o) => o.verdict === 'match')).toBeLessThanOrEqual(0.03);
  });
});

describe.skipIf(!available)('KB growth with real reports', () => {
  it('keeps the three events apart when every English positive is added to the seeds', () => {
    const added = readRealworld().filter((a) => a.language === 'en' && a.label === 'positive');
    const g = growKb(DEFAULT_SEEDS, added);
    // No compiled story holds added reports of two different events.
    const eventsOf = new Map<string, Set<string>>();
    for (const p of g.placed) for (const s of p.stories.slice(0, 1)) eventsOf.set(s, (eventsOf.get(s) ?? new Set()).add(p.article.event!));
    // At most one report in another event's story (today: a report labelled DOUBTFUL in the corpus
    // index, an announcement of the call made while the 26 January reply was still the news).
    const mixed = [...eventsOf].filter(([, e]) => e.size > 1);
    expect(mixed.length).toBeLessThanOrEqual(1);
    const misplaced = g.placed.filter((p) => p.stories[0] !== undefined && [...(eventsOf.get(p.stories[0]) ?? [])].length > 1 && p.stories[0] !== storyForEvent(g.kb, p.article.event!)?.id);
    expect(misplaced.length).toBeLessThanOrEqual(1);
    // The seeds' three events stay three stories: the 26 January documents together, and the
    // follow-up report split between the follow-up and the Security Council meeting.
    for (const e of ['E1', 'E2', 'E3']) expect(storyForEvent(g.kb, e), e).not.toBeNull();
    expect(new Set(['E1', 'E2', 'E3'].map((e) => storyForEvent(g.kb, e)!.id)).size).toBe(3);
    // Added reports join their event's story: 18 of the 20 today. The two that do not are the
    // DOUBTFUL-labelled announcement above and a preview of the meeting that names no day for it and
    // no person of the seeds (a deputy envoy's tweet three days before).
    const joined = g.placed.filter((p) => p.stories[0] === storyForEvent(g.kb, p.article.event!)!.id).length;
    expect(joined).toBeGreaterThanOrEqual(18);
  }, 120_000);
  it('gives the near misses stories of their own: none joins a story of the seeds', () => {
    const all = readRealworld().filter((a) => a.language === 'en' && a.label !== 'far');
    const g = growKb(DEFAULT_SEEDS, all);
    const seedStories = new Set([...g.seedStories.values()].flat());
    const joined = g.placed.filter((p) => p.article.label === 'near' && p.stories.some((s) => seedStories.has(s))).map((p) => p.article.file);
    expect(joined).toEqual([]);
    expect(new Set(['E1', 'E2', 'E3'].map((e) => storyForEvent(g.kb, e)?.id ?? e)).size).toBe(3);
    // …and moves no positive: each lands in its event's story as it does without the near misses.
    const placedRight = (x: typeof g) => x.placed.filter((p) => p.article.label === 'positive' && p.stories[0] === storyForEvent(x.kb, p.article.event!)?.id).map((p) => p.article.file);
    const alone = growKb(DEFAULT_SEEDS, all.filter((a) => a.label === 'positive'));
    expect(placedRight(g)).toEqual(placedRight(alone));
  }, 120_000);
});
