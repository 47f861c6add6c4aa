import { sameHappening } from '../../lib/kb/timeline';
import { describe, expect, it } from 'vitest';
import { seedKb } from './helpers';

const kb = seedKb();

describe('timeline', () => {
  it('is in date order', () => {
    const dates = kb.timeline.map((t) => t.date);
    expect(dates).toEqual([...dates].sort());
  });
  it('resolves "on Wednesday" in documents dated 27 January to 26 January', () => {
    const t = kb.timeline.find((x) => /delivered in person/.test(x.label) && x.documents.includes('d000'))!;
    expect(t).toMatchObject({ date: '2022-01-26', dateBasis: 'relative' });
    expect(t.relative).toMatch(/Wednesday/);
  });
  it("puts Ned Price's Tuesday remarks on 25 January", () => {
    const t = kb.timeline.find((x) => /Ned Price/.test(x.label))!;
    expect(t).toMatchObject({ date: '2022-01-25', relative: 'Tuesday' });
  });
  it('dates the undated report from the events it refers back to: Monday 31 January, Tuesday 1 February', () => {
    const mondays = kb.timeline.filter((x) => x.documents.includes('d003') && /Monday/.test(x.relative ?? ''));
    expect(mondays.length).toBeGreaterThan(0);
    for (const t of mondays) expect(t.date).toBe('2022-01-31');
    const call = kb.timeline.find((x) => /planned phone call/i.test(x.label));
    expect(call?.date).toBe('2022-02-01');
    expect(kb.documents.find((d) => d.id === 'd003')!.quality.dateNote).toMatch(/2022-01-26/);
  });
  it('never resolves a weekday against the impossible November 2022 date', () => {
    for (const t of kb.timeline) expect(t.date < '2022-03-01').toBe(true);
  });
  it('lists the sources of each item', () => {
    for (const t of kb.timeline) expect(t.documents.length).toBeGreaterThan(0);
  });
});

describe('what the timeline holds', () => {
  it("one report's dated remark is a fact but not a timeline item", async () => {
    const { seedKb } = await import('./helpers');
    const kb = seedKb();
    expect(kb.facts.some((f) => /ball is now in Russia/.test(f.text) && f.date === '2022-01-26')).toBe(true);
    expect(kb.timeline.some((t) => /ball is now in Russia/.test(t.label))).toBe(false);
    for (const t of kb.timeline) expect(t.documents.length > 1 || kb.facts.some((f) => f.kind === 'event' && f.date === t.date && f.sources.every((s) => t.documents.includes(s.doc)))).toBe(true);
  });
});

describe('one happening told twice in other words is one item', () => {
  it('labels that share a name and the happening in word families are one happening', () => {
    expect(sameHappening('The reply was delivered in person by the Norland envoy to Sudmark', 'Norland has provided Sudmark with its written responses')).toBe(true);
  });
  it('another actor doing a like thing is another happening', () => {
    expect(sameHappening('The council will send its own written response to the mayor', 'Norland has provided Sudmark with its written responses')).toBe(false);
  });
});
