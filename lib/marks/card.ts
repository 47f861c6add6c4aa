/**
 * What a mark's card says beyond its tone: the KB claim the marked sentence states (in the
 * cleanest source's wording) and who reports it, clean sources first. Pure: it reads the story view
 * the background sent with the analysis.
 */
import type { Fact } from '../kb/types';
import type { CoverageItem } from '../view/story-view';
import type { MarkSpec } from './plan';

/** At most this many sources are named on a card; the rest are counted. */
export const CARD_SOURCES = 3;

export interface MarkClaim {
  claim: string | null;
  /** Outlet (or title) of each source, clean sources first, then "and N more". */
  sources: string[];
}

/** A document with an impossible date or garbled names ranks after clean ones. */
export function isCleanSource(item: Pick<CoverageItem, 'quality'>): boolean {
  return !item.quality.dateInconsistent && item.quality.garbledNames.length === 0;
}

export function markClaim(spec: Pick<MarkSpec, 'facts'>, facts: readonly Fact[], coverage: readonly CoverageItem[]): MarkClaim {
  const fact = spec.facts.map((id) => facts.find((f) => f.id === id)).find((f): f is Fact => f !== undefined);
  if (!fact) return { claim: null, sources: [] };
  const byDoc = new Map(coverage.map((c) => [c.doc, c]));
  const docs = [...new Set(fact.sources.map((s) => s.doc))];
  const items = docs.map((d) => byDoc.get(d)).filter((c): c is CoverageItem => c !== undefined);
  // Stable: clean sources keep their order, then the others.
  const ordered = [...items.filter(isCleanSource), ...items.filter((c) => !isCleanSource(c))];
  const names: string[] = [];
  for (const c of ordered) {
    const name = c.outlet ?? `“${c.title}”`;
    if (!names.includes(name)) names.push(name);
  }
  const shown = names.slice(0, CARD_SOURCES);
  if (names.length > CARD_SOURCES) shown.push(`and ${names.length - CARD_SOURCES} more`);
  return { claim: fact.text, sources: shown };
}
