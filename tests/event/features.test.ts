import { describe, expect, it } from 'vitest';
import { actionShares, readFrame } from '../../lib/event/frame';
import { actionCeiling, eventFeatures, leadFarFromStory, type LexicalEvidence } from '../../lib/event/features';
import type { StoryFrame } from '../../lib/event/story-frame';
import type { ActionId } from '../../lib/event/actions';

/** A story of Tuesday 1 February 2022 (a phone call), as the KB would compile it. */
const story: StoryFrame = {
  story: 's-call',
  dateStart: '2022-01-31',
  dateEnd: '2022-02-01',
  days: new Set(['2022-01-31', '2022-02-01']),
  monthDays: new Set(['01-31', '02-01']),
  weekdays: new Set([1, 2]),
  actions: new Map<ActionId, number>([['phone-call', 0.6]]),
  entities: [],
};
const ceiling = actionCeiling([story]);
const lex: LexicalEvidence = { alignedSentences: 0, units: 0, headlineAligned: false, phrasing: 0, specificNames: 0, people: 0, focus: 0, figures: 0, bodySentences: 3 };
const frame = (title: string, paragraphs: string[], publishedAt: string | null = null) => readFrame({ title, paragraphs, publishedAt, lang: 'en' });

describe('decision features from the event frame', () => {
  it('a weekday on an undated page is only a weekday agreement, weaker than a calendar date', () => {
    const undated = eventFeatures(frame('Ministers speak', ['The two ministers spoke by phone on Tuesday about the border, officials said.']), story, ceiling, lex);
    expect(undated).toMatchObject({ dateHit: 0, weekdayHit: 1 });
    const dated = eventFeatures(frame('Ministers speak', ['The two ministers spoke by phone on Tuesday about the border, officials said.'], '2022-02-01'), story, ceiling, lex);
    expect(dated).toMatchObject({ dateHit: 1, weekdayHit: 0 });
  });
  it('a page published more than the announcement window before the story cannot report it', () => {
    const early = eventFeatures(frame('Ministers to speak', ['The ministers may speak by phone later this month, a diplomat said.'], '2022-01-20'), story, ceiling, lex);
    expect(early.publishedFar).toBe(1);
    const ahead = eventFeatures(frame('Ministers to speak', ['The ministers will speak by phone on Tuesday, a spokesperson said.'], '2022-01-30'), story, ceiling, lex);
    expect(ahead).toMatchObject({ publishedFar: 0, publishedInWindow: 0 });
  });
  it('the news is dated where the lead first gives a date, whatever it recalls after', () => {
    const later = frame('Moscow confirms a request for a ministers\' phone talk on February 12', ['The two ministers will hold talks again, after their last phone call on February 1, a spokesperson said.'], '2022-02-12');
    expect(leadFarFromStory(later, story)).toBe(true);
    const same = frame('Ministers spoke on February 1', ['They spoke by phone, a spokesperson said on February 12.'], '2022-02-12');
    expect(leadFarFromStory(same, story)).toBe(false);
  });
  it('a page published while the story unfolds reports it: a far date in its lead is what it recalls', () => {
    const lead = ['Hours after the call, the minister said the proposals his country made on December 17 were still unanswered.'];
    expect(leadFarFromStory(frame('Minister unhappy after call', lead, '2022-02-01'), story)).toBe(false);
    // The same lead on a page of another time, or of no known time, dates its news in December.
    expect(leadFarFromStory(frame('Minister unhappy after call', lead, '2022-03-20'), story)).toBe(true);
    expect(leadFarFromStory(frame('Minister unhappy after call', lead), story)).toBe(true);
  });
  it("the page's own date (a dateline, a date line, 'now') does not date the news when the page has a date", () => {
    const copy = frame('Ministers spoke', ['November 26, 2022', 'The two ministers spoke by phone on Tuesday and will talk now and then, aides said.'], '2022-11-26');
    expect(copy.dates.find((d) => d.monthDay === '11-26')?.dateOnly).toBe(true);
    expect(leadFarFromStory(copy, story)).toBe(false);
    const datelined = frame('Ministers spoke', ['GENEVA, Nov. 26 - The two ministers spoke by phone, aides said.'], '2022-11-26');
    expect(leadFarFromStory(datelined, story)).toBe(false);
    // Without a page date, the dateline is the only date there is, and it rules the story out.
    const undated = frame('Ministers spoke', ['GENEVA, June 6 - The two ministers spoke by phone, aides said.']);
    expect(leadFarFromStory(undated, story)).toBe(true);
  });
  it('what happened is what the lead says happened: acts further down are background, unless the lead states none', () => {
    const meeting = frame('Ministers to meet in Geneva', [
      'The two foreign ministers will hold talks in Geneva on Friday, a spokeswoman told a briefing on Thursday.',
      'She said the ministers would take stock of the contacts between their deputies over the past weeks.',
      'Moscow is still waiting for the written response it was promised to its proposals, she said.',
    ]);
    expect([...actionShares(meeting).keys()]).toEqual(['in-person-talks']);
    const noActInLead = frame('Tensions rise', [
      'Tensions on the border kept rising this week, officials in both capitals said on Thursday.',
      'Troops and armour continued to arrive in the region, according to satellite images seen by analysts.',
      'Washington delivered a written response to Moscow last week, and the ministers spoke by phone.',
    ]);
    expect(new Set(actionShares(noActInLead).keys())).toEqual(new Set(['written-response', 'phone-call']));
  });
});
