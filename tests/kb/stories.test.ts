import { describe, expect, it } from 'vitest';
import { seedKb } from './helpers';

const kb = seedKb();
const paragraphText = (doc: string, p: number) => kb.documents.find((d) => d.id === doc)!.paragraphs[p]!;
const storyOf = (doc: string, needle: string) => {
  const d = kb.documents.find((x) => x.id === doc)!;
  const p = d.paragraphs.findIndex((x) => x.includes(needle));
  return kb.stories.find((s) => s.paragraphs.some((r) => r.doc === doc && r.paragraph === p));
};

describe('stories compiled from the seeds', () => {
  it('finds three stories', () => {
    expect(kb.stories).toHaveLength(3);
  });
  it('story 1: the US and NATO written responses delivered on 26 January, told by four documents', () => {
    const s = storyOf('d002', 'delivered in person')!;
    expect(s.documents).toEqual(['d000', 'd001', 'd002', 'd004']);
    expect(s.dateStart! <= '2022-01-26' && s.dateEnd! >= '2022-01-26').toBe(true);
    expect(s.entities).toContain('e-antony-blinken');
    expect(s.entities).toContain('e-john-sullivan');
  });
  it("story 2: Russia's written follow-up and the planned Blinken–Lavrov call, from the opening of d003", () => {
    const s = storyOf('d003', 'received a written follow-up')!;
    expect(s).toBeDefined();
    expect(storyOf('d003', 'planned phone call')).toBe(s);
    expect(s.documents).toEqual(['d003']);
    expect(s.dateStart).toBe('2022-01-31');
    // Titled by its report's headline (sentence case, and closest to this story of the two the
    // report covers): it names the written answer and the call; the opening sentence ("The United
    // States has received a written response …") mirrors story 1's title and loses.
    expect(s.title).toMatch(/in writing/);
    expect(s.title).toMatch(/Blinken-Lavrov call/);
    // Its opening sentence is a fact of it (no other report corroborates this story).
    expect(kb.facts.some((f) => f.story === s.id && f.sources.some((x) => x.doc === 'd003' && x.paragraph === 0 && /^The United States has received/.test(x.sentence)))).toBe(true);
  });
  it("a corroborated story takes no rewrite's uncorroborated opening as a fact", () => {
    const s = storyOf('d002', 'delivered in person')!;
    // (A one-source statement a named person makes further down a report is a fact of its own.)
    const opening = (f: (typeof kb.facts)[number]) =>
      f.sources.some((src) => src.paragraph === 0 && kb.documents.find((d) => d.id === src.doc)!.paragraphs[0]!.startsWith(src.sentence));
    for (const f of kb.facts.filter((x) => x.story === s.id && x.kind !== 'number' && opening(x))) expect(f.documentCount > 1 || f.date !== null, f.text).toBe(true);
  });
  it('story 3: the UN Security Council meeting of 31 January, from the rest of d003', () => {
    const s = storyOf('d003', 'open meeting at the UN headquarters')!;
    expect(s).not.toBe(storyOf('d003', 'received a written follow-up'));
    expect(storyOf('d003', 'Nebenzia claimed')).toBe(s);
    expect(s.dateStart).toBe('2022-01-31');
    expect(s.entities).toContain('e-linda-thomas-greenfield');
    expect(s.paragraphs.map((r) => paragraphText(r.doc, r.paragraph)).join(' ')).toMatch(/Security Council/);
  });
  it('assigns every paragraph of every document to exactly one story', () => {
    const seen = new Set<string>();
    for (const s of kb.stories) for (const r of s.paragraphs) {
      const key = `${r.doc}:${r.paragraph}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
    const total = kb.documents.reduce((n, d) => n + d.paragraphs.length, 0);
    expect(seen.size).toBe(total);
  });
  it('gives each story a title, its documents in order and distinctive stemmed terms', () => {
    for (const s of kb.stories) {
      expect(s.title.length).toBeGreaterThan(10);
      expect(s.documents).toEqual([...new Set(s.paragraphs.map((p) => p.doc))].sort());
      expect(s.terms.length).toBeGreaterThan(3);
      for (const t of s.terms) expect(t).toMatch(/^[a-z0-9'-]+$/);
    }
  });
});
