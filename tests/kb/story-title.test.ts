import { describe, expect, it } from 'vitest';
import { TITLE_MAX_CHARS, chooseTitle, cutAtPhrase, mainClause, type TitleCandidate } from '../../lib/kb/story-title';
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
  it('are short neutral clauses, not a raw sentence or an outlet headline', () => {
    for (const s of kb.stories) {
      expect(s.title.length).toBeLessThanOrEqual(TITLE_MAX_CHARS + 1);
      expect(s.title).not.toMatch(/[.…]$/);
      expect(s.title).not.toMatch(/^(?:And|But|He|She|It)\b/);
      for (const d of kb.documents) if (d.titleSource === 'headline') expect(s.title).not.toBe(d.title);
    }
  });
});
