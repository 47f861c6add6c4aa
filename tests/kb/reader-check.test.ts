import { describe, expect, it } from 'vitest';
import { compileKb } from '../../lib/kb/compile';
import { readSeeds, repoRoot, seedKb } from './helpers';
import { join } from 'node:path';

/**
 * What a careful reader of the five seeds must be told (issue 11), stated in a reader's words.
 */
const kb = seedKb();
const factWith = (re: RegExp) => kb.facts.filter((f) => f.sources.some((s) => re.test(s.sentence)));
const docsOf = (f: { sources: { doc: string }[] }) => [...new Set(f.sources.map((s) => s.doc))].sort();

describe('honest independence counts', () => {
  it('the synonym rewrite (d000) is its own line of reporting', () => {
    expect(kb.lines.find((l) => l.documents.includes('d000'))!.documents).toEqual(['d000']);
  });
  it("d000's open-door line corroborates the open-door claim from a second line", () => {
    const f = factWith(/precept of NATO/)[0]!;
    expect(docsOf(f)).toEqual(['d000', 'd001', 'd002', 'd004']);
    expect(f.lineCount).toBe(2);
    expect(f.documentCount).toBe(4);
  });
  it('Grushko receiving Sullivan is told by d001 too (its shorter attribution does not make it a mere quote)', () => {
    const f = factWith(/received US Ambassador to Moscow John Sullivan/)[0]!;
    expect(docsOf(f)).toEqual(['d001', 'd002', 'd004']);
  });
  it('every fact says how many documents and how many lines back it', () => {
    for (const f of kb.facts) {
      expect(f.documentCount).toBe(docsOf(f).length);
      expect(f.lineCount).toBeGreaterThanOrEqual(1);
      expect(f.lineCount).toBeLessThanOrEqual(f.documentCount);
    }
  });
});

describe('reader-facing text carries no internal id', () => {
  const ids = /\b(?:d\d{3}|f\d{3}|q\d{3}|x\d{3}|s\d{2}|l\d{3})\b|\be-[a-z]+-/;
  it('in facts, quotes, discrepancies, stories and the timeline', () => {
    for (const f of kb.facts) expect(f.text).not.toMatch(ids);
    for (const q of kb.quotes) expect(q.text).not.toMatch(ids);
    for (const x of kb.discrepancies) {
      expect(x.subject).not.toMatch(ids);
      for (const v of x.variants) expect(v.value).not.toMatch(ids);
    }
    for (const s of kb.stories) expect(s.title).not.toMatch(ids);
    for (const t of kb.timeline) expect(t.label).not.toMatch(ids);
  });
});

describe('a paraphrase in an independent line joins the claim it states (documents of my own)', () => {
  const k = compileKb(readSeeds(join(repoRoot, 'tests', 'kb', 'paraphrase-seeds')));
  it('the copy is one line with its original, the own report another', () => {
    expect(k.lines.map((l) => l.documents)).toEqual([['d001', 'd002'], ['d003']]);
  });
  it('a sentence carrying two claims is a source of both', () => {
    const sentence = k.documents.find((d) => d.id === 'd003')!.paragraphs[1]!;
    const withIt = k.facts.filter((f) => f.sources.some((s) => s.doc === 'd003' && sentence.includes(s.sentence)));
    expect(withIt.map((f) => f.kind).sort()).toEqual(['number', 'position']);
    const bid = withIt.find((f) => f.kind === 'position')!;
    expect(bid.text).toMatch(/will not publish the contractor's bid/);
    expect(bid).toMatchObject({ documentCount: 3, lineCount: 2 });
  });
  it('a sentence about something else does not join', () => {
    const cost = k.facts.find((f) => /14 million euros and would be paid/.test(f.text))!;
    expect(docsOf(cost)).toEqual(['d001', 'd002']);
  });
});

describe('lines of reporting from the evidence of each pair (documents of my own)', () => {
  // 002 rewrites 001 and ends with a paragraph copied from 003 (a brief of another day);
  // 004 is its own report that shares with 001 only the chairwoman's name, title and "told reporters".
  const k = compileKb(readSeeds(join(repoRoot, 'tests', 'kb', 'line-seeds')));
  it('a copied paragraph does not chain a third document into the line', () => {
    expect(k.lines.map((l) => l.documents)).toEqual([['d001', 'd002'], ['d003'], ['d004']]);
  });
  it('shared names, titles and stock phrases do not make a line, and the raw share is still shown', () => {
    const r = k.relations.find((x) => x.a === 'd001' && x.b === 'd004')!;
    expect(r.shared).toBeGreaterThan(0.12);
    expect(r.sameLine).toBe(false);
    expect(k.relations.find((x) => x.a === 'd002' && x.b === 'd003')?.sameLine ?? false).toBe(false);
  });
});

describe('quotes', () => {
  const quoteWith = (re: RegExp) => kb.quotes.find((q) => q.variants.some((v) => re.test(v.text)));
  it('"There will be no change" from d002 is a quote, grouped with d001\'s, by Blinken', () => {
    const q = quoteWith(/^There will be no change$/)!;
    expect(q.speaker).toBe('e-antony-blinken');
    expect(q.variants.flatMap((v) => v.documents).sort()).toEqual(['d001', 'd002']);
    // The clean source's whole statement stands for it, not d001's version with a machine-made
    // sentence in front ("It simply came to our notice then.").
    expect(q.text).toBe('There will be no change');
  });
  it('Blinken and Thomas-Greenfield are named as speakers, including across a continuing paragraph', () => {
    expect(quoteWith(/^We are ready for conversation/)!.speaker).toBe('e-antony-blinken');
    expect(quoteWith(/^If Russia is serious about working/)!.speaker).toBe('e-antony-blinken');
    expect(quoteWith(/^called for this meeting/)!.speaker).toBe('e-linda-thomas-greenfield');
    expect(quoteWith(/none of us will be able to say/)!.speaker).toBe('e-linda-thomas-greenfield');
  });
  it('a quotation whose closing mark was lost mid-sentence is not stored as a quote', () => {
    expect(quoteWith(/^coming days, including that/)).toBeUndefined();
    expect(quoteWith(/^sure weapons to the separatists/)).toBeUndefined();
  });
});

describe('one-source claims a reader needs', () => {
  it('statements a named person is reported making are facts, counted as one document', () => {
    const nebenzia = kb.facts.find((f) => /whipping up tensions/.test(f.text))!;
    expect(nebenzia).toMatchObject({ documentCount: 1, lineCount: 1 });
    expect(kb.facts.some((f) => /Thomas-Greenfield responded that it was Moscow/.test(f.text))).toBe(true);
  });
  it('a lone telling that restates a corroborated claim is not a second fact', () => {
    expect(kb.facts.some((f) => f.documentCount === 1 && /precept of NATO/.test(f.text))).toBe(false);
    expect(kb.facts.some((f) => f.documentCount === 1 && /It rejects Russia/.test(f.text))).toBe(false);
  });
  it('no garbled spelling in any fact text or timeline label', () => {
    for (const f of kb.facts) expect(f.text).not.toMatch(/Blingen|Khrushchev|Netflix/);
    for (const t of kb.timeline) expect(t.label).not.toMatch(/Blingen|Khrushchev|Netflix/);
  });
});

describe('what the titles and the machine rewrite say count too (issue 11)', () => {
  it('the headline fact (the US has provided its written responses) counts d000’s lead and d004’s headline', () => {
    const f = factWith(/has provided Russia with its written responses/)[0]!;
    expect(docsOf(f)).toEqual(['d000', 'd002', 'd004']);
    expect(f).toMatchObject({ documentCount: 3, lineCount: 2 });
    // d004's headline stands before its text; d000's lead is its first sentence.
    expect(f.sources.find((s) => s.doc === 'd004')).toMatchObject({ paragraph: -1 });
    expect(f.sources.find((s) => s.doc === 'd000')).toMatchObject({ paragraph: 0 });
  });
  it('d000’s "critical diplomatic path" is a version of Blinken’s "serious diplomatic path" quote', () => {
    const q = kb.quotes.find((x) => x.variants.some((v) => /critical diplomatic path/.test(v.text)))!;
    expect(q.speaker).toBe('e-antony-blinken');
    expect(q.variants.flatMap((v) => v.documents).sort()).toEqual(['d000', 'd001', 'd002', 'd004']);
    // An excerpt that leaves out "if Russia so chooses" is no rival wording.
    expect(kb.discrepancies.some((x) => x.kind === 'quote' && x.variants.some((v) => /critical/.test(v.value)))).toBe(false);
  });
  it('the timeline tells the UN Security Council meeting once, and the story count stays 3', () => {
    const meeting = kb.timeline.filter((t) => t.date === '2022-01-31' && /meeting/i.test(t.label));
    expect(meeting).toHaveLength(1);
    expect(meeting[0]!.label).toMatch(/Security Council/);
    expect(kb.stories).toHaveLength(3);
  });
});

describe('story titles name the event from its frame (issue 11)', () => {
  const storyOfD003 = (paragraph: number) => kb.stories.find((s) => s.paragraphs.some((p) => p.doc === 'd003' && p.paragraph === paragraph))!;
  it('the UN story names the Security Council and Ukraine', () => {
    const un = storyOfD003(10);
    expect(un.title).toMatch(/Security Council/);
    expect(un.title).toMatch(/Ukraine/);
  });
  it('the two January stories do not mirror each other, and the second names the call', () => {
    const first = kb.stories.find((s) => s.documents.includes('d002'))!;
    const second = storyOfD003(0);
    expect(first.title).toMatch(/provided Russia with its written responses/);
    expect(second.title).not.toMatch(/has received/);
    expect(second.title).toMatch(/call/);
    expect(second.title).toMatch(/Blinken-Lavrov|Blinken and .*Lavrov/);
  });
});

describe('entities: one organisation per organisation, with its country, kinds right (issue 11)', () => {
  it('"Foreign Ministry", "Ministry of Foreign Affairs" and "Russian Foreign Ministry" are one entity, of Russia', () => {
    const ministries = kb.entities.filter((e) => /Foreign Ministry|Ministry of Foreign Affairs/.test(e.name));
    expect(ministries.map((e) => e.name)).toEqual(['Russian Foreign Ministry']);
    expect(ministries[0]!.country).toBe('Russia');
    expect(ministries[0]!.variants.map((v) => v.form)).toContain('Foreign Ministry');
  });
  it('no report says whose State Department it is, so the KB does not say either', () => {
    expect(kb.entities.find((e) => e.name === 'State Department')!.country).toBeNull();
  });
  it('only people under people: no country, city, body or event among them', () => {
    const people = kb.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    for (const n of people) expect(n).not.toMatch(/Council|Ministry|Department|Open|Park|Moscow|Russia|Ukraine/);
    for (const e of kb.entities) if (e.kind !== 'organisation') expect(e.country).toBeNull();
  });
});

describe('every quote says who said it (issue 11)', () => {
  const quoteWith = (re: RegExp) => kb.quotes.find((q) => q.variants.some((v) => re.test(v.text)))!;
  it('no quote of the seeds is left without a speaker', () => {
    expect(kb.quotes.filter((q) => q.speaker === null).map((q) => q.text)).toEqual([]);
  });
  it('"the top US diplomat" is Blinken, and so is the paragraph of quotation after it', () => {
    expect(quoteWith(/it is true that Russia did not take this seriously/).speaker).toBe('e-antony-blinken');
    expect(quoteWith(/we have an obligation to test this proposal/).speaker).toBe('e-antony-blinken');
  });
  it('the unnamed State Department official and spokesperson speak for the State Department', () => {
    expect(quoteWith(/received a written follow-up from Russia/).speaker).toBe('e-state-department');
    expect(quoteWith(/It would be unproductive to negotiate in public/).speaker).toBe('e-state-department');
    expect(quoteWith(/We remain fully committed to dialogue/).speaker).toBe('e-state-department');
  });
  it('"She spoke of … “more than 30,000 troops …”" is Thomas-Greenfield', () => {
    expect(quoteWith(/more than 30,000 troops near the Belarus-Ukraine border/).speaker).toBe('e-linda-thomas-greenfield');
  });
});

describe('speakers behind role phrases and pronouns (documents of my own)', () => {
  const k = compileKb(readSeeds(join(repoRoot, 'tests', 'kb', 'speaker-seeds')));
  const quoteWith = (re: RegExp) => k.quotes.find((q) => q.variants.some((v) => re.test(v.text)))!;
  it('"The top diplomat acknowledged that “…”" is the minister named before', () => {
    expect(quoteWith(/pricing question remains open/).speaker).toBe('e-karin-alsvik');
  });
  it('a ministry spokesperson with no name speaks for the ministry, in each quotation of the paragraph', () => {
    expect(quoteWith(/received the revised timetable/).speaker).toBe('e-transport-ministry');
    expect(quoteWith(/negotiate through the newspapers/).speaker).toBe('e-transport-ministry');
    expect(quoteWith(/keep talking with the harbour towns/).speaker).toBe('e-transport-ministry');
  });
  it('"She spoke of … “…”" is the person the sentence before names', () => {
    expect(quoteWith(/forty new sailors/).speaker).toBe('e-lene-brattvik');
  });
});

describe('the timeline says something on each line (issue 11)', () => {
  it('no duplicate pairs: the delivery of the US answer is one item on 26 January, the UN meeting one on 31 January', () => {
    const delivery = kb.timeline.filter((t) => t.date === '2022-01-26' && /delivered|provided Russia with/.test(t.label));
    expect(delivery).toHaveLength(1);
    expect(delivery[0]!.documents).toEqual(['d000', 'd001', 'd002', 'd004']);
    expect(kb.timeline.filter((t) => t.date === '2022-01-31' && /meeting/.test(t.label))).toHaveLength(1);
  });
  it("31 January carries Biden's warning of sanctions and the State Department's confirmation, each a whole statement", () => {
    const day = kb.timeline.filter((t) => t.date === '2022-01-31').map((t) => t.label);
    expect(day.some((l) => /^Joe Biden warned of swift and significant sanctions/.test(l))).toBe(true);
    expect(day.some((l) => /^State Department officials confirmed that they received a written follow-up/.test(l))).toBe(true);
  });
  it('no label ends in an ellipsis (a cut subject says nothing)', () => {
    for (const t of kb.timeline) expect(t.label).not.toMatch(/…$/);
  });
});

describe('a rewrite naming the items a claim lists corroborates it (issue 11)', () => {
  it("d000's arms-control and transparency areas back the areas claim from a second line", () => {
    const f = factWith(/arms control, transparency and stability/)[0]!;
    expect(docsOf(f)).toEqual(['d000', 'd001', 'd002', 'd004']);
    expect(f).toMatchObject({ documentCount: 4, lineCount: 2 });
    expect(f.sources.find((s) => s.doc === 'd000')!.sentence).toMatch(/arms management talks and larger transparency/);
  });
  it('in documents of my own: an own report naming two of three listed priorities joins; a list of names does not', () => {
    const k = compileKb(readSeeds(join(repoRoot, 'tests', 'kb', 'list-seeds')));
    expect(k.lines.map((l) => l.documents)).toEqual([['d001', 'd002'], ['d003']]);
    const f = k.facts.find((x) => x.kind !== 'number' && /dredging, lighting and ferry timetables/.test(x.text))!;
    expect(f).toMatchObject({ documentCount: 3, lineCount: 2 });
    expect(f.sources.find((s) => s.doc === 'd003')!.sentence).toMatch(/dredging of the inner basin and brighter lighting/);
    expect(k.facts.some((x) => x.kind !== 'number' && x.sources.some((s) => /Sandvik and Nordvik/.test(s.sentence)) && x.documentCount > 1)).toBe(false);
  });
});

describe('one-source statements of a named party are facts (issue 11)', () => {
  it("Russia's key demands and that Russia will decide on the written answers (d000) are facts, one document each", () => {
    const demands = kb.facts.find((f) => /key calls for — no additional enlargement of NATO/.test(f.text))!;
    expect(demands).toMatchObject({ documentCount: 1, lineCount: 1 });
    expect(kb.facts.some((f) => /Russia has mentioned it would determine/.test(f.text))).toBe(true);
  });
  it("Stoltenberg's call to reopen the offices is a fact with his name, not \"He\"", () => {
    expect(kb.facts.some((f) => /^Jens Stoltenberg called for the reopening of Moscow and NATO/.test(f.text))).toBe(true);
  });
  it('in documents of my own: an organisation or a resolved pronoun telling something is a one-source fact', () => {
    const k = compileKb([
      {
        file: '001_harbour.txt',
        bytes: new TextEncoder().encode(
          ' date 2023-05-10 Harbour board and county at odds over dredging\n\n' +
            'County governor Anne Holm met the harbour board in Tromvik to discuss the cost of dredging the inner basin.\n\n' +
            'She called for a second survey of the seabed before any money is spent on the work.\n\n' +
            'The Tromvik Harbour Authority has said it will pay half of the cost from its own reserves.\n\n' +
            'The weather was mild and the quays were busy with tourists all afternoon.\n',
        ),
      },
    ]);
    expect(k.facts.some((f) => /^Anne Holm called for a second survey of the seabed/.test(f.text))).toBe(true);
    expect(k.facts.some((f) => /Harbour Authority has said it will pay half/.test(f.text))).toBe(true);
    expect(k.facts.some((f) => /quays were busy with tourists/.test(f.text))).toBe(false);
  });
});

describe('figures (issue 11)', () => {
  it('two figures of one sentence are one fact with both, not two overlapping fragments', () => {
    const belarus = kb.facts.filter((f) => f.kind === 'number' && /nearly 5,000 troops into Belarus/.test(f.text));
    expect(belarus).toHaveLength(1);
    expect(belarus[0]!.numbers.map((n) => n.value)).toEqual([5000, 30000]);
    // "She spoke of A, as well as B": B's clause is told with its subject and verb.
    expect(belarus[0]!.text).toMatch(/^Linda Thomas-Greenfield spoke of US intelligence that Russia has moved nearly 5,000/);
  });
});

describe('discrepancy subjects take no side (issue 11)', () => {
  it('a subject names its claim without any of the disputed values', () => {
    for (const x of kb.discrepancies.filter((d) => d.kind === 'detail')) {
      for (const v of x.variants) expect(x.subject.toLowerCase()).not.toContain(v.value.toLowerCase());
    }
    const manner = kb.discrepancies.find((x) => x.variants.some((v) => v.value === 'privately'))!;
    expect(manner.subject).toMatch(/^Manner in: The answer was delivered … by the US ambassador/);
  });
  it('withoutValues leaves a mark where a value stood, none where it opened the text', async () => {
    const { withoutValues } = await import('../../lib/kb/discrepancies');
    expect(withoutValues('The mayor spoke by phone to the board', ['by phone', 'in person'])).toBe('The mayor spoke … to the board');
    expect(withoutValues('Harbour Board chairwoman Ida Sorli said', ['Harbour Board'])).toBe('Chairwoman Ida Sorli said');
  });
});

describe('a figure clause after "as well as" keeps its subject and verb (documents of my own)', () => {
  it('"X spoke of A, as well as B" gives B\'s figure as "X spoke of B"', () => {
    const k = compileKb([
      {
        file: '001_ferries.txt',
        bytes: new TextEncoder().encode(
          ' date 2023-05-10 Ferry line short of crews\n\nHarbour director Lene Brattvik told the council on Tuesday that the ferry line was short of crews for the summer.\n\nShe spoke of the 12 ferries that cross the fjord each day, as well as the 40 new sailors the line hopes to hire before the season begins.\n',
        ),
      },
    ]);
    const sailors = k.facts.find((f) => f.kind === 'number' && f.numbers.some((n) => n.value === 40))!;
    expect(sailors.text).toBe('Lene Brattvik spoke of the 40 new sailors the line hopes to hire before the season begins.');
  });
});
