import { describe, expect, it } from 'vitest';
import { dropRoleTitles, isPlanned, timelineLabel } from '../../lib/kb/timeline-label';
import { TITLE_MAX_CHARS } from '../../lib/kb/story-title';
import { seedKb } from './helpers';

describe('timeline labels', () => {
  it('labels a planned event by the event, marked as planned', () => {
    const text = "The reply comes days after the ministry sent its own, and ahead of a planned phone call between Jane Roe and John Doe Tuesday.";
    expect(isPlanned(text)).toBe(true);
    expect(timelineLabel(text, [])).toBe('Planned phone call between Jane Roe and John Doe');
    expect(timelineLabel('Officials said the two ministers will meet in Geneva on Friday.', [])).toBe('Planned: The two ministers will meet in Geneva');
  });
  it('labels "Monday\'s meeting …" by the meeting', () => {
    expect(timelineLabel("It is unclear whether the letter arrived before Monday's council meeting on the border dispute, which ended in deadlock.", [])).toBe(
      'Council meeting on the border dispute',
    );
  });
  it('keeps the speaker, drops the weekday (the date is shown) and trailing clauses', () => {
    expect(timelineLabel('But Jane Roe said Tuesday that the ministry had consulted its partners, including Norway, before replying.', [])).toBe(
      'Jane Roe said that the ministry had consulted its partners',
    );
    expect(isPlanned('Jane Roe said Tuesday that talks had ended.')).toBe(false);
  });
  it('drops a title written straight before a name, not a description set off by a comma', () => {
    const people = [{ role: 'Foreign Minister', surface: 'John Doe' }, { role: 'ambassador to Norway', surface: 'Jane Roe' }];
    expect(dropRoleTitles('a call with Russian Foreign Minister John Doe', people)).toBe('a call with John Doe');
    expect(dropRoleTitles('delivered by the US ambassador to Norway, Jane Roe', people)).toBe('delivered by the US ambassador to Norway, Jane Roe');
    const price = [{ role: 'spokesman', surface: 'Ned Roe' }];
    expect(dropRoleTitles('State Department spokesman Ned Roe said', price)).toBe('Ned Roe said');
    expect(dropRoleTitles('asked the State Department spokesman Ned Roe', price)).toBe('asked the State Department spokesman Ned Roe');
  });
});

describe('timeline labels in the seed KB', () => {
  const kb = seedKb();
  it('are short; the fact keeps the full sentence', () => {
    for (const t of kb.timeline) {
      expect(t.label.length).toBeLessThanOrEqual(TITLE_MAX_CHARS + 1);
      const f = kb.facts.find((x) => x.story === t.story && x.date === t.date && x.sources.every((s) => t.documents.includes(s.doc)));
      expect(f).toBeDefined();
    }
  });
  it("puts the planned Blinken–Lavrov call on Tuesday 1 February as a planned event of Russia's follow-up story", () => {
    const t = kb.timeline.find((x) => /^Planned phone call/.test(x.label))!;
    expect(t).toMatchObject({ date: '2022-02-01', dateBasis: 'relative', relative: 'Tuesday' });
    expect(t.label).toMatch(/Antony Blinken and Sergey Lavrov/);
    const followUp = kb.stories.find((s) => s.paragraphs.some((p) => p.doc === 'd003' && p.paragraph === 0))!;
    expect(t.story).toBe(followUp.id);
    expect(kb.facts.filter((f) => f.story === followUp.id).length).toBeGreaterThanOrEqual(2);
  });
});

describe('planned events in a new report', () => {
  it('a weekday attached to a planned event becomes a dated "Planned …" timeline item, read forward from the report date', async () => {
    const { compileKb } = await import('../../lib/kb/compile');
    const text =
      ' date 2023-03-06 The harbour authority confirmed on Monday that it had received the ferry operators\u2019 written offer.\n\n' +
      'The offer arrived ahead of a planned meeting between Port Director Ada Lind and Mayor Tom Berg Thursday.\n\n' +
      'Neither side would say what the offer contains.\n';
    const kb = compileKb([{ file: '050_harbour.txt', bytes: new TextEncoder().encode(text) }]);
    const planned = kb.timeline.find((t) => t.label.startsWith('Planned'));
    expect(planned).toMatchObject({ date: '2023-03-09', dateBasis: 'relative', label: 'Planned meeting between Ada Lind and Tom Berg' });
    expect(kb.timeline.find((t) => t.date === '2023-03-06')).toBeDefined();
  });
});

describe('a day told in an echo clause', () => {
  it('labels the day with the person who repeated the warning, not the background', () => {
    const label = timelineLabel(
      'Officials in Oslo have long urged restraint, warning that any new drilling would face legal challenges -- a message repeated by Prime Minister Kari Dahl on Friday at the summit.',
      [{ role: 'Prime Minister', surface: 'Kari Dahl' }],
    );
    expect(label).toMatch(/^Kari Dahl repeated the warning that any new drilling/);
  });
  it('a warning too long to show whole is told by what it warns of, not cut before it', () => {
    const label = timelineLabel(
      'Officials in Oslo have long urged restraint, warning that any new drilling in the northern fjords would result in immediate and costly legal challenges -- a message repeated by Prime Minister Kari Dahl on Friday at the summit.',
      [{ role: 'Prime Minister', surface: 'Kari Dahl' }],
    );
    expect(label).toMatch(/^Kari Dahl warned of immediate and costly legal challenges/);
    expect(label.length).toBeLessThanOrEqual(80);
  });
  it('a speaker telling of himself, too long to show whole, is the subject ("X hopes …")', () => {
    const label = timelineLabel('Mayor Ada Lind added on Friday that she hopes to hold a second meeting with the harbour board in the coming weeks now that the survey is done.', [
      { role: 'Mayor', surface: 'Ada Lind' },
    ]);
    expect(label).toMatch(/^Ada Lind hopes to hold a second meeting with the harbour board/);
  });
  it('unnamed officials of one body are written as that body\'s officials', () => {
    const label = timelineLabel('A senior Harbour Board official and a Harbour Board spokesperson confirmed Friday that they "received the mayor\'s letter."', []);
    expect(label).toBe("Harbour Board officials confirmed that they received the mayor's letter");
  });
  it('in the seeds: 31 January carries Biden\'s warning of sanctions', () => {
    expect(seedKb().timeline.some((t) => t.date === '2022-01-31' && /^Joe Biden warned of swift and significant sanctions/.test(t.label))).toBe(true);
  });
});
