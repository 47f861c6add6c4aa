/**
 * The reasons shown with every verdict, in a reader's words: who the article names, how many of
 * the story's facts and quotes it states, how much wording it shares with one report, which names
 * it spells otherwise, and what its publish date says.
 */
import type { Entity } from '../kb/types';
import type { MatcherContext, StoryEvidence } from './evidence';
import type { Storyline } from './matcher';
import { readableDate } from './mentioned-dates';
import type { ExtractedArticle, GarbledName, Verdict } from './types';

export interface ReasonInput {
  ctx: MatcherContext;
  verdict: Verdict;
  best: StoryEvidence;
  storyline: Storyline;
  garbled: GarbledName[];
  article: ExtractedArticle;
  language: string | null;
  /** Entity id → times named on the page. */
  mentionCounts: Map<string, number>;
}

/** "Blinken" for people (surname), the full name for organisations and places. */
function shortName(e: Entity): string {
  if (e.kind !== 'person') return e.name;
  const parts = e.name.split(/\s+/);
  return parts[parts.length - 1] ?? e.name;
}

export function listWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function shorten(text: string, max = 110): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** Names to mention: people first, then organisations; the most mentioned on the page first. */
function namesToShow(ctx: MatcherContext, ids: string[], counts: Map<string, number>, max = 4): string[] {
  const ents = ids.map((id) => ctx.entities.entities.get(id)).filter((e): e is Entity => !!e && e.kind !== 'place');
  const rank = (e: Entity) => (e.kind === 'person' ? 0 : 1);
  ents.sort((a, b) => rank(a) - rank(b) || (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || (a.id < b.id ? -1 : 1));
  return ents.slice(0, max).map(shortName);
}

function dateReason(best: StoryEvidence, article: ExtractedArticle): string | null {
  if (!article.publishedAt || best.publishedDaysFromStart === null || best.publishedDaysFromEnd === null) return null;
  const when = readableDate(article.publishedAt);
  const start = best.story.dateStart ? readableDate(best.story.dateStart) : null;
  if (best.publishedDaysFromStart < -2) return `Published ${when}, before this story's events (${start}), so it reports something earlier`;
  if (best.publishedDaysFromEnd > 30) return `Published ${when}, long after the events; possibly a republished copy or a look back`;
  return `Published ${when}, at the time of the events`;
}

export function describeAnalysis(input: ReasonInput): string[] {
  const { ctx, verdict, best, storyline, garbled, article } = input;
  const reasons: string[] = [];
  const names = namesToShow(ctx, verdict === 'none' ? storyline.entities : best.nameIds.length ? best.nameIds : storyline.entities, input.mentionCounts);

  if (verdict === 'match') {
    if (names.length) reasons.push(`Names ${listWords(names)}`);
    const factCount = best.facts.size;
    if (factCount > 0) {
      const top = [...best.facts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      const fact = ctx.facts.byId.get(top)?.fact;
      // The fact's wording may itself be a quotation; its own marks would double ours.
      const wording = fact ? fact.text.replace(/^[\s“"‘']+|[\s”"’']+$/g, '') : '';
      reasons.push(`Reports ${plural(factCount, 'fact', 'facts')} from the coverage${wording ? `, such as “${shorten(wording)}”` : ''}`);
    }
    if (best.alignedSentences > factCount + best.quotes.size) {
      reasons.push(`Lines up with the coverage in ${plural(best.alignedSentences, 'sentence', 'sentences')}`);
    }
    if (best.quotes.size > 0) {
      const reworded = [...best.quotes.values()].filter((k) => k === 'quote-reworded').length;
      reasons.push(`Shares ${plural(best.quotes.size, 'quote', 'quotes')} with the coverage${reworded ? ` (${reworded} reworded)` : ''}`);
    }
    if (best.phrasing >= 0.1 && best.phrasingDoc) {
      const doc = ctx.documents.get(best.phrasingDoc);
      const pct = Math.round(best.phrasing * 100);
      reasons.push(
        best.phrasing >= 0.3
          ? `Repeats ${pct}% of the wording of one report${doc ? ` (“${shorten(doc.title, 70)}”)` : ''}: likely a copy or rewrite of it`
          : `Shares ${pct}% of its wording with one report${doc ? ` (“${shorten(doc.title, 70)}”)` : ''}`,
      );
    }
    if (garbled.length) reasons.push(`Spells ${plural(garbled.length, 'name', 'names')} unlike other sources: ${garbled.slice(0, 4).map((g) => `${g.surface} (${g.canonical})`).join(', ')}`);
    const d = dateReason(best, article);
    if (d) reasons.push(d);
    return reasons;
  }

  if (verdict === 'related') {
    const who = names.length ? ` (${listWords(names)})` : '';
    reasons.push(`Same people and storyline as “${best.story.title}”${who}, but about a different event`);
    if (best.units > 0) reasons.push(`Touches on ${plural(best.units, 'point', 'points')} of that story's coverage only in passing`);
    else reasons.push(`States none of that story's facts or quotes`);
    const d = dateReason(best, article);
    if (d) reasons.push(d);
    return reasons;
  }

  if (storyline.entities.length === 0 && best.units === 0) reasons.push('Shares no names, facts or quotes with the covered stories');
  else if (names.length) reasons.push(`Mentions ${listWords(names)} but nothing else of the covered stories`);
  else reasons.push('Shares only common words and places with the covered stories');
  return reasons;
}
