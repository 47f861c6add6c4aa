import { describe, expect, it } from 'vitest';
import { seedKb } from './helpers';

const kb = seedKb();
const person = (name: string) => kb.entities.find((e) => e.kind === 'person' && e.name === name);
const variant = (name: string, form: string) => person(name)?.variants.find((v) => v.form === form);

describe('entities compiled from the seeds', () => {
  it('resolves "Blingen" to Antony Blinken, Secretary of State, as a garbled spelling', () => {
    expect(person('Antony Blinken')).toMatchObject({ role: 'Secretary of State' });
    expect(variant('Antony Blinken', 'Blingen')).toMatchObject({ garbled: true, documents: ['d001', 'd004'] });
    expect(variant('Antony Blinken', 'Blinken')?.garbled).toBe(false);
    expect(kb.entities.some((e) => e.name === 'Blingen')).toBe(false);
  });
  it('takes Grushko as the deputy foreign minister and "Khrushchev" as a garbled name of the same man', () => {
    const e = person('Alexander V. Grushko');
    expect(e?.role).toBe('Deputy Foreign Minister');
    expect(variant('Alexander V. Grushko', 'Alexander V. Khrushchev')).toMatchObject({ garbled: true, documents: ['d001', 'd004'] });
    expect(person('Alexander V. Khrushchev')).toBeUndefined();
  });
  it('takes "Netflix" for the spokesman Ned Price', () => {
    expect(person('Ned Price')?.role).toBe('spokesman');
    expect(variant('Ned Price', 'Netflix')).toMatchObject({ garbled: true, documents: ['d004'] });
  });
  it('treats Sergei and Sergey Lavrov as one person, spelled two ways, not garbled', () => {
    const e = person('Sergei Lavrov') ?? person('Sergey Lavrov');
    expect(e?.role).toBe('Foreign Minister');
    expect(e?.variants.filter((v) => v.form.endsWith('Lavrov')).map((v) => [v.form, v.garbled])).toEqual([
      ['Sergei Lavrov', false],
      ['Sergey Lavrov', false],
    ]);
    expect(kb.entities.filter((x) => x.name.endsWith('Lavrov'))).toHaveLength(1);
  });
  it('gives John Sullivan his role as the US ambassador', () => {
    expect(person('John Sullivan')).toMatchObject({ role: 'Ambassador to Russia', documents: ['d000', 'd001', 'd002', 'd004'] });
  });
  it('keeps two UN ambassadors named in one report apart', () => {
    expect(person('Linda Thomas-Greenfield')?.documents).toEqual(['d003']);
    expect(person('Vasily Nebenzia')?.documents).toEqual(['d003']);
  });
  it('classifies organisations and places', () => {
    const kind = (name: string) => kb.entities.find((e) => e.name === name)?.kind;
    expect(kind('NATO')).toBe('organisation');
    expect(kind('State Department')).toBe('organisation');
    expect(kind('Moscow')).toBe('place');
    expect(kind('United States')).toBe('place');
  });
  it('gives every entity a unique stable id and lists the documents of each variant', () => {
    const ids = kb.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of kb.entities) {
      const fromVariants = [...new Set(e.variants.flatMap((v) => v.documents))].sort();
      expect(e.documents).toEqual(fromVariants);
    }
  });
});
