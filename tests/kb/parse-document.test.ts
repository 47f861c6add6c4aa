import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../lib/kb/parse-document';

describe('parseDocument', () => {
  it('reads a date glued in front of the first sentence and keeps the sentence', () => {
    const d = parseDocument(' date 2021-03-04 The ministers met in Vienna on Tuesday. They talked.\n\nA second paragraph follows here.');
    expect(d).toMatchObject({ date: '2021-03-04', dateSource: 'prefix', titleSource: 'lead' });
    expect(d.paragraphs[0]).toBe('The ministers met in Vienna on Tuesday. They talked.');
  });
  it('reads a dateline in either order and drops it from the text', () => {
    expect(parseDocument('March 4, 2021\n\nTalks resume in Vienna\n\nThe ministers met again today.')).toMatchObject({
      date: '2021-03-04', dateSource: 'dateline', title: 'Talks resume in Vienna', titleSource: 'headline',
      paragraphs: ['The ministers met again today.'],
    });
    expect(parseDocument('4 March 2021\n\nThe ministers met again today.').date).toBe('2021-03-04');
  });
  it('refuses impossible calendar dates rather than guessing', () => {
    expect(parseDocument(' date 2021-02-30 The ministers met.').date).toBeNull();
  });
  it('takes an outlet credit that opens the body, and only there', () => {
    expect(parseDocument('WASHINGTON (Reuters) - Officials met on Friday to talk.\n\nThey spoke to CNN later.').outlet).toBe('Reuters');
    expect(parseDocument('Officials spoke to (CNN) reporters later that day.').outlet).toBeNull();
  });
  it('rejoins paragraphs wrapped with soft line breaks, including right after the first word', () => {
    const d = parseDocument('Officials\n said the talks \nwould go on.\nA\n second paragraph starts here.');
    expect(d.paragraphs).toEqual(['Officials said the talks would go on.', 'A second paragraph starts here.']);
  });
  it('drops link lists, video teasers, follow-us lines, comment counts and update notices', () => {
    const d = parseDocument(
      [
        'Talks resume in Vienna',
        'The ministers met again today in Vienna.',
        'For the latest headlines, follow our Google News channel online or via the app.',
        'What happens next in the talks? 2:07',
        'The next round is set for May.',
        'This story is developing and will be updated.',
        'Read more:',
        'Ministers agree on a timetable',
        'Sanctions stay in place, says envoy',
        '3 comments',
      ].join('\n\n'),
    );
    expect(d.paragraphs).toEqual(['The ministers met again today in Vienna.', 'The next round is set for May.']);
  });
  it('strips a video running time from a headline', () => {
    expect(parseDocument('Envoy Confirms New Talks 3:12\n\nThe envoy confirmed new talks.').title).toBe('Envoy Confirms New Talks');
  });
  it('derives a short title from the lead when there is no headline', () => {
    const d = parseDocument('The foreign ministers of both countries met in Geneva on Friday, officials said, after months of silence.');
    expect(d.title).toBe('The foreign ministers of both countries met in Geneva on Friday');
  });
  it('titles a document without headline by the main clause of its lead, cut at a phrase', () => {
    const d = parseDocument('Officials told reporters on Friday that the two sides would resume talks in Vienna next month if the ceasefire holds, after a pause of six weeks.\n\nMore text follows here.');
    expect(d).toMatchObject({ titleSource: 'lead', title: 'The two sides would resume talks in Vienna next month if the ceasefire holds' });
  });
});
