import { describe, expect, it } from 'vitest';
import { tokenSpans, tokenize } from '../../lib/text/tokenize';
import { contentTerms } from '../../lib/text/terms';

describe('tokenize', () => {
  it('lower-cases words and keeps numbers with thousands separators as one token', () => {
    expect(tokenize('More than 100,000 troops, nearly 5,000 in Belarus')).toEqual([
      'more', 'than', '100,000', 'troops', 'nearly', '5,000', 'in', 'belarus',
    ]);
  });
  it('folds curly apostrophes, drops the possessive and keeps contractions', () => {
    expect(tokenize('Russia’s demand; the US won’t release it')).toEqual(['russia', 'demand', 'the', 'us', "won't", 'release', 'it']);
  });
  it('reads dotted acronyms as one word and splits hyphenated compounds', () => {
    expect(tokenize('U.S. officials near the Belarus-Ukraine border')).toEqual(['us', 'officials', 'near', 'the', 'belarus', 'ukraine', 'border']);
  });
  it('drops a sentence-final separator after a number and reports offsets into the original', () => {
    const text = 'In 2022, “troops”';
    const spans = tokenSpans(text);
    expect(spans.map((s) => s.token)).toEqual(['in', '2022', 'troops']);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['In', '2022', 'troops']);
  });
  it('content terms leave out stopwords and stem the rest', () => {
    expect(contentTerms('The response was delivered by the ambassador')).toEqual(['respons', 'deliver', 'ambassador']);
  });
});
