/**
 * Where sources disagree: garbled names, reworded quotes, figures and dates that differ between the
 * sources of one fact, and document dates that the content contradicts.
 */
import type { Corpus } from './corpus';
import type { DateCheck } from './document-dates';
import { countsIn } from './facts';
import { shortTitle } from './titles';
import type { Discrepancy, Entity, Fact, Quote, Story } from './types';

export interface DiscrepancyInput {
  ids: readonly string[];
  corpus: Corpus;
  entities: readonly Entity[];
  stories: readonly Story[];
  quotes: readonly Quote[];
  facts: readonly Fact[];
  /** Sentence ids of each fact, in the order of `facts`. */
  factSentences: readonly (readonly number[])[];
  sentenceDate: (sentence: number) => string | null;
  documentDates: ReadonlyMap<number, DateCheck>;
  /** Story of a document's first paragraph. */
  openingStory: (doc: number) => string | null;
}

export function buildDiscrepancies(input: DiscrepancyInput): Discrepancy[] {
  const { ids, corpus, entities, stories, quotes, facts, factSentences, sentenceDate, documentDates, openingStory } = input;
  const discrepancies: Omit<Discrepancy, 'id'>[] = [];
  const storyOfEntity = (entityId: string) => stories.find((s) => s.entities.includes(entityId))?.id ?? null;
  for (const e of entities) {
    if (e.kind !== 'person') continue;
    const garbled = e.variants.filter((v) => v.garbled);
    if (!garbled.length) continue;
    const clean = e.variants.filter((v) => !v.garbled && v.form.split(' ').length >= 1);
    const canonicalDocs = [...new Set(clean.flatMap((v) => v.documents))].sort();
    discrepancies.push({
      story: storyOfEntity(e.id),
      kind: 'name',
      subject: e.role ? `Name of the ${e.role.replace(/^(?:US|Russian)\s+/, '')}` : `Spelling of ${e.name}'s name`,
      variants: [
        { value: e.name, documents: canonicalDocs },
        ...garbled.map((v) => ({ value: v.form, documents: v.documents })),
      ],
      fact: null,
      entity: e.id,
    });
  }
  quotes.forEach((q) => {
    if (q.variants.length < 2) return;
    discrepancies.push({
      story: q.story,
      kind: 'quote',
      subject: `Wording of a quote${q.speaker ? ` by ${entities.find((e) => e.id === q.speaker)?.name ?? q.speaker}` : ''}`,
      variants: q.variants.map((v) => ({ value: v.text, documents: v.documents })),
      fact: null,
      entity: q.speaker,
    });
  });
  facts.forEach((f, k) => {
    // Figures and dates that differ between the sources of one fact.
    const sents = factSentences[k]!.map((x) => corpus.sentences[x]!);
    if (f.kind !== 'number' && sents.length > 1) {
      const values = new Map<string, Set<string>>();
      for (const s of sents) for (const { n } of countsIn(s)) {
        const set = values.get(String(n.value)) ?? new Set<string>();
        set.add(ids[s.doc]!);
        values.set(String(n.value), set);
      }
      const withNumbers = new Set([...values.values()].flatMap((v) => [...v]));
      if (values.size > 1 && withNumbers.size > 1) {
        discrepancies.push({
          story: f.story,
          kind: 'number',
          subject: `Figure in: ${shortTitle(f.text)}`,
          variants: [...values.entries()].map(([v, d]) => ({ value: v, documents: [...d].sort() })),
          fact: f.id,
          entity: null,
        });
      }
    }
    const dates = new Map<string, Set<string>>();
    for (const s of sents) {
      const d = sentenceDate(s.id);
      if (!d) continue;
      const set = dates.get(d) ?? new Set<string>();
      set.add(ids[s.doc]!);
      dates.set(d, set);
    }
    if (dates.size > 1) {
      discrepancies.push({
        story: f.story,
        kind: 'date',
        subject: `Date of: ${shortTitle(f.text)}`,
        variants: [...dates.entries()].sort().map(([v, d]) => ({ value: v, documents: [...d].sort() })),
        fact: f.id,
        entity: null,
      });
    }
  });
  for (let doc = 0; doc < corpus.docs.length; doc++) {
    const chk = documentDates.get(doc);
    if (!chk?.inconsistent) continue;
    const storyHere = openingStory(doc);
    discrepancies.push({
      story: storyHere,
      kind: 'document-date',
      subject: `Date of document ${ids[doc]}`,
      variants: [
        { value: corpus.docs[doc]!.parsed.date!, documents: [ids[doc]!] },
        { value: chk.consensus!, documents: chk.neighbours.map((x) => ids[x]!).sort() },
      ],
      fact: null,
      entity: null,
    });
  }

  return discrepancies.map((x, k) => ({ id: `x${String(k + 1).padStart(3, '0')}`, ...x }));
}
