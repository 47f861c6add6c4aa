/**
 * Story titles and short labels. A story's title describes the event in neutral words: the main
 * clause of its most central, best-corroborated event sentence (a report's opening sentence is
 * written to say what happened, so it counts extra), with attributions ("…, X said"), opening
 * connectives and trailing subordinate clauses removed, cut at a phrase boundary. Candidates that
 * name the event from its frame (a sentence-case headline, a dated happening's own phrase:
 * title-frames.ts) weigh a little more; a title that mirrors another story's loses. Any headline
 * of a report that covers this story alone is the fallback when nothing reads as a title.
 */
import { contentTerms, tokenize } from '../text';
import { dependsOnContext, stripConnective } from './wording';
import { datedWeekday, dropRoleTitles, type TitledName } from './timeline-label';

/** Titles and labels are cut to this many characters at most. */
export const TITLE_MAX_CHARS = 80;

const SPEECH = String.raw`(?:said|says|told(?:\s+(?:reporters|journalists|CNN|lawmakers))?|announced|confirmed|indicated|added|noted|stressed|explained|mentioned|informed|reported|declared|insisted|acknowledged)`;
// A weekday, or the date a weekday was already written as ("on 26 January", see datedWeekday).
const DAY = String.raw`(?:(?:(?:on|late|later|earlier|last)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|on\s+\d{1,2}\s+[A-Z][a-z]+)`;
/** "X said (on Monday) (that) …" with a short X. */
const LEADING_ATTRIBUTION_RE = new RegExp(String.raw`^([^,;:"“]{2,90}?)\s${SPEECH}(?:\s+${DAY})?(?:\s+that)?\s+(?=\S)`);
/** "…, X said (on Monday)." at the end, or ", X said," in the middle (the title keeps what comes before). */
const TRAILING_ATTRIBUTION_RE = new RegExp(String.raw`,\s+[^,;:"“”]{0,90}?\b${SPEECH}\b[^,;:"“”]{0,40}(?:,|$)`);
/** Where a subordinate or appended clause starts; the title keeps what comes before. */
const CLAUSE_BREAK_RE =
  /,?\s+(?:(?:a|one|two|three|four|five|several|some|\d+)\s+(?:days?|weeks?|hours?|months?)\s+)?(?:after|before|since)\b|,?\s+(?:which|who|whom|while|whereas|although|though|because|despite|as\s+(?:well\s+as|part\s+of)|warning|saying|adding|including|according\s+to|following|amid)\b|,\s+(?:the|a|an)\s+(?:latest|newest|first|next|last)\b|\s+(?:--|–|—)\s+|;\s*|:\s+/g;
/** Words a cut may stop before without leaving a dangling phrase. */
const PHRASE_STARTS = new Set([
  'aimed', 'to', 'for', 'in', 'on', 'at', 'with', 'by', 'from', 'of', 'over', 'after', 'before', 'regarding', 'about', 'amid',
  'ahead', 'and', 'as', 'that', 'which', 'who', 'while', 'following', 'including', 'into', 'against', 'under', 'during',
  'if', 'when', 'where', 'whether', 'because', 'unless', 'although', 'than',
]);
/** Words a title must not end on. */
const DANGLING = new Set([
  'a', 'an', 'the', 'of', 'to', 'for', 'in', 'on', 'at', 'with', 'by', 'from', 'and', 'or', 'but', 'that', 'its', 'their',
  'his', 'her', 'our', 'as', 'than', 'into', 'over', 'is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would',
]);
const MIN_CLAUSE_WORDS = 5;
/**
 * A wire dateline with its credit opening a lead ("OSLO (Norland Wire - 3rd March, 2023) The …"):
 * the place in capitals and the bracketed credit say where and from whom, not what happened.
 */
const DATELINE_CREDIT_RE = /^\s*[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,3},?\s*\([^()]{2,100}\)\s*(?:[-–—:]+\s*)?(?=[A-Z"“])/;

const words = (s: string) => tokenize(s).length;
const tidy = (s: string) => s.replace(/^[\s"“”'‘’]+|[\s"“”'‘’,;:.!?]+$/g, '').replace(/\s+/g, ' ');

/**
 * The main clause of a sentence: connective, attribution and trailing subordinate clauses removed,
 * as long as at least a few words remain and the remainder does not lean on the sentence before.
 */
export function mainClause(sentence: string, options: { keepSpeaker?: boolean } = {}): string {
  let t = tidy(stripConnective(tidy(sentence.replace(DATELINE_CREDIT_RE, ''))));
  const trailing = TRAILING_ATTRIBUTION_RE.exec(t);
  if (trailing && words(t.slice(0, trailing.index)) >= MIN_CLAUSE_WORDS) t = t.slice(0, trailing.index);
  const leading = options.keepSpeaker ? null : LEADING_ATTRIBUTION_RE.exec(t);
  if (leading && words(leading[1]!) <= 10) {
    const rest = t.slice(leading[0].length);
    // "X told reporters following the session, …": what is left must open a clause, not a phrase.
    const opening = rest.split(/\s+/)[0]!.toLowerCase().replace(/[^a-z]/g, '');
    if (words(rest) >= MIN_CLAUSE_WORDS && !dependsOnContext(rest) && !/^["“]/.test(rest) && !PHRASE_STARTS.has(opening)) {
      t = rest[0]!.toUpperCase() + rest.slice(1);
    }
  }
  for (const m of t.matchAll(CLAUSE_BREAK_RE)) {
    const head = t.slice(0, m.index);
    if (words(head) >= MIN_CLAUSE_WORDS) {
      t = head;
      break;
    }
  }
  return tidy(t.replace(/["“”]/g, ''));
}

/**
 * Text cut to at most `max` characters at a word boundary: before a preposition or conjunction when
 * that keeps at least half the room (no ellipsis needed: the kept part is a whole phrase), else at
 * the last word that is not a function word, marked with an ellipsis.
 */
export function cutAtPhrase(text: string, max = TITLE_MAX_CHARS): string {
  const t = tidy(text);
  if (t.length <= max) return t;
  const parts = t.split(' ');
  let best = -1;
  let len = 0;
  let fallback = 0;
  for (let i = 0; i < parts.length; i++) {
    const next = len + (i ? 1 : 0) + parts[i]!.length;
    if (next > max - 1) break;
    len = next;
    const last = parts[i]!.toLowerCase().replace(/[^a-z]/g, '');
    if (!DANGLING.has(last)) fallback = i + 1;
    // A comma ends a phrase too ("… to Russia, John Smith, …" is cut after "Russia").
    if (parts[i]!.endsWith(',') && !DANGLING.has(last) && len >= max / 2) best = i + 1;
    const following = parts[i + 1]?.toLowerCase().replace(/[^a-z]/g, '');
    // "aimed at" stays whole: the kept part may not end on a phrase-start word itself.
    if (following && PHRASE_STARTS.has(following) && !DANGLING.has(last) && !PHRASE_STARTS.has(last) && len >= max / 2) best = i + 1;
  }
  if (best > 0) return tidy(parts.slice(0, best).join(' '));
  return `${tidy(parts.slice(0, Math.max(1, fallback)).join(' '))}…`;
}

export interface TitleCandidate {
  /** The candidate sentence, already made to read alone. */
  text: string;
  /** The opening sentence of a report whose opening belongs to this story. */
  lead: boolean;
  /** Independent lines of reporting and documents that state it. */
  lines: number;
  documents: number;
  event: boolean;
  /** Cosine with the story's term centroid, 0..1. */
  centrality: number;
  /** Share of its words other documents use too, 0..1 (machine rewrites pick odd synonyms). */
  plainness: number;
  /** From a document with an impossible date, or carrying a garbled name. */
  flawed: boolean;
  /** ISO date its weekday was resolved to, when known: written out in place of the weekday. */
  date?: string | null;
  /** People its sentences name with a role title, whose titles the title leaves out. */
  people?: readonly TitledName[];
  /** Names the event from its frame: a report's headline, or a dated happening's own phrase (title-frames.ts). */
  frame?: boolean;
}

/**
 * Score added to a candidate that names the event from its frame. A fact sentence often tells a
 * reaction or a detail of the event; a headline or "Monday's … meeting over …" names the event
 * itself. Seeds: the one-report January story's headline (naming the response and the call)
 * scores 3.9 against 4.1 for an attribution-only sentence ("A senior … official and a …
 * spokesperson confirmed that they received …"); with this weight it leads by 0.8.
 */
export const FRAME_WEIGHT = 1;

/**
 * How much of what the story is about a clause names: the story's distinctive terms (most
 * distinctive first) it contains, each weighted by rank, capped so a long clause cannot win on it alone.
 */
export function topicality(clause: string, storyTerms: readonly string[]): number {
  const have = new Set(contentTerms(clause));
  let sum = 0;
  storyTerms.forEach((t, i) => {
    if (have.has(t)) sum += 1 - i / storyTerms.length;
  });
  return Math.min(3, sum) / 2;
}

/**
 * A title whose words are this share (Jaccard, stemmed content words) of another story's title
 * mirrors it and does not tell the reader which story this is. Seeds: the two January reports'
 * openings ("The United States has provided Russia with its written responses" / "… has received
 * a written response from Moscow") share 0.5; the three titles of different events share ≤ 0.07.
 */
export const MIRROR_SHARE = 0.5;

/** Jaccard share of two texts' content words (stemmed; "Moscow" and "Russia" stay two words). */
export function titleOverlap(a: string, b: string): number {
  const x = new Set(contentTerms(a));
  const y = new Set(contentTerms(b));
  let both = 0;
  for (const t of x) if (y.has(t)) both++;
  return both / ((x.size + y.size - both) || 1);
}

/**
 * The titles already given, indexed by word, so that whether a clause mirrors one of them costs
 * the titles sharing its words, not every title (thousands of stories at 5,000 documents).
 */
export class TakenTitles {
  private readonly sizes: number[] = [];
  private readonly postings = new Map<string, number[]>();

  add(title: string): void {
    const terms = new Set(contentTerms(title));
    const k = this.sizes.length;
    this.sizes.push(terms.size);
    for (const t of terms) {
      const list = this.postings.get(t);
      if (list) list.push(k);
      else this.postings.set(t, [k]);
    }
  }

  /** Whether the text shares ≥ MIRROR_SHARE of its words (Jaccard) with a title given before. */
  mirrors(text: string): boolean {
    const terms = new Set(contentTerms(text));
    const shared = new Map<number, number>();
    for (const t of terms) for (const k of this.postings.get(t) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
    for (const [k, both] of shared) if (both / ((terms.size + this.sizes[k]! - both) || 1) >= MIRROR_SHARE) return true;
    return false;
  }
}

/**
 * The best candidate's main clause, cut to length; null when no candidate reads as a title.
 * Score: a report's opening sentence counts 2, each independent line 1 (up to 3), each document
 * a quarter (up to 4), an event a half, plus centrality, half the plainness, and topicality; a
 * clause that mirrors a title already given to another story (`taken`) loses 3, as a flawed one.
 */
export function chooseTitle(candidates: readonly TitleCandidate[], storyTerms: readonly string[], taken: Pick<TakenTitles, 'mirrors'> | readonly string[] = []): string | null {
  const mirrors = Array.isArray(taken)
    ? (clause: string) => (taken as readonly string[]).some((t) => titleOverlap(t, clause) >= MIRROR_SHARE)
    : (clause: string) => (taken as Pick<TakenTitles, 'mirrors'>).mirrors(clause);
  const scored = candidates
    .map((c, k) => {
      // Out of its report "Monday" names no day: it is written as the date it was resolved to (or
      // dropped); role titles in front of names go too (a title has no room for "US Secretary of State").
      const plain = dropRoleTitles(stripConnective(c.text), c.people ?? []);
      const clause = mainClause(datedWeekday(plain, c.date ?? null));
      const n = words(clause);
      let score =
        (c.lead ? 2 : 0) + Math.min(c.lines, 3) + 0.25 * Math.min(c.documents, 4) + (c.event ? 0.5 : 0) + c.centrality + 0.5 * c.plainness + topicality(mainClause(plain), storyTerms);
      if (c.flawed) score -= 3;
      if (c.frame) score += FRAME_WEIGHT;
      if (dependsOnContext(clause)) score -= 2;
      if (n < 4) score -= 3;
      if (mirrors(cutAtPhrase(clause))) score -= 3;
      return { clause, score, k };
    })
    .sort((a, b) => b.score - a.score || a.k - b.k);
  const best = scored[0];
  if (!best || best.score <= 0) return null;
  return cutAtPhrase(best.clause);
}
