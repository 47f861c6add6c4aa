import { describe, expect, it } from 'vitest';
import { compileKb } from '../../lib/kb/compile';

// A match report of my own: a score is one result, venues are places, a tournament is nobody.
const kb = compileKb([
  {
    file: '001_tennis.txt',
    bytes: new TextEncoder().encode(
      ' date 2024-01-20 Jannik Sinner beat Andrey Rublev 6-4, 2-6, 6-7 (5), 6-3, 6-0 at Melbourne Park on Sunday to reach the quarter-finals of the Australian Open.\n\n' +
        'Rublev, the fifth seed, said after the match at Rod Laver Arena that he had run out of energy in the fifth set.\n\n' +
        'Organisers said 42,000 spectators came to the grounds on Sunday, a record for the first week.\n',
    ),
  },
]);

describe('sports reports', () => {
  it('a tennis score is not a set of figures; a real count still is', () => {
    const figures = kb.facts.filter((f) => f.kind === 'number');
    expect(figures.map((f) => f.numbers.map((n) => n.value))).toEqual([[42000]]);
  });
  it('venues are places and a tournament is not a person', () => {
    const people = kb.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).not.toContain('Australian Open');
    expect(people).not.toContain('Melbourne Park');
    expect(people).not.toContain('Rod Laver Arena');
    const places = kb.entities.filter((e) => e.kind === 'place').map((e) => e.name);
    expect(places).toEqual(expect.arrayContaining(['Melbourne Park', 'Rod Laver Arena']));
  });
  it('a surname that is also a venue word stays a person outside "at"/"in"', () => {
    const k = compileKb([{ file: '001_p.txt', bytes: new TextEncoder().encode(' date 2024-01-20 Coach Jessica Park said the team would train on Monday, and Jessica Park added that two players were injured.\n') }]);
    expect(k.entities.find((e) => e.name === 'Jessica Park')?.kind).toBe('person');
  });
});
