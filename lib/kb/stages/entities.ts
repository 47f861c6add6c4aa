/**
 * Stage 3, entities: names found in every sentence (mentions.ts), resolved to people,
 * organisations and places (entities.ts), garbled names merged by context (a sentence that is the
 * same apart from the name), then each entity's canonical name, id and garbled forms. Also the
 * per-document list of garbled spellings that the quality notes and the choice of the cleanest
 * source use.
 */
import { alignPairs, tfidfVectors } from '../align';
import { sentenceTerms, type Corpus, type Sentence } from '../corpus';
import { chooseCanonical, mergeByContext, resolveEntities, type Draft, type EntityResolution } from '../entities';
import { slug, uniqueIds } from '../ids';
import { findMentions, type Mention } from '../mentions';
import type { TitledName } from '../timeline-label';
import type { Entity, KbDocument } from '../types';
import type { LinesStage } from './lines';
import { lineOf } from './lines';
import { countryBefore, countryOfName, organisationCountry } from '../organisation-country';

/** Sentences (names removed) this similar are "the same sentence apart from the names". */
export const CONTEXT_SIMILARITY = 0.45;

export interface CanonicalEntity {
  id: string;
  name: string;
  garbled: Set<string>;
}

export type GarbledName = KbDocument['quality']['garbledNames'][number];

export interface EntitiesStage {
  /** Names found in each sentence, by sentence id. */
  mentionsBySentence: Mention[][];
  /** Drafts after the context merge, and which draft each mention belongs to. */
  resolution: EntityResolution;
  /** Draft index → output entity (only drafts that kept mentions). */
  canon: Map<number, CanonicalEntity>;
  /** Each sentence's terms without its person names (as resolved before the context merge). */
  noNameTerms: string[][];
  /** Each sentence's mentions of people (after the context merge). */
  personMentions: Mention[][];
  /** Garbled spellings found in each document (corpus index), in the order found. */
  garbledInDoc: Map<number, GarbledName[]>;
  /** Any garbled spelling, also where the name finder does not see a name; null when there is none. */
  garbledFormRe: RegExp | null;
}

export function entitiesStage(corpus: Corpus, lines: LinesStage): EntitiesStage {
  const capsMid = new Set<string>();
  for (const s of corpus.sentences) for (const m of s.folded.matchAll(/(?<=[a-z0-9,;:)]"? )[A-Z][A-Za-z'-]+/g)) capsMid.add(m[0].replace(/'s$/, ''));
  const mentionsBySentence = corpus.sentences.map((s) => findMentions(s, capsMid));
  const res = resolveEntities(corpus, mentionsBySentence.flat());
  const spelledGarbles = garbleCounts(res.drafts);

  // Sentences compared without their person names: garbled names must not hide a shared sentence.
  const noNameTerms = corpus.sentences.map((s) => sentenceTerms(s, personSpans(res, mentionsBySentence, s)));
  const group = corpus.sentences.map((s) => s.doc);
  // The vectors are not kept: nothing later needs them, and at scale they are tens of megabytes.
  const contextPairs = alignPairs(tfidfVectors(noNameTerms), group, CONTEXT_SIMILARITY);
  mergeByContext(corpus, res, { pairs: contextPairs });
  const personMentions = corpus.sentences.map((s) => personSpans(res, mentionsBySentence, s));

  // Canonical names, ids and garbled forms.
  const cleanliness = (doc: number) => 1 / (1 + (spelledGarbles.get(doc) ?? 0));
  const liveDrafts = res.drafts.map((d, i) => ({ d, i })).filter(({ d }) => d.mentions.length > 0);
  const chosen = liveDrafts.map(({ d, i }) => ({ i, c: chooseCanonical(d, (doc) => lineOf(lines, doc), cleanliness) }));
  const entityIds = uniqueIds(chosen.map(({ c }) => `e-${slug(c.name)}`));
  const canon = new Map<number, CanonicalEntity>();
  chosen.forEach(({ i, c }, k) => canon.set(i, { id: entityIds[k]!, name: c.name, garbled: c.garbled }));

  // Document garble counts including names merged by context, for quality and "cleanest source".
  const garbledInDoc = new Map<number, GarbledName[]>();
  for (const [i, c] of canon) {
    for (const [form, f] of res.drafts[i]!.forms) {
      if (!c.garbled.has(form)) continue;
      for (const doc of f.docs) {
        const list = garbledInDoc.get(doc) ?? [];
        if (!list.some((g) => g.surface === form)) list.push({ surface: form, entity: c.id, canonical: c.name });
        garbledInDoc.set(doc, list);
      }
    }
  }
  // Garbled spellings are also caught where the name finder does not see them (a garbled surname
  // opening a sentence is not known to be a name there).
  const garbledForms = [...new Set([...garbledInDoc.values()].flat().map((g) => g.surface))].sort();
  const garbledFormRe = garbledForms.length
    ? new RegExp(`(?<![A-Za-z])(?:${garbledForms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![A-Za-z])`)
    : null;
  return { mentionsBySentence, resolution: res, canon, noNameTerms, personMentions, garbledInDoc, garbledFormRe };
}

function personSpans(res: EntityResolution, mentionsBySentence: readonly Mention[][], s: Sentence): Mention[] {
  return mentionsBySentence[s.id]!.filter((m) => res.of.has(m) && res.drafts[res.of.get(m)!]!.kind === 'person');
}

/** The output entity a mention stands for, if it was resolved to one. */
export function entityOf(stage: EntitiesStage, m: Mention): CanonicalEntity | undefined {
  const i = stage.resolution.of.get(m);
  return i === undefined ? undefined : stage.canon.get(i);
}

/** The draft index of the person a mention names, if it names a person. */
export function personOf(stage: EntitiesStage, m: Mention): number | undefined {
  const { resolution: res } = stage;
  return res.of.has(m) && res.drafts[res.of.get(m)!]!.kind === 'person' ? res.of.get(m)! : undefined;
}

/** Whether a sentence carries a garbled spelling, seen as a name or not. */
export function hasGarble(stage: EntitiesStage, s: Sentence): boolean {
  return stage.mentionsBySentence[s.id]!.some((m) => entityOf(stage, m)?.garbled.has(m.surface) ?? false) || (stage.garbledFormRe?.test(s.folded) ?? false);
}

/** People named with a role title in these sentences ("US Secretary of State Antony Blinken"). */
export function titledIn(corpus: Corpus, stage: EntitiesStage, sentences: readonly number[]): TitledName[] {
  const out = new Map<string, TitledName>();
  for (const sid of sentences) for (const m of stage.mentionsBySentence[sid]!) {
    if (m.role === null) continue;
    const surface = corpus.sentences[sid]!.folded.slice(m.start, m.end);
    out.set(`${m.role}\u0000${surface}`, { role: m.role, surface });
  }
  return [...out.values()];
}

/** Entities in output form, by id. */
export function entityRecords(stage: EntitiesStage, ids: readonly string[], corpus: Corpus): Entity[] {
  const entities: Entity[] = [];
  // An organisation's country: the nationality in its name, or the country written before a mention.
  const countryVotes = new Map<number, (string | null)[]>();
  for (const list of stage.mentionsBySentence) {
    for (const m of list) {
      const i = stage.resolution.of.get(m);
      if (i === undefined || stage.resolution.drafts[i]!.kind !== 'organisation') continue;
      const before = corpus.sentences[m.sentence]!.folded.slice(0, m.start);
      countryVotes.set(i, [...(countryVotes.get(i) ?? []), countryOfName(m.surface) ?? countryBefore(before)]);
    }
  }
  for (const [i, c] of [...stage.canon.entries()].sort((a, b) => (a[1].id < b[1].id ? -1 : 1))) {
    const d = stage.resolution.drafts[i]!;
    const roles = [...d.roles.entries()].sort((a, b) => b[1].weight - a[1].weight || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
    const docs = new Set<number>();
    for (const f of d.forms.values()) for (const x of f.docs) docs.add(x);
    entities.push({
      id: c.id,
      name: c.name,
      kind: d.kind,
      role: roles[0]?.[1].display ?? null,
      country: d.kind === 'organisation' ? organisationCountry([countryOfName(c.name), ...(countryVotes.get(i) ?? [])]) : null,
      variants: [...d.forms.entries()]
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([form, f]) => ({ form, documents: [...f.docs].sort((a, b) => a - b).map((x) => ids[x]!), garbled: c.garbled.has(form) })),
      documents: [...docs].sort((a, b) => a - b).map((x) => ids[x]!),
    });
  }
  return entities;
}

/** How many distinct garbled spellings each document has after pass 2 (before context merges). */
export function garbleCounts(drafts: readonly Draft[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const d of drafts) for (const f of d.forms.values()) if (f.garbled) for (const doc of f.docs) out.set(doc, (out.get(doc) ?? 0) + 1);
  return out;
}

/** Canonical name of a draft (by index), or null when it kept no mentions. */
export function canonicalName(stage: EntitiesStage, draft: number): string | null {
  return stage.canon.get(draft)?.name ?? null;
}
