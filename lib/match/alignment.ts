/**
 * One alignment per article sentence: which KB fact or quote of the matched story it lines up
 * with, and how it differs (a name spelt otherwise, another number, another date, reworded
 * words), with a detail line a reader can check against the coverage.
 */
import type { Story } from '../kb/types';
import type { ArticleSentence } from './article-text';
import type { EntityMention } from './entity-index';
import type { MatcherContext } from './evidence';
import type { FactHit } from './fact-index';
import type { PassageHit } from './passage-index';
import { parseNumbers } from '../text';
import { mentionedDates, readableDate } from './mentioned-dates';
import { quotedPart, type QuoteHit } from './quote-index';
import type { Alignment, ExtractedArticle } from './types';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function corroboration(documentCount: number, lineCount: number): string {
  const docs = plural(documentCount, 'report', 'reports');
  if (lineCount > 0 && lineCount < documentCount) return `In ${docs} of the coverage (${plural(lineCount, 'independent line', 'independent lines')} of reporting)`;
  return `In ${docs} of the coverage`;
}

function shorten(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 0.01;
}

export function alignmentFor(
  ctx: MatcherContext,
  sentence: ArticleSentence,
  quote: QuoteHit | null,
  facts: FactHit[],
  passage: PassageHit | null,
  story: Story,
  mentions: EntityMention[],
  article: ExtractedArticle,
): Alignment | null {
  const garbled = mentions.filter((m) => m.garbled);
  const nameNote = garbled.length
    ? garbled
        .map((m) => `Other sources write “${m.surface}” as ${ctx.entities.entities.get(m.entity)?.name ?? m.entity}`)
        .filter((v, i, all) => all.indexOf(v) === i)
        .join('; ')
    : null;
  const fact = facts.find((h) => h.fact.fact.story === story.id) ?? null;
  const storyQuote = quote && quote.quote.quote.story === story.id ? quote : null;
  const preferQuote = storyQuote && (storyQuote.kind === 'quote-same' || quotedPart(sentence.text) !== null || !fact);

  if (storyQuote && preferQuote) {
    const docs = new Set<string>();
    for (const v of storyQuote.quote.quote.variants) for (const d of v.documents) docs.add(d);
    const lines = new Set([...docs].map((d) => ctx.docLine.get(d) ?? d));
    const base =
      storyQuote.kind === 'quote-same'
        ? `Quoted in the same words in the coverage`
        : `The coverage quotes this as “${shorten(storyQuote.quote.quote.text.replace(/^[\s“"‘']+|[\s”"’']+$/g, ''))}”`;
    return {
      paragraph: sentence.paragraph,
      sentence: sentence.text,
      kind: storyQuote.kind,
      fact: null,
      quote: storyQuote.quote.quote.id,
      detail: nameNote ? `${base}. ${nameNote}` : base,
      documentCount: docs.size,
      lineCount: lines.size,
    };
  }
  if (!fact) return passage && passage.passage.story === story.id ? passageAlignment(ctx, sentence, passage, nameNote) : null;
  const f = fact.fact.fact;
  const common = { paragraph: sentence.paragraph, sentence: sentence.text, fact: f.id, quote: null, documentCount: f.documentCount, lineCount: f.lineCount };
  if (nameNote) return { ...common, kind: 'differs-name', detail: nameNote };

  if (f.numbers.length > 0 && sentence.numbers.length > 0) {
    const agrees = sentence.numbers.some((n) => f.numbers.some((k) => sameValue(n.value, k.value)));
    if (!agrees) {
      return { ...common, kind: 'differs-number', detail: `Other sources give ${f.numbers.map((n) => n.text).join(', ')} here; this page says ${sentence.numbers.map((n) => n.text).join(', ')}` };
    }
  }
  if (f.date) {
    const year = article.publishedAt ? Number(article.publishedAt.slice(0, 4)) : Number(f.date.slice(0, 4));
    const dates = mentionedDates(sentence.text, year);
    if (dates.length > 0 && !dates.some((d) => d.iso === f.date)) {
      return { ...common, kind: 'differs-date', detail: `Other sources date this ${readableDate(f.date)}; this page says ${dates.map((d) => d.text).join(', ')}` };
    }
  }
  return { ...common, kind: 'same', detail: corroboration(f.documentCount, f.lineCount) };
}

/**
 * A sentence that lines up with the story's coverage without being one of its corroborated facts
 * or quotes (stories told by one report have few of those): shown with the coverage's own words.
 */
function passageAlignment(ctx: MatcherContext, sentence: ArticleSentence, hit: PassageHit, nameNote: string | null): Alignment {
  const p = hit.passage;
  const doc = ctx.documents.get(p.doc);
  const common = { paragraph: sentence.paragraph, sentence: sentence.text, fact: null, quote: null, documentCount: 1, lineCount: 1 };
  if (nameNote) return { ...common, kind: 'differs-name', detail: nameNote };
  const theirs = parseNumbers(p.text);
  if (theirs.length > 0 && sentence.numbers.length > 0 && !sentence.numbers.some((n) => theirs.some((k) => sameValue(n.value, k.value)))) {
    return { ...common, kind: 'differs-number', detail: `The coverage gives ${theirs.map((n) => n.text).join(', ')} here; this page says ${sentence.numbers.map((n) => n.text).join(', ')}` };
  }
  const where = doc?.outlet ? ` (${doc.outlet})` : '';
  return { ...common, kind: 'same', detail: `The coverage${where} reports this too: “${shorten(p.text.replace(/^[\s“"‘']+|[\s”"’']+$/g, ''), 140)}”` };
}
