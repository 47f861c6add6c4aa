import { describe, expect, it } from 'vitest';
import type { Fact } from '../../lib/kb/types';
import { clauseAround, countsIn } from '../../lib/kb/facts';
import { seedKb } from './helpers';

const kb = seedKb();
const docs = (f: Fact) => [...new Set(f.sources.map((s) => s.doc))].sort();
const factWith = (re: RegExp, pred: (f: Fact) => boolean = () => true) =>
  kb.facts.filter((f) => pred(f) && f.sources.some((s) => re.test(s.sentence)));
const storyOfParagraph = (doc: string, needle: string) => {
  const p = kb.documents.find((d) => d.id === doc)!.paragraphs.findIndex((x) => x.includes(needle));
  return kb.stories.find((s) => s.paragraphs.some((r) => r.doc === doc && r.paragraph === p))!.id;
};

describe('facts compiled from the seeds', () => {
  it('the delivery by Ambassador John Sullivan on 26 January is one fact backed by four documents in two lines', () => {
    const [f, ...rest] = factWith(/Sullivan/, (x) => x.documentCount >= 3 && /deliver|respond/i.test(x.text));
    expect(rest).toHaveLength(0);
    expect(docs(f!)).toEqual(['d000', 'd001', 'd002', 'd004']);
    expect(f).toMatchObject({ documentCount: 4, lineCount: 2, date: '2022-01-26', kind: 'event' });
    expect(f!.entities).toContain('e-john-sullivan');
    expect(f!.story).toBe(storyOfParagraph('d002', 'delivered in person'));
  });
  it('more than 100,000 troops near Ukraine is a number fact with its sources', () => {
    const f = kb.facts.find((x) => x.kind === 'number' && x.numbers.some((n) => n.value === 100_000))!;
    expect(docs(f)).toEqual(['d000', 'd003']);
    expect(f.lineCount).toBe(2);
    expect(f.text).toMatch(/100,000 troops/);
  });
  it('nearly 5,000 troops moved into Belarus is a number fact from d003', () => {
    const f = kb.facts.find((x) => x.kind === 'number' && x.numbers.some((n) => n.value === 5000))!;
    expect(f.text).toMatch(/nearly 5,000 troops into Belarus/);
    expect(docs(f)).toEqual(['d003']);
  });
  it('more than 30,000 troops planned near the Belarus–Ukraine border by early February is a number fact from d003', () => {
    const f = kb.facts.find((x) => x.kind === 'number' && x.numbers.some((n) => n.value === 30_000))!;
    expect(f.text).toMatch(/30,000 troops near the Belarus-Ukraine border/);
    expect(f.text).toMatch(/early February/);
    // One fact with both figures of its sentence (nearly 5,000 into Belarus, more than 30,000 planned).
    expect(f.numbers.map((n) => n.text)).toEqual(['nearly 5,000', 'more than 30,000']);
  });
  it("NATO's open door is a stated position several sources report", () => {
    const f = kb.facts.find((x) => x.kind === 'position' && /open[- ]door/i.test(x.text) && x.documentCount >= 3);
    expect(f).toBeDefined();
  });
  it('that the US will not make its document public is a fact of the 26 January story', () => {
    const f = factWith(/(?:not|won't) (?:release|be launched)|launched publicly/i, (x) => x.documentCount >= 3)[0]!;
    expect(f.story).toBe(storyOfParagraph('d002', 'delivered in person'));
    expect(f.sources.length).toBeGreaterThanOrEqual(3);
  });
  it("the planned Blinken–Lavrov call and Russia's written follow-up are facts of the follow-up story", () => {
    const story = storyOfParagraph('d003', 'received a written follow-up');
    expect(kb.facts.filter((f) => f.story === story).some((f) => /follow-up/.test(f.text))).toBe(true);
  });
  it('counts documents and independent lines honestly on every fact', () => {
    const lineOf = new Map(kb.lines.flatMap((l) => l.documents.map((d) => [d, l.id] as const)));
    for (const f of kb.facts) {
      expect(f.documentCount).toBe(docs(f).length);
      expect(f.lineCount).toBe(new Set(docs(f).map((d) => lineOf.get(d))).size);
      expect(f.lineCount).toBeLessThanOrEqual(f.documentCount);
      for (const s of f.sources) {
        const doc = kb.documents.find((d) => d.id === s.doc)!;
        if (s.paragraph === -1) { expect(doc.title).toBe(s.sentence); continue; } // a headline source
        const p = doc.paragraphs[s.paragraph]!;
        expect(p.includes(s.sentence)).toBe(true);
      }
    }
  });
  it('words each fact from the cleanest source: not the document with the impossible date, fewest garbled names', () => {
    const quality = new Map(kb.documents.map((d) => [d.id, d.quality]));
    for (const f of kb.facts) {
      // The representative source: its sentence holds the fact text, give or take an opening
      // "And he" or a closing ", the official told…" made to name its subject (wording.ts), or a
      // figure clause after "as well as" given its sentence's subject and verb ("X spoke of …").
      const words = f.text.split(' ');
      const tails = [3, 4].map((k) => words.slice(k, words.length > 16 ? -8 : undefined).join(' '));
      const rep = f.sources.find((src) => src.sentence.includes(f.text)) ?? f.sources.find((src) => tails.some((tail) => src.sentence.includes(tail)))!;
      expect(rep, f.id).toBeDefined();
      const candidates = f.sources.filter((src) => !quality.get(src.doc)!.dateInconsistent);
      if (!candidates.length) continue;
      expect(quality.get(rep.doc)!.dateInconsistent, f.id).toBe(false);
      const fewest = Math.min(...candidates.map((src) => quality.get(src.doc)!.garbledNames.length));
      expect(quality.get(rep.doc)!.garbledNames.length, f.id).toBe(fewest);
    }
  });

});

describe('number facts read as claims', () => {
  it('a figure clause opens with a capital and keeps the subject a verb-initial clause leaves in the clause before', () => {
    for (const f of kb.facts.filter((x) => x.kind === 'number')) expect(f.text[0], f.text).toMatch(/[A-Z0-9"“]/);
    const f = kb.facts.find((x) => x.numbers.some((n) => n.value === 30000))!;
    expect(f.text).toMatch(/Russia has moved nearly 5,000 troops into Belarus and intends to mass/);
  });
  it('a figure two stories share is listed under the story whose sentence words it', () => {
    for (const f of kb.facts.filter((x) => x.kind === 'number')) {
      const story = kb.stories.find((s) => s.id === f.story)!;
      const rep = f.sources.find((src) => src.sentence.includes(f.text.slice(-30)))!;
      expect(story.paragraphs.some((p) => p.doc === rep.doc && p.paragraph === rep.paragraph), f.id).toBe(true);
    }
  });
});

describe('figures and their clauses', () => {
  const sentence = (text: string) => ({ id: 0, doc: 0, paragraph: 0, text, folded: text, offset: 0, quotes: [] });
  it('a duration ("for two years") is not a figure fact; a count is', () => {
    const counts = countsIn(sentence('The council voted to spend 4.2 million on 12 bridges, ending a debate that had run for two years.'));
    expect(counts.map((c) => c.n.value)).toEqual([4200000, 12]);
  });
  it('a clause that opens on a participle or infinitive takes in the clause with its subject', () => {
    const text = 'The army moved 5,000 troops north, and intends to mass 30,000 more by March.';
    const span = clauseAround(text, text.indexOf('30,000'));
    expect(text.slice(span.start, span.end)).toBe('The army moved 5,000 troops north, and intends to mass 30,000 more by March.');
    const own = clauseAround('Officials met on Monday, while 300 protesters gathered outside the building.', 40);
    expect(own.start).toBeGreaterThan(0);
  });
});
