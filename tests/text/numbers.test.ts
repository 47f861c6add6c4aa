import { describe, expect, it } from 'vitest';
import { parseNumbers } from '../../lib/text/numbers';

const values = (s: string) => parseNumbers(s).map((n) => n.value);

describe('parseNumbers', () => {
  it('reads figures with thousands separators and their qualifiers', () => {
    const [n] = parseNumbers('a buildup of more than 100,000 troops');
    expect(n).toMatchObject({ text: 'more than 100,000', value: 100_000, approximate: true, qualifier: 'more than' });
    expect(parseNumbers('moved nearly 5,000 troops')[0]).toMatchObject({ value: 5000, qualifier: 'nearly' });
  });
  it('reads vague amounts as their lower bound, marked approximate', () => {
    expect(parseNumbers('tens of thousands of troops')[0]).toMatchObject({ text: 'tens of thousands', value: 10_000, approximate: true });
    expect(parseNumbers('thousands of troops')[0]).toMatchObject({ value: 2000, approximate: true });
  });
  it('reads number words and scale words', () => {
    expect(values('three key areas and 1.5 million people')).toEqual([3, 1_500_000]);
  });
  it('skips dates, clock times, years and ordinals', () => {
    expect(values('On January 26, 2022 at 7:09, the 3rd time; 31 January')).toEqual([]);
  });
  it('reports offsets into the original text', () => {
    const text = '“more than 30,000 troops”';
    const [n] = parseNumbers(text);
    expect(text.slice(n!.start, n!.end)).toBe('more than 30,000');
  });
});
