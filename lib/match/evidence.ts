/**
 * Gathering, per story, what the article shares with it: facts and quotes stated, names, phrasing,
 * distinctive terms and the publish date relative to the events. The verdict rule and the reasons
 * both read this one summary.
 */
import type { Fact, Kb, KbDocument, Story } from '../kb/types';
import type { ArticleSentence, ArticleText } from './article-text';
import type { EntityIndex, EntityMention } from './entity-index';
import type { FactHit, FactIndex } from './fact-index';
import { daysBetween, mentionedDates } from './mentioned-dates';
import type { PhrasingIndex } from './phrasing';
import type { PassageHit, PassageIndex } from './passage-index';
import type { QuoteHit, QuoteIndex } from './quote-index';
import type { TermWeights } from './term-weights';
import { signatureEvidence, type NameStems, type SentenceSignature, type SignatureEvidence, type SignatureIndex } from './signature';
import type { ExtractedArticle } from './types';
import type { StoryFrame } from '../event/story-frame';
import type { ActionCeiling } from '../event/features';

export interface MatcherContext {
  kb: Kb;
  weights: TermWeights;
  entities: EntityIndex;
  facts: FactIndex;
  quotes: QuoteIndex;
  phrasing: PhrasingIndex;
  passages: PassageIndex;
  stories: Map<string, Story>;
  /** Entity id → stories that involve it. */
  entityStories: Map<string, Set<string>>;
  docStories: Map<string, string[]>;
  docLine: Map<string, string>;
  /** Story id → its facts. */
  storyFacts: Map<string, Fact[]>;
  documents: Map<string, KbDocument>;
  signatures: SignatureIndex;
  /** Stems of people's names, left out of the event vocabulary. */
  nameStems: NameStems;
  /** Each story as an event frame (lib/event), and the most any story states each action. */
  storyFrames: Map<string, StoryFrame>;
  actionCeiling: ActionCeiling;
}

/**
 * Per-article inputs of the event signature comparison, computed at most once per analysis and
 * only when asked for: an article whose sentences line up with a story never needs them.
 */
export interface ArticleSignature {
  readonly sentences: SentenceSignature[];
  readonly totalWeight: number;
}

export interface StoryEvidence {
  story: Story;
  /** Fact id → best similarity found. */
  facts: Map<string, number>;
  /** Quote id → how it appears. */
  quotes: Map<string, QuoteHit['kind']>;
  /** Facts + quotes stated, each counted once. */
  units: number;
  /** Body sentences that line up with the story (a fact, a quote or a passage of its coverage). */
  alignedSentences: number;
  /** Three or more of them sit close together (a live-blog entry or a section about the story). */
  clustered: boolean;
  /** Distinct seed paragraphs of the story that the article's sentences line up with. */
  paragraphsMatched: number;
  /** paragraphsMatched as a share of the length of one of the story's reports (average), 0..1. */
  paragraphShare: number;
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
  /**
   * Days from the story's last date to the latest date the article's lead (headline and first two
   * paragraphs) writes out; null when it writes none. A lead dated well after the story reports a
   * later event, whatever the article recalls further down.
   */
  leadDaysAfterEnd: number | null;
  /** Publish date minus the story's first date, in days; null when either is unknown. */
  publishedDaysFromStart: number | null;
  publishedDaysFromEnd: number | null;
  /** The article against the story's event signature (vocabulary, figures, days); computed on first read. */
  readonly signature: SignatureEvidence;
  /** KB people of the story named in the article. */
  people: number;
  /** Ranking strength (unbounded) and the reader-facing score (0..1). */
  strength: number;
  score: number;
}

interface Findings {
  sentence: ArticleSentence;
  quote: QuoteHit | null;
  facts: FactHit[];
  passages: Map<string, PassageHit>;
}

/** Words that make a sentence's date a plan or a forecast rather than something that happened. */
const FUTURE = /\b(will|would|shall|due|scheduled|expected|plans?|planned|next|upcoming|deadline)\b/i;

/** Aligned sentences that count as a cluster, and the span of sentences they must fit in. */
const CLUSTER_SIZE = 3;
const CLUSTER_WINDOW = 8;

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
  articleSignature: ArticleSignature,
): StoryEvidence {
  const facts = new Map<string, number>();
  const quotes = new Map<string, QuoteHit['kind']>();
  let alignedSentences = 0;
  let headlineAligned = false;
  const paragraphs = new Set<string>();
  const alignedAt: number[] = [];
  const alignedSet = new Set<number>();
  for (const f of findings) {
    let hit = false;
    const passage = f.passages.get(story.id);
    if (passage) {
      paragraphs.add(`${passage.passage.doc}#${passage.passage.paragraph}`);
      hit = true;
    }
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
      alignedSet.add(f.sentence.index);
      if (f.sentence.paragraph < 0) headlineAligned = true;
      else {
        alignedSentences++;
        alignedAt.push(f.sentence.index);
      }
    }
  }

  let clustered = false;
  for (let i = 0; i + CLUSTER_SIZE - 1 < alignedAt.length && !clustered; i++) {
    if (alignedAt[i + CLUSTER_SIZE - 1]! - alignedAt[i]! < CLUSTER_WINDOW) clustered = true;
  }

  const storyEntities = new Set(story.entities);
  const named = new Set<string>();
  for (const m of mentions) if (storyEntities.has(m.entity)) named.add(m.entity);
  let people = 0;
  for (const id of named) if (ctx.entities.entities.get(id)?.kind === 'person') people++;
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

  let leadDaysAfterEnd: number | null = null;
  if (story.dateEnd) {
    const year = Number((article.publishedAt ?? story.dateEnd).slice(0, 4));
    // The lead: the headline and the first two paragraphs of prose (not kickers or date stamps).
    const leadParagraphs = new Set<number>([-1]);
    for (let p = 0; p < article.paragraphs.length && leadParagraphs.size < 3; p++) if (article.paragraphs[p]!.length >= 60) leadParagraphs.add(p);
    for (const f of findings) {
      if (!leadParagraphs.has(f.sentence.paragraph) || alignedSet.has(f.sentence.index)) continue;
      // A date the story looks ahead to ("talks are due on Feb. 10") is not a later event.
      if (FUTURE.test(f.sentence.text)) continue;
      for (const d of mentionedDates(f.sentence.text, year)) {
        // The page's own date stamp is not news; a date inside a sentence that lines up with the
        // story is the story's own event, misdated at worst (a differs-date alignment).
        if (article.publishedAt && Math.abs(daysBetween(article.publishedAt, d.iso)) <= 1) continue;
        const after = daysBetween(story.dateEnd, d.iso);
        if (leadDaysAfterEnd === null || after > leadDaysAfterEnd) leadDaysAfterEnd = after;
      }
    }
  }
  let dateFit = 0;
  if (fromStart !== null && fromEnd !== null) {
    if (fromStart < -2) dateFit = -3;
    else if (fromEnd <= 2) dateFit = 2;
  }
  // Ranking favours the share of the story's own coverage the article lines up with over raw
  // name counts: the largest story names almost everyone, so names alone would always pick it.
  // Relative to the length of one report of the story: several rewrites of one report would
  // otherwise make a story look four times longer than anything an article could cover.
  const reportLength = story.paragraphs.length / Math.max(1, story.documents.length);
  const paragraphShare = reportLength > 0 ? Math.min(1, paragraphs.size / reportLength) : 0;
  const strength =
    units +
    alignedSentences * 0.5 +
    paragraphShare * 8 +
    named.size * 0.15 +
    specificNames * 0.5 +
    best * 12 +
    termShare * 2 +
    (headlineAligned ? 1.5 : 0) +
    dateFit;
  const sigStory = ctx.signatures.get(story.id);
  let signature: SignatureEvidence | null = null;
  const readSignature = (): SignatureEvidence =>
    (signature ??= sigStory
      ? signatureEvidence(sigStory, text.sentences, articleSignature.sentences, article.publishedAt, articleSignature.totalWeight)
      : { termWeight: 0, focus: 0, pairCount: 0, pairWeight: 0, figures: 0, carryingSentences: 0, dayFits: false, dayConflicts: false });
  const score = Math.round((1 - Math.exp(-Math.max(0, strength) / 6)) * 100) / 100;
  return {
    story,
    facts,
    quotes,
    units,
    alignedSentences,
    clustered,
    paragraphsMatched: paragraphs.size,
    paragraphShare,
    headlineAligned,
    names: named.size,
    nameIds: [...named],
    specificNames,
    phrasing: best,
    phrasingDoc: bestDoc,
    termShare,
    leadDaysAfterEnd,
    publishedDaysFromStart: fromStart,
    publishedDaysFromEnd: fromEnd,
    get signature() {
      return readSignature();
    },
    people,
    strength,
    score,
  };
}
