import { describe, expect, it } from 'vitest';
import { MIRROR_SHARE, TakenTitles, TITLE_MAX_CHARS, chooseTitle, cutAtPhrase, mainClause, titleOverlap, type TitleCandidate } from '../../lib/kb/story-title';
import { compact, isSentenceCase, namedEvent } from '../../lib/kb/title-frames';
import { datedWeekday } from '../../lib/kb/timeline-label';
import { seedKb } from './helpers';

describe('main clause of a sentence', () => {
  it('drops a trailing attribution', () => {
    expect(mainClause('The ministry has sent its reply to Paris, the foreign minister announced on Friday.')).toBe(
      'The ministry has sent its reply to Paris',
    );
  });
  it('drops a leading attribution when what remains names its subject', () => {
    expect(mainClause('Officials said Tuesday that the talks in Geneva had ended without agreement.')).toBe(
      'The talks in Geneva had ended without agreement',
    );
    expect(mainClause('Officials said that they would meet again next week.')).toMatch(/^Officials said/);
  });
  it('drops opening connectives and trailing subordinate clauses', () => {
    expect(mainClause('But the summit in Vienna went ahead on Monday despite objections from two members.')).toBe(
      'The summit in Vienna went ahead on Monday',
    );
    expect(mainClause('The agency has received a reply from the ministry after it sent questions, the latest step in the dispute.')).toBe(
      'The agency has received a reply from the ministry',
    );
  });
});

describe('cutting to length', () => {
  it('cuts after a comma that ends a phrase (the comma itself goes)', () => {
    expect(cutAtPhrase('The letter was handed over by the ambassador to the ministry, Jane Roe, in the presence of several other diplomats')).toBe(
      'The letter was handed over by the ambassador to the ministry, Jane Roe',
    );
  });
  it('leaves short text alone and cuts long text before a phrase, without an ellipsis', () => {
    expect(cutAtPhrase('A short title')).toBe('A short title');
    const cut = cutAtPhrase('The government has provided the neighbouring states with its written proposals aimed at reducing tension along the border');
    expect(cut).toBe('The government has provided the neighbouring states with its written proposals');
    expect(cut.length).toBeLessThanOrEqual(TITLE_MAX_CHARS);
  });
  it('never ends on a function word; marks a mid-phrase cut with an ellipsis', () => {
    const cut = cutAtPhrase('Negotiators representing eleven governments discussed compensation mechanisms reconstruction financing guarantees humanitarian corridors');
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(TITLE_MAX_CHARS);
    expect(cut).not.toMatch(/\b(?:the|of|and|to)…$/);
  });
});

describe('choosing a title', () => {
  const base: TitleCandidate = { text: '', lead: false, lines: 1, documents: 1, event: true, centrality: 0.3, plainness: 0.8, flawed: false };
  it('prefers an opening sentence and corroboration, and avoids flawed or dependent wording', () => {
    const title = chooseTitle(
      [
        { ...base, text: 'He said the meeting would go ahead.', lines: 3, documents: 3 },
        { ...base, text: 'The ministry has received the reply from the embassy, officials said.', lead: true },
        { ...base, text: 'The minstry has recieved the reply from the embasy.', lead: true, flawed: true },
      ],
      ['repli', 'ministri'],
    );
    expect(title).toBe('The ministry has received the reply from the embassy');
  });
});

describe('title wording', () => {
  it('leaves out weekdays, role titles before names and "a day after …"', () => {
    const c: TitleCandidate = {
      text: 'Foreign Minister John Doe met Jane Roe in Oslo on Tuesday, a day after the vote.', lead: true, lines: 1, documents: 1, event: true,
      centrality: 0.3, plainness: 1, flawed: false, people: [{ role: 'Foreign Minister', surface: 'John Doe' }],
    };
    expect(chooseTitle([c], ['oslo'])).toBe('John Doe met Jane Roe in Oslo');
  });
});

describe('weekdays in titles', () => {
  it('writes the one weekday as the date it was resolved to, else drops weekdays', () => {
    const c: TitleCandidate = { text: 'The summit in Vienna went ahead Monday despite objections.', lead: true, lines: 1, documents: 1, event: true, centrality: 0.3, plainness: 1, flawed: false, date: '2022-01-31' };
    expect(chooseTitle([c], [])).toBe('The summit in Vienna went ahead on 31 January');
    expect(chooseTitle([{ ...c, date: null }], [])).toBe('The summit in Vienna went ahead');
  });
});

describe('story titles in the seed KB', () => {
  const kb = seedKb();
  it('are short neutral clauses, not a raw sentence or a Title Case display headline', () => {
    for (const s of kb.stories) {
      expect(s.title.length).toBeLessThanOrEqual(TITLE_MAX_CHARS + 1);
      expect(s.title).not.toMatch(/[.…]$/);
      expect(s.title).not.toMatch(/^(?:And|But|He|She|It)\b/);
      // A headline may title the story of its own report that it resembles most, when written in
      // sentence case (d003's); d002's Title Case headline and d004's garbled one never do.
      for (const d of kb.documents) {
        if (d.titleSource !== 'headline' || s.title !== d.title) continue;
        expect(s.documents).toContain(d.id);
        expect(isSentenceCase(d.title)).toBe(true);
      }
    }
  });
  it('tell the three events apart: no title mirrors another', () => {
    const titles = kb.stories.map((s) => s.title);
    for (let i = 0; i < titles.length; i++) for (let j = i + 1; j < titles.length; j++) expect(titleOverlap(titles[i]!, titles[j]!)).toBeLessThan(MIRROR_SHARE);
  });
});

describe('titles from the frame of an event (title-frames.ts)', () => {
  it('a possessive weekday that dates a happening gives the happening as a phrase', () => {
    expect(namedEvent("It is not known whether the letter arrived before Thursday's city council vote over the harbour tunnel, which passed narrowly.")).toBe(
      'City council vote over the harbour tunnel',
    );
    // "Friday's decision" names no happening of EVENT_NOUNS; "Friday's storm damage" neither.
    expect(namedEvent("Friday's decision by the board surprised the staff.")).toBeNull();
  });
  it('writes "the border with X" as "X\'s border" to keep what the event was about within the length', () => {
    expect(compact('troops massed along the border with Northland overnight')).toBe("troops massed along Northland's border overnight");
  });
  it('tells a sentence-case headline from a Title Case display line', () => {
    expect(isSentenceCase('Harbour board answers the mayor ahead of Friday vote')).toBe(true);
    expect(isSentenceCase('Harbour Board Answers Mayor Ahead Of Vote')).toBe(false);
  });
  it('a leading attribution whose remainder is only a phrase ("following the session, …") is kept', () => {
    expect(mainClause('The mayor told reporters following the session, in which the board walked out, that she would resign.')).not.toMatch(/^Following/);
  });
  it('a wire dateline and its credit opening a lead are no part of the title', () => {
    expect(mainClause('OSLO (Norland Wire - 3rd March, 2023) The harbour board has approved the new ferry timetable for the summer.')).toBe(
      'The harbour board has approved the new ferry timetable for the summer',
    );
  });
  it("a weekday that is not the claim's day is dropped, not written as the claim's date", () => {
    // 2023-03-06 was a Monday: "on Monday" is that date; "on Tuesday" is not.
    expect(datedWeekday('The board met on Monday to approve the plan', '2023-03-06')).toBe('The board met on 6 March to approve the plan');
    expect(datedWeekday('The board said the two mayors will speak on Tuesday', '2023-03-06')).toBe('The board said the two mayors will speak');
  });
  it('an attribution whose weekday was already written as a date is still dropped', () => {
    expect(mainClause('The mayor said on 3 March that the harbour tunnel would open in spring.')).toBe('The harbour tunnel would open in spring');
  });
  it('the word index of taken titles says what the pairwise overlap says', () => {
    const given = ['The harbour board has sent the council its written answers', 'Storm closes the coast road for two days', 'Mayor opens the new library'];
    const taken = new TakenTitles();
    for (const t of given) taken.add(t);
    for (const text of ['The council has sent the harbour board its written answers', 'Coast road closed by the storm for two days', 'New ferry timetable approved']) {
      expect(taken.mirrors(text)).toBe(given.some((t) => titleOverlap(t, text) >= MIRROR_SHARE));
    }
    expect(taken.mirrors('New ferry timetable approved')).toBe(false);
  });
  it('a candidate that mirrors a title already taken by another story loses', () => {
    const c = (text: string, lead: boolean): TitleCandidate => ({ text, lead, lines: 1, documents: 1, event: true, centrality: 0.5, plainness: 0.5, flawed: false });
    const cands = [c('The council has sent the harbour board its written answers', true), c('The harbour board asked for a vote on the tunnel by Friday', false)];
    expect(chooseTitle(cands, [])).toMatch(/^The council has sent/);
    expect(titleOverlap('The council has sent the harbour board its written answers', 'The harbour board has sent the council its written answers')).toBeGreaterThanOrEqual(MIRROR_SHARE);
    expect(chooseTitle(cands, [], ['The harbour board has sent the council its written answers'])).toMatch(/^The harbour board asked/);
  });
});
