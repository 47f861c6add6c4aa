import { describe, expect, it } from 'vitest';
import { seedKb } from './helpers';

const kb = seedKb();

describe('quotes grouped across sources', () => {
  it('groups the reworded "diplomatic path" quote from four documents under Blinken (d000 rewrites "serious" as "critical")', () => {
    const q = kb.quotes.find((x) => x.variants.some((v) => /sets out a serious diplomatic path/.test(v.text)))!;
    expect(q.speaker).toBe('e-antony-blinken');
    const byDoc = Object.fromEntries(q.variants.flatMap((v) => v.documents.map((d) => [d, v.text])));
    expect(byDoc.d001).toMatch(/proposing a radical diplomatic approach/);
    expect(byDoc.d004).toMatch(/forging a serious diplomatic path/);
    expect(byDoc.d000).toMatch(/critical diplomatic path/);
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
  const detail = (re: RegExp) => kb.discrepancies.find((x) => x.kind === 'detail' && x.variants.some((v) => re.test(v.value)));
  it('lists no garbled spelling as a disagreement: those are quality notes on the source', () => {
    expect(kb.discrepancies.filter((x) => x.kind === 'name')).toEqual([]);
    for (const x of kb.discrepancies) for (const v of x.variants) expect(v.value).not.toMatch(/Blingen|Khrushchev|Netflix/);
    const d004 = kb.documents.find((d) => d.id === 'd004')!;
    expect(d004.quality.garbledNames.map((g) => g.surface).sort()).toEqual(['Alexander V. Khrushchev', 'Blingen', 'Netflix']);
  });
  it('lists translated quotes that say the same as variants of the quote, not as disagreements', () => {
    expect(kb.discrepancies.filter((x) => x.kind === 'quote')).toEqual([]);
    expect(kb.quotes.find((q) => q.variants.some((v) => /diplomatic path/.test(v.text)))!.variants.length).toBe(4);
  });
  it('finds "in person" against "privately" inside the delivery claim', () => {
    const x = kb.discrepancies.find((d) => d.kind === 'detail' && d.variants.some((v) => v.value === 'privately'))!;
    expect(x.variants).toEqual([
      { value: 'privately', documents: ['d001'] },
      { value: 'in person', documents: ['d002', 'd004'] },
    ]);
  });
  it('finds "Armed Forces" against "arms control" in the list of areas', () => {
    expect(detail(/^Armed Forces$/)!.variants).toEqual([
      { value: 'Armed Forces', documents: ['d001'] },
      { value: 'arms control', documents: ['d002', 'd004'] },
    ]);
  });
  it("finds whose demands are rejected and the office of the spokesman", () => {
    expect(detail(/demands/)!.variants).toEqual([
      { value: "NATO's demands", documents: ['d001', 'd004'] },
      { value: "Moscow's demands", documents: ['d002'] },
    ]);
    expect(detail(/spokesman/)!.variants).toEqual([
      { value: 'State Department spokesman', documents: ['d002'] },
      { value: 'Foreign Ministry spokesman', documents: ['d004'] },
    ]);
  });
  it('never shows an internal id in a subject', () => {
    for (const x of kb.discrepancies) expect(x.subject).not.toMatch(/\b[dfqsx]\d{2,3}\b|\be-[a-z]/);
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
