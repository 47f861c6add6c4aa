import { describe, expect, it } from 'vitest';
import { weekdayNear } from '../../lib/kb/dates';
import { findDateExpressions, resolveAfterAnchor, resolveAgainstDocument, resolveNear } from '../../lib/kb/temporal';

const first = (s: string) => findDateExpressions(s)[0]!;

describe('dates in sentences', () => {
  it('reads "on Wednesday" in a report dated Thursday 27 January 2022 as 26 January', () => {
    expect(resolveAgainstDocument(first('Blinken told reporters on Wednesday that'), '2022-01-27')).toBe('2022-01-26');
    expect(resolveAgainstDocument(first('to congressional leaders later Wednesday.'), '2022-01-27')).toBe('2022-01-26');
    expect(resolveAgainstDocument(first('Price said Tuesday that'), '2022-01-27')).toBe('2022-01-25');
  });
  it('reads the weekday of the report itself as that day', () => {
    expect(resolveAgainstDocument(first('officials said on Thursday'), '2022-01-27')).toBe('2022-01-27');
  });
  it('reads a weekday in a sentence about the future as the next such day', () => {
    const e = first('ahead of a planned phone call between the ministers Tuesday.');
    expect(e.future).toBe(true);
    expect(resolveAgainstDocument(e, '2022-01-31')).toBe('2022-02-01');
  });
  it('reads a weekday closing a long planned-event description as the next such day', () => {
    const e = first('ahead of a planned phone call between US Secretary of State Jane Roe and Russian Foreign Minister John Doe Tuesday.');
    expect(e.future).toBe(true);
    expect(resolveAgainstDocument(e, '2022-01-31')).toBe('2022-02-01');
    expect(first("after Monday's planned meeting").future).toBe(false);
  });
  it('reads a deed in a sentence about a plan as past ("will decide on the responses, which were delivered on Wednesday")', () => {
    const e = first('Putin will decide on the next steps over the responses, which were delivered on Wednesday, the minister said.');
    expect(e.future).toBe(false);
    expect(resolveAgainstDocument(e, '2022-01-27')).toBe('2022-01-26');
    expect(first('The ministers have a call planned on Tuesday.').future).toBe(true);
  });
  it('reads "looks forward to … on Monday" as the coming Monday', () => {
    const e = first('She said she looks forward to a frank and purposeful discussion on Monday.');
    expect(e.future).toBe(true);
    expect(resolveAgainstDocument(e, '2022-01-28')).toBe('2022-01-31');
  });
  it('gives a date written without a year the year that puts it nearest the report', () => {
    expect(resolveAgainstDocument(first('the proposals it made on December 17'), '2022-01-27')).toBe('2021-12-17');
    expect(resolveAgainstDocument(first('talks due on January 10'), '2021-12-30')).toBe('2022-01-10');
    expect(resolveNear(first('on December 17'), '2022-02-01')).toBe('2021-12-17');
  });
  it('does not take reported speech ("would be explained") for the future', () => {
    expect(first('it would be explained to leaders later Wednesday').future).toBe(false);
  });
  it('reads possessive weekdays and stated dates', () => {
    expect(first("before or after Monday's UN meeting").weekday).toBe(1);
    expect(resolveAgainstDocument(first('signed on January 26, 2022 in Moscow'), '2022-11-26')).toBe('2022-01-26');
    expect(resolveAgainstDocument(first('the 26 January deadline'), '2022-01-27')).toBe('2022-01-26');
  });
  it('resolves an undated report after its anchor, or near a reference date', () => {
    expect(resolveAfterAnchor(first('confirmed Monday'), '2022-01-26')).toBe('2022-01-31');
    expect(resolveAfterAnchor(first('call Tuesday'), '2022-01-26')).toBe('2022-02-01');
    expect(resolveNear(first('confirmed Monday'), '2022-02-01')).toBe('2022-01-31');
    expect(weekdayNear('2022-02-01', 4)).toBe('2022-02-03');
  });
});
