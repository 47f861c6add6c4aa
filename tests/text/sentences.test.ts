import { describe, expect, it } from 'vitest';
import { sentenceSpans, splitSentences } from '../../lib/text/sentences';

describe('splitSentences', () => {
  it('does not split after initials, titles or U.S.', () => {
    expect(
      splitSentences('Deputy Foreign Minister Alexander V. Grushko met Sen. Smith. U.S. officials said so. Then it ended.'),
    ).toEqual(['Deputy Foreign Minister Alexander V. Grushko met Sen. Smith.', 'U.S. officials said so.', 'Then it ended.']);
  });
  it('ends a sentence at a dotted acronym when a typical opener follows', () => {
    expect(splitSentences('It was shared in the U.S. The allies agreed.')).toEqual(['It was shared in the U.S.', 'The allies agreed.']);
  });
  it('keeps closing quotes with their sentence and splits inside long quotes', () => {
    expect(splitSentences('“We are open to dialogue. We favor diplomacy,” he said. “There will be no change.” Blinken left.')).toEqual([
      '“We are open to dialogue.',
      'We favor diplomacy,” he said.',
      '“There will be no change.”',
      'Blinken left.',
    ]);
  });
  it('does not split at an ellipsis followed by a lower-case word', () => {
    expect(splitSentences('mass troops near the border ... by early February. Next.')).toEqual([
      'mass troops near the border ... by early February.',
      'Next.',
    ]);
  });
  it('returns exact substrings of the input', () => {
    const text = '  First one.\n Second “one.”  ';
    for (const s of sentenceSpans(text)) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
    expect(splitSentences(text)).toEqual(['First one.', 'Second “one.”']);
  });
});
