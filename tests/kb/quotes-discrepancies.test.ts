import { describe, expect, it } from 'vitest';
import { seedKb } from './helpers';

const kb = seedKb();

describe('quotes grouped across sources', () => {
  it('groups the reworded "diplomatic path" quote from three documents under Blinken', () => {
    const q = kb.quotes.find((x) => x.variants.some((v) => /sets out a serious diplomatic path/.test(v.text)))!;
    expect(q.speaker).toBe('e-antony-blinken');
    const byDoc = Object.fromEntries(q.variants.flatMap((v) => v.documents.map((d) => [d, v.text])));
    expect(byDoc.d001).toMatch(/proposing a radical diplomatic approach/);
    expect(byDoc.d004).toMatch(/forging a serious diplomatic path/);
    expect(q.text).toMatch(/sets out a serious diplomatic path/); // the clean source's wording
  });
  it('attributes the "no surprises" quote to the spokesman even where his name is garbled', () => {
    const q = kb.quotes.find((x) => x.variants.some((v) => /no surprises/i.test(v.text)))!;
    expect(q.speaker).toBe('e-ned-price');
    expect(q.variants.flatMap((v) => v.documents).sort()).toEqual(['d002', 'd004']);
  });
  it('never groups two quotes of one document', () => {
    for (const q of kb.quotes) {
      const docs = q.variants.flatMap((v) => v.documents);
      expect(new Set(docs).size).toBe(docs.length);
    }
  });
});

describe('discrepancies', () => {
  const name = (canonical: string) => kb.discrepancies.find((x) => x.kind === 'name' && x.variants[0]!.value === canonical);
  it('reports Grushko against "Khrushchev" as a name discrepancy with the sources of each', () => {
    const x = name('Alexander V. Grushko')!;
    expect(x.subject).toBe('Name of the Deputy Foreign Minister');
    expect(x.variants).toEqual([
      { value: 'Alexander V. Grushko', documents: ['d002'] },
      { value: 'Alexander V. Khrushchev', documents: ['d001', 'd004'] },
    ]);
    expect(x.entity).toBe('e-alexander-v-grushko');
  });
  it('reports Ned Price against "Netflix"', () => {
    expect(name('Ned Price')!.variants).toEqual([
      { value: 'Ned Price', documents: ['d002'] },
      { value: 'Netflix', documents: ['d004'] },
    ]);
  });
  it('reports the reworded quotes as quote discrepancies', () => {
    const x = kb.discrepancies.find((d) => d.kind === 'quote' && d.variants.some((v) => /diplomatic path/.test(v.value)));
    expect(x?.variants.length).toBe(3);
  });
  it("reports d004's impossible date against the date of the documents it repeats", () => {
    const x = kb.discrepancies.find((d) => d.kind === 'document-date')!;
    expect(x.variants[0]).toEqual({ value: '2022-11-26', documents: ['d004'] });
    expect(x.variants[1]!.value).toBe('2022-01-27');
    expect(kb.discrepancies.filter((d) => d.kind === 'document-date')).toHaveLength(1);
  });
  it('names only documents and stories that exist', () => {
    const docs = new Set(kb.documents.map((d) => d.id));
    const stories = new Set(kb.stories.map((s) => s.id));
    for (const x of kb.discrepancies) {
      if (x.story) expect(stories.has(x.story)).toBe(true);
      for (const v of x.variants) for (const d of v.documents) expect(docs.has(d)).toBe(true);
    }
  });
});
