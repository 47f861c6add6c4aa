import { describe, expect, it } from 'vitest';
import { stem } from '../../lib/text/stem';

describe('stem', () => {
  it('folds plural, past and gerund forms of one word together', () => {
    expect(stem('delivered')).toBe(stem('delivers'));
    expect(stem('responses')).toBe(stem('response'));
    expect(stem('planned')).toBe(stem('plan'));
    expect(stem('proposals')).toBe(stem('proposal'));
    expect(stem('allies')).toBe(stem('ally'));
    expect(stem('consultation')).toBe(stem('consulted'));
  });
  it('leaves short words, numbers and names with apostrophes alone', () => {
    expect(stem('us')).toBe('us');
    expect(stem('100,000')).toBe('100,000');
    expect(stem("won't")).toBe("won't");
  });
  it('keeps a double l when removing -ed ("called" → "call")', () => {
    expect(stem('called')).toBe('call');
  });
});
