/**
 * The story matcher: given an extracted article, decide whether it is about a story the KB covers
 * (`match`), shares its actors and storyline but reports another event (`related`), or neither
 * (`none`), and say why in a reader's words. Everything the KB allows to be precomputed is built
 * once in createMatcher, so analyse() looks things up instead of scanning the KB.
 *
 * Evidence, per story:
 *  - facts and quotes the article states (the strongest evidence that it reports the same event);
 *  - the story's people and organisations it names, weighted by how specific they are to the story;
 *  - phrasing shared with the story's seed documents (copies and rewrites);
 *  - the publish date, as evidence and never as a veto (copies are republished with new dates).
 * Articles in the other languages Backstory reads are recognised by names, dates and actions only
 * (terms, stems and quotes are English); any other language gets `none`.
 */
import type { Kb, Story } from '../kb/types';
import { readArticleText, type ArticleSentence, type ArticleText } from './article-text';
import { buildPassageIndex, linkFacts, passagesForSentence, type PassageHit } from './passage-index';
import { buildEntityIndex, findMentions, type EntityMention } from './entity-index';
import { buildFactIndex, factHits, type FactHit } from './fact-index';
import { checkLanguage, type LanguageCheck } from './language';
import { buildPhrasingIndex, sharedPhrasing } from './phrasing';
import { buildQuoteIndex, quoteForSentence, type QuoteHit } from './quote-index';
import { describeAnalysis } from './reasons';
import { alignmentFor } from './alignment';
import { buildTermWeights } from './term-weights';
import type { Alignment, Analysis, ExtractedArticle, GarbledName, SharedPhrasing, Verdict } from './types';
import { storySignals, type ArticleSignature, type MatcherContext, type StoryEvidence } from './evidence';
import { articleWeight, buildSignatures, nameStems, sentenceSignature, type SentenceSignature } from './signature';
import { readFrame, type EventFrame } from '../event/frame';
import { notFirstNames, readingText } from '../event/reading-copy';
import { respell, spellingTable } from '../event/name-spellings';
import { transliterate } from '../event/transliterate';
import { isReadLanguage, READ_LANGUAGES_TEXT } from './language';
import { buildStoryFrames } from '../event/story-frame';
import { actionCeiling, eventFeatures, leadFarFromStory, toArray, type FeatureVector } from '../event/features';
import { predict } from '../event/logistic';
import { DECISION } from '../event/decision';

export interface Matcher {
  analyse(article: ExtractedArticle): Analysis;
  /** The decision features and fitted probability of each candidate story (fitting, reports). */
  features(article: ExtractedArticle): { story: string; features: FeatureVector; probability: number }[];
  /** The per-story evidence behind a verdict, strongest first (for reports and debugging). */
  inspect(article: ExtractedArticle): { evidence: StoryEvidence[]; storyline: Storyline } | null;
}

/**
 * The share of one seed document's phrasing at which a page is a copy of it (history counts such a
 * page as that coverage read). Not a verdict rule: the verdict is lib/event/decision.ts.
 */
export const THRESHOLDS = { copyShare: DECISION.copyShare } as const;

export function createMatcher(kb: Kb): Matcher {
  const weights = buildTermWeights(kb);
  const names = nameStems(kb);
  const ctx: MatcherContext = {
    kb,
    weights,
    entities: buildEntityIndex(kb),
    facts: buildFactIndex(kb),
    quotes: buildQuoteIndex(kb, weights),
    phrasing: buildPhrasingIndex(kb),
    passages: buildPassageIndex(kb, weights),
    stories: new Map(kb.stories.map((s) => [s.id, s])),
    entityStories: new Map(),
    docStories: new Map(),
    docLine: new Map(),
    storyFacts: new Map(),
    documents: new Map(kb.documents.map((d) => [d.id, d])),
    signatures: buildSignatures(kb, weights, names),
    nameStems: names,
    storyFrames: buildStoryFrames(kb),
    actionCeiling: new Map(),
  };
  ctx.actionCeiling = actionCeiling(ctx.storyFrames.values());
  for (const f of kb.facts) ctx.storyFacts.set(f.story, [...(ctx.storyFacts.get(f.story) ?? []), f]);
  linkFacts(ctx.passages, ctx.facts.facts.map((f) => f.fact));
  for (const s of kb.stories) {
    for (const e of s.entities) {
      const set = ctx.entityStories.get(e) ?? new Set<string>();
      set.add(s.id);
      ctx.entityStories.set(e, set);
    }
    for (const d of s.documents) ctx.docStories.set(d, [...(ctx.docStories.get(d) ?? []), s.id]);
  }
  for (const line of kb.lines) for (const d of line.documents) ctx.docLine.set(d, line.id);
  return {
    analyse: (article) => analyse(ctx, article),
    features: (original) => {
      const language = checkLanguage(original);
      const copy = readingCopy(ctx, original, language);
      const g = gather(ctx, copy?.article ?? original, copy);
      if (!g) return [];
      const frame = readFrame({ ...original, knownLanguage: language.lang ?? 'und' });
      return g.evidence.map((e) => {
        const f = scoreStory(ctx, frame, e, g.text.bodySentenceCount);
        return { story: e.story.id, features: f.features, probability: f.probability };
      });
    },
    inspect: (original) => {
      const copy = readingCopy(ctx, original, checkLanguage(original));
      const g = gather(ctx, copy?.article ?? original, copy);
      return g ? { evidence: g.evidence, storyline: storylineNames(ctx, g.mentions, g.text) } : null;
    },
  };
}

interface SentenceFindings {
  sentence: ArticleSentence;
  quote: QuoteHit | null;
  facts: FactHit[];
  passages: Map<string, PassageHit>;
}

/** Stories worth scoring in full, so the cost of analyse() follows the article, not the KB. */
const MAX_CANDIDATE_STORIES = 8;
const MAX_NAME_ONLY_STORIES = 3;
/** A name in more stories than this does not pick candidates. */
const MAX_STORIES_PER_NAME = 64;
/** A name counts less than a sentence lining up, so candidates the text supports come first. */
const NAME_BUMP = 0.1;

/**
 * The stories the article touches, most touched first: any story a sentence lines up with or whose
 * documents share phrasing with the page; failing those, the few stories that involve most of the
 * names it uses (enough to say `related` or `none`).
 */
function candidateStories(ctx: MatcherContext, findings: SentenceFindings[], mentions: EntityMention[], phrasing: { doc: string; share: number }[]): Story[] {
  const hits = new Map<string, number>();
  const bump = (id: string, by = 1) => hits.set(id, (hits.get(id) ?? 0) + by);
  for (const f of findings) {
    const touched = new Set<string>();
    if (f.quote) touched.add(f.quote.quote.quote.story);
    for (const h of f.facts) touched.add(h.fact.fact.story);
    for (const story of f.passages.keys()) touched.add(story);
    for (const id of touched) bump(id);
  }
  for (const p of phrasing) if (p.share >= 0.02) for (const s of ctx.docStories.get(p.doc) ?? []) bump(s, p.share * 20);
  let limit = MAX_CANDIDATE_STORIES;
  if (hits.size === 0) limit = MAX_NAME_ONLY_STORIES;
  // The stories of the people and organisations named are candidates too: an article telling the
  // event in words of its own (or in another language) lines up with nothing, yet names its actors.
  // Names shared by very many stories ("Russia") say nothing about which, and would cost KB-size work.
  for (const entity of new Set(mentions.map((m) => m.entity))) {
    const stories = ctx.entityStories.get(entity);
    if (stories && stories.size <= MAX_STORIES_PER_NAME) for (const s of stories) bump(s, NAME_BUMP);
  }
  return [...hits.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([id]) => ctx.stories.get(id))
    .filter((s): s is Story => !!s);
}

/** Track whether a sentence sits inside a quotation opened by an earlier sentence of its paragraph. */
function quoteState(sentences: ArticleSentence[]): boolean[] {
  const inside: boolean[] = [];
  let open = false;
  let paragraph = -2;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      open = false;
      paragraph = s.paragraph;
    }
    inside.push(open);
    const marks = (s.text.match(/["“”]/g) ?? []).length;
    if (marks % 2 === 1) open = !open;
  }
  return inside;
}

function emptyAnalysis(verdict: Verdict, reasons: string[], score = 0): Analysis {
  return { verdict, story: null, storyTitle: null, score, reasons, alignments: [], missingFacts: [], garbled: [], sharedPhrasing: [] };
}

interface Gathered {
  text: ArticleText;
  mentions: EntityMention[];
  findings: SentenceFindings[];
  phrasing: { doc: string; share: number }[];
  evidence: StoryEvidence[];
}

/**
 * Everything the article shares with the KB, per sentence and per story. Null for empty text.
 * For an article in another language, `copy` has its names written as the KB writes them: the
 * names are read there, the wording evidence from the article's own words (a sentence whose only
 * English words are the names put there would otherwise line up with the coverage by them alone).
 */
function gather(ctx: MatcherContext, article: ExtractedArticle, copy?: ReadingCopy | null): Gathered | null {
  const text = readArticleText(article);
  if (text.sentences.length === 0) return null;
  const mentions = copy ? findMentions(ctx.entities, readArticleText(copy.named).sentences, notFirstNames(copy.lang)) : findMentions(ctx.entities, text.sentences);
  const inside = quoteState(text.sentences);
  // Sentences in another language line up with no English passage, fact or quote: what they
  // share with one is names, which count as names (a French headline naming Washington and Moscow
  // is not "a fact of the coverage").
  const findings: SentenceFindings[] = text.sentences.map((sentence, i) => {
    if (copy) return { sentence, quote: null, facts: [], passages: new Map<string, PassageHit>() };
    const lineUp = passagesForSentence(ctx.passages, ctx.weights, sentence);
    return {
      sentence,
      quote: quoteForSentence(ctx.quotes, ctx.weights, sentence, inside[i]!),
      facts: factHits(ctx.facts, lineUp.facts),
      passages: lineUp.passages,
    };
  });
  const phrasing = sharedPhrasing(ctx.phrasing, text.paragraphHashes);
  let sentenceSigs: SentenceSignature[] | null = null;
  let totalWeight: number | null = null;
  const articleSig: ArticleSignature = {
    get sentences() {
      return (sentenceSigs ??= text.sentences.map((s) => sentenceSignature(s, ctx.nameStems)));
    },
    get totalWeight() {
      return (totalWeight ??= articleWeight(this.sentences, ctx.weights));
    },
  };
  const evidence = candidateStories(ctx, findings, mentions, phrasing).map((story) => storySignals(ctx, story, article, text, findings, mentions, phrasing, articleSig));
  evidence.sort((a, b) => b.strength - a.strength || (a.story.id < b.story.id ? -1 : 1));
  return { text, mentions, findings, phrasing, evidence };
}

function analyse(ctx: MatcherContext, article: ExtractedArticle): Analysis {
  const language = checkLanguage(article);
  // Another language is read through the event model (names, dates, actions); Cyrillic names are
  // romanised so the KB's entities can be found in a reading copy of the text.
  let read = article;
  let otherLanguage: string | null = null;
  let copy: ReadingCopy | null = null;
  if (!language.english) {
    const detected = language.lang ?? 'und';
    if (!isReadLanguage(detected)) {
      const name = detected !== 'und' ? languageName(detected) : 'a language other than English';
      return emptyAnalysis('none', [`Written in ${name}; Backstory reads articles in ${READ_LANGUAGES_TEXT}`]);
    }
    otherLanguage = detected;
    copy = readingCopy(ctx, article, language);
    read = copy?.article ?? article;
  }
  const g = gather(ctx, read, copy);
  if (!g) return emptyAnalysis('none', ['The page has no article text to compare']);
  const { text, mentions, findings, phrasing } = g;
  const storyline = storylineNames(ctx, mentions, text);

  if (!g.evidence[0]) {
    return emptyAnalysis('none', [storyline.entities.length ? 'Mentions names from the coverage but none of its stories' : 'Shares no names, facts or quotes with the covered stories']);
  }
  // One event model decides: each candidate story's features (dates, actions, actors, aligned
  // passages) through the fitted weights; the most probable story is the article's if it reaches
  // the match probability.
  // The language is detected once per article (eld), here and for the frame alike.
  const frame = readFrame({ ...article, knownLanguage: language.lang ?? 'und' });
  let best = g.evidence[0];
  let bestScore = scoreStory(ctx, frame, best, text.bodySentenceCount);
  for (const e of g.evidence.slice(1)) {
    const s = scoreStory(ctx, frame, e, text.bodySentenceCount);
    if (s.probability > bestScore.probability) {
      best = e;
      bestScore = s;
    }
  }
  const verdict: Verdict = bestScore.probability >= DECISION.matchProbability ? 'match' : isRelated(storyline) ? 'related' : 'none';
  const story = best.story;

  // Marks only where a mark means something: sentences of another language never line up with the
  // English coverage, and what it "leaves out" cannot be told either.
  const alignments: Alignment[] = verdict === 'match' && !otherLanguage ? buildAlignments(ctx, findings, mentions, story, article) : [];
  // A romanised name spelt another way is the transliteration's, not a garbled copy's.
  const garbled = verdict === 'none' || otherLanguage ? [] : garbledNames(ctx, mentions);
  const storyDocs = new Set(story.documents);
  const shared: SharedPhrasing[] =
    verdict === 'match'
      ? story.documents.map((doc) => ({ doc, share: phrasing.find((p) => p.doc === doc)?.share ?? 0 })).sort((a, b) => b.share - a.share || (a.doc < b.doc ? -1 : 1))
      : phrasing.filter((p) => p.share >= 0.02 && (verdict === 'related' ? storyDocs.has(p.doc) : true)).slice(0, 10);
  const aligned = new Set(alignments.map((a) => a.fact).filter((f): f is string => !!f));
  // A sentence lines up with its best fact only, but may state others too ("the document was
  // delivered by Sullivan, who handed it to Grushko"): any fact a sentence lines up with at all is
  // not "left out" of the article.
  const touched = new Set<string>();
  for (const f of findings) for (const h of f.facts) touched.add(h.fact.fact.id);
  const missingFacts =
    verdict === 'match' && !otherLanguage
      ? (ctx.storyFacts.get(story.id) ?? [])
          .filter((f) => !best.facts.has(f.id) && !aligned.has(f.id) && !touched.has(f.id))
          .sort((a, b) => b.documentCount - a.documentCount || b.lineCount - a.lineCount || (a.id < b.id ? -1 : 1))
          .map((f) => f.id)
      : [];

  const mentionCounts = new Map<string, number>();
  for (const m of mentions) mentionCounts.set(m.entity, (mentionCounts.get(m.entity) ?? 0) + 1);
  const reasons = describeAnalysis({ ctx, verdict, best, storyline, garbled, article, language: language.lang, mentionCounts });
  if (otherLanguage && verdict !== 'none') reasons.unshift(`Written in ${languageName(otherLanguage)}: recognised by its names, dates and what happened, not by wording (the coverage is in English)`);
  return {
    verdict,
    story: verdict === 'none' ? null : story.id,
    storyTitle: verdict === 'none' ? null : story.title,
    score: verdict === 'none' ? Math.min(best.score, 0.3) : best.score,
    reasons,
    alignments,
    missingFacts,
    garbled,
    sharedPhrasing: shared,
  };
}

interface ReadingCopy {
  /** The article with Cyrillic romanised: its wording evidence is read here. */
  article: ExtractedArticle;
  /** The article with names written as the KB writes them (lib/event/reading-copy.ts). */
  named: ExtractedArticle;
  lang: string;
}

const spellingTables = new WeakMap<MatcherContext, Map<string, Map<string, string>>>();

/** The language's spellings of the KB's people's names ("Lawrow" → "Lavrov"), built once. */
function spellingsFor(ctx: MatcherContext, lang: string): Map<string, string> {
  let byLang = spellingTables.get(ctx);
  if (!byLang) spellingTables.set(ctx, (byLang = new Map()));
  let table = byLang.get(lang);
  if (!table) {
    const names = ctx.kb.entities.filter((e) => e.kind === 'person').flatMap((e) => [e.name, ...e.variants.filter((v) => !v.garbled).map((v) => v.form)]);
    byLang.set(lang, (table = spellingTable(names, lang)));
  }
  return table;
}

/** For an article in another language Backstory reads: its reading copies, and its language. */
function readingCopy(ctx: MatcherContext, article: ExtractedArticle, language: LanguageCheck): ReadingCopy | null {
  if (language.english || !language.lang || !isReadLanguage(language.lang)) return null;
  const lang = language.lang;
  const spellings = spellingsFor(ctx, lang);
  const named = (t: string) => respell(readingText(t, lang), spellings);
  return {
    article: { ...article, title: transliterate(article.title), paragraphs: article.paragraphs.map(transliterate) },
    named: { ...article, title: named(article.title), paragraphs: article.paragraphs.map(named) },
    lang,
  };
}

function scoreStory(ctx: MatcherContext, frame: EventFrame, e: StoryEvidence, bodySentences: number): { features: FeatureVector; probability: number } {
  const scored = fittedScore(ctx, frame, e, bodySentences);
  // Two rules stand above the fitted score. A copy of one of the story's documents is that story
  // whatever its date says (copies are republished and misdated); otherwise a lead that dates its
  // news only far from the story reports another event, however much of the story it recalls.
  const story = ctx.storyFrames.get(e.story.id)!;
  if (e.phrasing >= DECISION.copyShare) return { ...scored, probability: Math.max(scored.probability, 1) };
  if (leadFarFromStory(frame, story)) return { ...scored, probability: 0 };
  return scored;
}

function fittedScore(ctx: MatcherContext, frame: EventFrame, e: StoryEvidence, bodySentences: number): { features: FeatureVector; probability: number } {
  const story = ctx.storyFrames.get(e.story.id);
  if (!story) throw new Error(`story ${e.story.id} has no event frame`);
  const sig = e.signature;
  const features = eventFeatures(frame, story, ctx.actionCeiling, {
    alignedSentences: e.alignedSentences,
    units: e.units,
    headlineAligned: e.headlineAligned,
    phrasing: e.phrasing,
    specificNames: e.specificNames,
    people: e.people,
    focus: sig.focus,
    figures: sig.figures,
    bodySentences: bodySentences,
  });
  return { features, probability: predict(DECISION.weights, toArray(features)) };
}

/**
 * Same actors and storyline: a core person of the coverage (named in at least half of its
 * documents) in the headline or named in full and more than once; two of the coverage's people
 * named in full; or the coverage's core names running through the article (weighed by kind, so
 * that one institution named throughout, such as the Security Council on another country's file,
 * is not the storyline).
 */
function isRelated(storyline: Storyline): boolean {
  const R = DECISION.related;
  if (storyline.people.some((p) => p.core && p.fullName && (p.inHeadline || p.sentences >= 2))) return true;
  if (storyline.people.filter((p) => p.fullName).length >= 2) return true;
  if (storyline.coreInHeadline >= 2 && storyline.coreSentenceShare >= R.coreSentenceShare) return true;
  return storyline.coreWeight >= R.coreWeight && storyline.coreSentenceShare >= R.coreSentenceShare;
}

export interface Storyline {
  /** Distinct KB names (recorded, not garbled): people count 1, organisations ½, places ¼. */
  weight: number;
  /** The same, counting only core names (found in at least half of the KB's documents). */
  coreWeight: number;
  entities: string[];
  /** KB people named, with where and how. */
  people: { entity: string; core: boolean; fullName: boolean; inHeadline: boolean; sentences: number }[];
  /** The headline names someone or something from the KB. */
  inHeadline: boolean;
  /** Distinct core names in the headline. */
  coreInHeadline: number;
  /** Share of body sentences that name something from the KB. */
  sentenceShare: number;
  /** Share of body sentences that name a core name. */
  coreSentenceShare: number;
}

/** How present the covered storyline's names are in the article, wherever they come from in the KB. */
function storylineNames(ctx: MatcherContext, mentions: EntityMention[], text: ArticleText): Storyline {
  const coreDocs = Math.max(2, ctx.kb.documents.length / 2);
  const isCore = (id: string) => (ctx.entities.entities.get(id)?.documents.length ?? 0) >= coreDocs;
  const ids = new Set<string>();
  const sentences = new Set<number>();
  const coreSentences = new Set<number>();
  const people = new Map<string, { entity: string; core: boolean; fullName: boolean; inHeadline: boolean; sentences: Set<number> }>();
  let inHeadline = false;
  const coreHeadline = new Set<string>();
  for (const m of mentions) {
    if (m.fuzzy || m.garbled) continue;
    const core = isCore(m.entity);
    ids.add(m.entity);
    if (m.paragraph < 0) {
      inHeadline = true;
      if (core) coreHeadline.add(m.entity);
    } else {
      sentences.add(m.sentence);
      if (core) coreSentences.add(m.sentence);
    }
    if (ctx.entities.entities.get(m.entity)?.kind === 'person') {
      const p = people.get(m.entity) ?? { entity: m.entity, core, fullName: false, inHeadline: false, sentences: new Set<number>() };
      if (/\s/.test(m.surface.trim())) p.fullName = true;
      if (m.paragraph < 0) p.inHeadline = true;
      else p.sentences.add(m.sentence);
      people.set(m.entity, p);
    }
  }
  let weight = 0;
  let coreWeight = 0;
  for (const id of ids) {
    const kind = ctx.entities.entities.get(id)?.kind;
    const w = kind === 'person' ? 1 : kind === 'organisation' ? 0.5 : 0.25;
    weight += w;
    if (isCore(id)) coreWeight += w;
  }
  const body = text.bodySentenceCount;
  return {
    weight,
    coreWeight,
    entities: [...ids],
    people: [...people.values()].map((p) => ({ entity: p.entity, core: p.core, fullName: p.fullName, inHeadline: p.inHeadline, sentences: p.sentences.size })),
    inHeadline,
    coreInHeadline: coreHeadline.size,
    sentenceShare: body ? sentences.size / body : 0,
    coreSentenceShare: body ? coreSentences.size / body : 0,
  };
}

function garbledNames(ctx: MatcherContext, mentions: EntityMention[]): GarbledName[] {
  const out: GarbledName[] = [];
  const seen = new Set<string>();
  for (const m of mentions) {
    if (!m.garbled) continue;
    const key = `${m.surface.toLowerCase()}\u0000${m.entity}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const entity = ctx.entities.entities.get(m.entity);
    if (entity) out.push({ surface: m.surface, entity: entity.id, canonical: entity.name });
  }
  return out;
}

function buildAlignments(ctx: MatcherContext, findings: SentenceFindings[], mentions: EntityMention[], story: Story, article: ExtractedArticle): Alignment[] {
  const out: Alignment[] = [];
  const bySentence = new Map<number, EntityMention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  for (const f of findings) {
    // The headline is not a paragraph of the page; marks go on body text.
    if (f.sentence.paragraph < 0) continue;
    const a = alignmentFor(ctx, f.sentence, f.quote, f.facts, f.passages.get(story.id) ?? null, story, bySentence.get(f.sentence.index) ?? [], article);
    if (a) out.push(a);
  }
  return out;
}

const LANGUAGE_NAMES: Record<string, string> = {
  fr: 'French', de: 'German', es: 'Spanish', it: 'Italian', pt: 'Portuguese', ru: 'Russian', uk: 'Ukrainian', pl: 'Polish',
  nl: 'Dutch', zh: 'Chinese', ja: 'Japanese', ar: 'Arabic', tr: 'Turkish', sv: 'Swedish', cs: 'Czech', ro: 'Romanian',
};

function languageName(code: string): string {
  return LANGUAGE_NAMES[code] ?? `language “${code}”`;
}

