import { describe, expect, it } from 'vitest';
import { compileKb } from '../../lib/kb/compile';

const seed = (file: string, text: string) => ({ file, bytes: new TextEncoder().encode(text) });

// Two independent reports of one (made-up) event that disagree on a figure and on the day.
const kb = compileKb([
  seed(
    'a.txt',
    ' date 2023-03-10 Estonian officials said on Thursday that 3,000 reservists were called up near the border town of Narva for a snap exercise.\n\n' +
      'Defence Minister Hanno Pevkur told reporters in Tallinn that the exercise would last two weeks and involve allied units.\n',
  ),
  seed(
    'b.txt',
    ' date 2023-03-10 About 4,000 reservists were called up near the border town of Narva for a snap exercise, Estonian officials said on Wednesday.\n\n' +
      'The exercise would last two weeks, Defence Minister Hanno Pevkur told journalists in Tallinn, adding that allied units would take part.\n',
  ),
]);

describe('number and date discrepancies between sources of one fact', () => {
  it('reports the two figures with their sources', () => {
    const x = kb.discrepancies.find((d) => d.kind === 'number');
    expect(x?.variants).toEqual([
      { value: '3000', documents: ['d-a'] },
      { value: '4000', documents: ['d-b'] },
    ]);
    expect(kb.facts.find((f) => f.id === x!.fact)!.documentCount).toBe(2);
  });
  it('reports the two days with their sources', () => {
    const x = kb.discrepancies.find((d) => d.kind === 'date');
    expect(x?.variants).toEqual([
      { value: '2023-03-08', documents: ['d-b'] },
      { value: '2023-03-09', documents: ['d-a'] },
    ]);
  });
  it('has no name discrepancy when the names agree', () => {
    expect(kb.discrepancies.filter((d) => d.kind === 'name')).toEqual([]);
  });
});
