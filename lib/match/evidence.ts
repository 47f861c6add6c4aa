/**
 * Gathering, per story, what the article shares with it: facts and quotes stated, names, phrasing,
 * distinctive terms and the publish date relative to the events. The verdict rule and the reasons
 * both read this one summary.
 */
import type { Kb, Story } from '../kb/types';
import type { ArticleSentence, ArticleText } from './article-text';
import type { EntityIndex, EntityMention } from './entity-index';
import type { FactHit, FactIndex } from './fact-index';
import { daysBetween } from './mentioned-dates';
import type { PhrasingIndex } from './phrasing';
import type { QuoteHit, QuoteIndex } from './quote-index';
import type { TermWeights } from './term-weights';
import type { ExtractedArticle } from './types';

export interface MatcherContext {
  kb: Kb;
  weights: TermWeights;
  entities: EntityIndex;
  facts: FactIndex;
  quotes: QuoteIndex;
  phrasing: PhrasingIndex;
  stories: Map<string, Story>;
  /** Entity id → stories that involve it. */
  entityStories: Map<string, Set<string>>;
  docStories: Map<string, string[]>;
  docLine: Map<string, string>;
}

export interface StoryEvidence {
  story: Story;
  /** Fact id → best similarity found. */
  facts: Map<string, number>;
  /** Quote id → how it appears. */
  quotes: Map<string, QuoteHit['kind']>;
  /** Facts + quotes stated, each counted once. */
  units: number;
  /** Body sentences that state one of the story's facts or quotes. */
  alignedSentences: number;
  headlineAligned: boolean;
  /** Distinct story entities named (recorded forms and garbled variants). */
  names: number;
  nameIds: string[];
  /** Named entities that belong to this story only (among the KB's stories). */
  specificNames: number;
  /** Largest share of one of the story's documents' phrasing found on the page. */
  phrasing: number;
  phrasingDoc: string | null;
  /** Weighted share of the story's distinctive terms present in the article, 0..1. */
  termShare: number;
  /** Publish date minus the story's first date, in days; null when either is unknown. */
  publishedDaysFromStart: number | null;
  publishedDaysFromEnd: number | null;
  /** Ranking strength (unbounded) and the reader-facing score (0..1). */
  strength: number;
  score: number;
}

interface Findings {
  sentence: ArticleSentence;
  quote: QuoteHit | null;
  facts: FactHit[];
}

/** How many of a story's top terms are compared: enough to describe it, few enough to stay cheap. */
const STORY_TERMS = 40;

export function storySignals(
  ctx: MatcherContext,
  story: Story,
  article: ExtractedArticle,
  text: ArticleText,
  findings: Findings[],
  mentions: EntityMention[],
  phrasing: { doc: string; share: number }[],
): StoryEvidence {
  const facts = new Map<string, number>();
  const quotes = new Map<string, QuoteHit['kind']>();
  let alignedSentences = 0;
  let headlineAligned = false;
  for (const f of findings) {
    let hit = false;
    if (f.quote && f.quote.quote.quote.story === story.id) {
      const prev = quotes.get(f.quote.quote.quote.id);
      if (prev !== 'quote-same') quotes.set(f.quote.quote.quote.id, f.quote.kind);
      hit = true;
    }
    for (const h of f.facts) {
      if (h.fact.fact.story !== story.id) continue;
      facts.set(h.fact.fact.id, Math.max(facts.get(h.fact.fact.id) ?? 0, h.similarity));
      hit = true;
      break;
    }
    if (hit) {
      if (f.sentence.paragraph < 0) headlineAligned = true;
      else alignedSentences++;
    }
  }

  const storyEntities = new Set(story.entities);
  const named = new Set<string>();
  for (const m of mentions) if (storyEntities.has(m.entity)) named.add(m.entity);
  let specificNames = 0;
  for (const id of named) if ((ctx.entityStories.get(id)?.size ?? 0) === 1 && ctx.kb.stories.length > 1) specificNames++;
  if (ctx.kb.stories.length === 1) specificNames = named.size;

  const docs = new Set(story.documents);
  let best = 0;
  let bestDoc: string | null = null;
  for (const p of phrasing) if (docs.has(p.doc) && p.share > best) { best = p.share; bestDoc = p.doc; }

  let total = 0;
  let present = 0;
  for (const t of story.terms.slice(0, STORY_TERMS)) {
    const wt = ctx.weights.weight(t) || 1;
    total += wt;
    if (text.termSet.has(t)) present += wt;
  }
  const termShare = total > 0 ? present / total : 0;

  const fromStart = article.publishedAt && story.dateStart ? daysBetween(story.dateStart, article.publishedAt) : null;
  const fromEnd = article.publishedAt && story.dateEnd ? daysBetween(story.dateEnd, article.publishedAt) : null;

  const units = facts.size + quotes.size;
  let dateBonus = 0;
  if (fromStart !== null && fromEnd !== null) {
    if (fromStart < -2) dateBonus = -2;
    else if (fromEnd <= 7) dateBonus = 1;
  }
  const strength = units * 1.0 + named.size * 0.4 + specificNames * 0.6 + best * 12 + termShare * 3 + (headlineAligned ? 1 : 0) + dateBonus;
  const score = Math.round((1 - Math.exp(-Math.max(0, strength) / 6)) * 100) / 100;
  return {
    story,
    facts,
    quotes,
    units,
    alignedSentences,
    headlineAligned,
    names: named.size,
    nameIds: [...named],
    specificNames,
    phrasing: best,
    phrasingDoc: bestDoc,
    termShare,
    publishedDaysFromStart: fromStart,
    publishedDaysFromEnd: fromEnd,
    strength,
    score,
  };
}
