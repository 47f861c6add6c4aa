/**
 * The sidebar's reading of one analysed page: which facts the page states, where it differs from
 * the coverage, what it leaves out, and whether it looks like a machine rewrite. Pure, so the
 * wording and the rules are tested without rendering.
 */
import type { Discrepancy, Fact, TimelineItem } from '../kb/types';
import type { Alignment, Analysis } from '../match/types';
import type { CoverageItem, StoryView } from './story-view';
import { isCleanSource } from '../marks/card';
import { toneOf } from '../marks/plan';

/** Above this share of a seed document's phrasing, the page reads as a copy or rewrite of it. */
export const HIGH_SHARED_PHRASING = 0.5;

export interface PageDifference {
  /** What the coverage says instead, in neutral words. */
  detail: string;
  /** The page's sentences that differ this way, in page order (a garbled name recurs). */
  sentences: string[];
  kind: Alignment['kind'];
}

export interface SidebarModel {
  /** Fact ids this page states, with the alignments that show it. */
  onPage: Map<string, Alignment[]>;
  pageDifferences: PageDifference[];
  storyDiscrepancies: Discrepancy[];
  /** Facts this page states that other coverage confirms (a "same" alignment), most corroborated first. */
  confirmed: Fact[];
  /** Facts of the story this page leaves out: never one it states. */
  missing: Fact[];
  /** Coverage, clean sources first (no impossible date, no garbled names), otherwise in view order. */
  coverage: CoverageItem[];
  /** The timeline without entries that only repeat the story's title or a fact shown above. */
  timeline: TimelineItem[];
  /** Text for the reader with internal document ids ("d004") replaced by the document's title. */
  readable: (text: string) => string;
  /** Reader-facing line about the page itself, or null when it reads like ordinary reporting. */
  rewriteNote: string | null;
  /** Title of a seed document by id, for labelling a fact's sources. */
  docTitle: (doc: string) => string;
  coverageOf: (doc: string) => CoverageItem | undefined;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Quote a list of names as "A", "B" and "C". */
function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * The machine-rewrite line. Two independent signs: names spelled unlike every other source, and a
 * large share of phrasing with one seed document. Either is worth a sentence; neither is a verdict.
 */
export function rewriteNoteFor(analysis: Analysis, view: StoryView): string | null {
  const parts: string[] = [];
  const garbled = analysis.garbled.slice(0, 3).map((g) => `“${g.surface}” for ${g.canonical}`);
  if (garbled.length > 0) parts.push(`spells names unlike the other sources (${listOf(garbled)})`);
  const top = [...analysis.sharedPhrasing].sort((a, b) => b.share - a.share)[0];
  if (top && top.share >= HIGH_SHARED_PHRASING) {
    const title = view.coverage.find((c) => c.doc === top.doc)?.title;
    parts.push(`shares ${percent(top.share)} of its phrasing with ${title ? `“${title}”` : 'another report'}`);
  }
  if (parts.length === 0) return null;
  return `This page may be a machine rewrite of other coverage: it ${listOf(parts)}.`;
}

export function buildSidebarModel(analysis: Analysis, view: StoryView): SidebarModel {
  const facts = new Map(view.facts.map((f) => [f.id, f]));
  const onPage = new Map<string, Alignment[]>();
  // One entry per difference, not per sentence: a name spelled differently recurs in many.
  const byDetail = new Map<string, PageDifference>();
  for (const a of analysis.alignments) {
    if (a.fact && facts.has(a.fact)) onPage.set(a.fact, [...(onPage.get(a.fact) ?? []), a]);
    if (toneOf(a.kind) !== 'differs') continue;
    const detail = a.detail.trim() || 'Sources differ on this';
    const entry = byDetail.get(detail) ?? { detail, sentences: [], kind: a.kind };
    if (!entry.sentences.includes(a.sentence)) entry.sentences.push(a.sentence);
    byDetail.set(detail, entry);
  }
  const pageDifferences = [...byDetail.values()];
  const confirmedIds = new Set(analysis.alignments.filter((a) => a.fact && toneOf(a.kind) === 'same').map((a) => a.fact!));
  const confirmed = view.facts.filter((f) => confirmedIds.has(f.id));
  // "Not in this article" never lists a fact the article states (same or differently).
  const missing = analysis.missingFacts.filter((id) => !onPage.has(id)).map((id) => facts.get(id)).filter((f): f is Fact => f !== undefined);
  const coverage = new Map(view.coverage.map((c) => [c.doc, c]));
  // KB ids ("d004") mean nothing to a reader: a known document is named by its title.
  const readable = (text: string) =>
    text.replace(/\b(?:document\s+)?(d\d+)\b/g, (whole, id: string) => {
      const title = coverage.get(id)?.title;
      if (title) return `“${title}”`;
      return /^d\d{3,}$/.test(id) ? 'one report' : whole;
    });
  const shownFacts = analysis.verdict === 'match' ? [...confirmed, ...missing] : view.facts;
  return {
    onPage,
    pageDifferences: pageDifferences.map((d) => ({ ...d, detail: readable(d.detail) })),
    storyDiscrepancies: view.discrepancies.map((d) => ({ ...d, subject: readable(d.subject) })),
    confirmed,
    missing,
    coverage: orderCoverage(view.coverage),
    timeline: withoutRepeats(view.timeline, [view.story.title, ...shownFacts.map((f) => f.text)]),
    readable,
    rewriteNote: rewriteNoteFor(analysis, view),
    docTitle: (doc) => coverage.get(doc)?.title ?? 'one report',
    coverageOf: (doc) => coverage.get(doc),
  };
}

/** Clean sources first; among equals, the order the view gives (closest to the page first). */
export function orderCoverage(items: readonly CoverageItem[]): CoverageItem[] {
  return [...items.filter(isCleanSource), ...items.filter((c) => !isCleanSource(c))];
}

/** Lower-cased words of 3+ letters, for comparing wordings. */
function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []);
}

/** Share of the timeline label's words found in a text shown elsewhere, above which it repeats it. */
export const TIMELINE_REPEAT = 0.8;

/** Timeline items whose label is not (nearly) a repeat of a text the sidebar already shows. */
export function withoutRepeats(items: readonly TimelineItem[], shown: readonly string[]): TimelineItem[] {
  const shownWords = shown.map(words);
  return items.filter((item) => {
    const label = words(item.label);
    if (label.size === 0) return true;
    return !shownWords.some((w) => {
      let common = 0;
      for (const x of label) if (w.has(x)) common++;
      return common / label.size >= TIMELINE_REPEAT;
    });
  });
}

/** "3 sources · 2 independent lines". */
export function corroborationChip(documentCount: number, lineCount: number): string {
  const sources = `${documentCount} ${documentCount === 1 ? 'source' : 'sources'}`;
  const lines = `${lineCount} independent ${lineCount === 1 ? 'line' : 'lines'}`;
  return `${sources} · ${lines}`;
}

/** The quality note of a seed document, or null when there is nothing to say. */
export function qualityNote(item: CoverageItem): string | null {
  const notes: string[] = [];
  const names = item.quality.garbledNames.map((g) => `“${g.surface}” for ${g.canonical}`);
  if (names.length > 0) notes.push(`Garbled names: ${names.join(', ')}`);
  if (item.quality.dateInconsistent) notes.push(item.quality.dateNote ?? 'Its stated date does not fit the events it reports');
  return notes.length > 0 ? notes.join('. ') : null;
}
