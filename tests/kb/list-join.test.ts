import { describe, expect, it } from 'vitest';
import { itemsNamed, listItems } from '../../lib/kb/list-join';

describe('items a claim lists', () => {
  it('reads a lower-case enumeration as items of word-family stems', () => {
    const items = listItems('the plan names three priorities: dredging, lighting and ferry timetables, she said')!;
    expect(items).toHaveLength(3);
    expect(itemsNamed(items, 'goals such as dredging of the basin and brighter lighting')).toBe(2);
    expect(itemsNamed(items, 'the ferry company raised its prices')).toBe(0);
  });
  it('an item counts only when every word of it is named (as a word family)', () => {
    const items = listItems('areas for progress: arms control, transparency and stability')!;
    expect(itemsNamed(items, 'talks on arms management')).toBe(1);
    expect(itemsNamed(items, 'arms sales rose')).toBe(0);
  });
  it('a list of names is no list of claimed items', () => {
    expect(listItems('Tromvik, Sandvik and Nordvik share the ferry line')).toBeNull();
  });
});
