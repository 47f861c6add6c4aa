import { describe, expect, it } from 'vitest';
import { dependsOnContext, leadingSubject, standalone, stripConnective } from '../../lib/kb/wording';
import { seedKb } from './helpers';

describe('making a sentence read alone', () => {
  it('drops an opening connective and capitalises what follows', () => {
    expect(stripConnective('And he added that talks would go on.')).toBe('He added that talks would go on.');
    expect(stripConnective('Likewise, the response pointed to arms control.')).toBe('The response pointed to arms control.');
    expect(stripConnective('Also the ministry confirmed receipt.')).toBe('The ministry confirmed receipt.');
    expect(stripConnective('Andrew Smith said so.')).toBe('Andrew Smith said so.');
  });
  it('finds an opening pronoun or role phrase, not a named subject', () => {
    expect(leadingSubject('he said the talks failed')).toMatchObject({ kind: 'pronoun' });
    expect(leadingSubject('The top US diplomat said')).toMatchObject({ kind: 'role', noun: 'diplomat' });
    expect(leadingSubject('The secretary indicated that')).toMatchObject({ kind: 'role', noun: 'secretary' });
    expect(leadingSubject('The Foreign Ministry confirmed')).toBeNull();
    expect(leadingSubject('Helen Jones said')).toBeNull();
  });
  it('replaces the subject only when the caller names someone', () => {
    expect(standalone('But he said the reply was late.', () => 'Jane Roe')).toBe('Jane Roe said the reply was late.');
    expect(standalone('But he said the reply was late.', () => null)).toBe('He said the reply was late.');
  });
  it('tells a dependent sentence from one that names its subject', () => {
    expect(dependsOnContext('And he added that talks would go on.')).toBe(true);
    expect(dependsOnContext('They declined to comment.')).toBe(true);
    expect(dependsOnContext('The ministry declined to comment.')).toBe(false);
  });
});

describe('fact wording in the seed KB', () => {
  const kb = seedKb();
  it('no fact opens with a connective or an unexplained "he"/"she"', () => {
    for (const f of kb.facts) expect(f.text).not.toMatch(/^(?:And|But|Also|Likewise|He|She)\b/);
  });
  it('names the person a source only calls "he" or "the secretary", and keeps the source sentence as written', () => {
    const f = kb.facts.find((x) => x.sources.some((s) => /^And he added/.test(s.sentence)))!;
    expect(f.text).toMatch(/^Antony Blinken added that he hopes/);
    const g = kb.facts.find((x) => x.sources.some((s) => /^The secretary indicated/.test(s.sentence)))!;
    expect(g.text).toMatch(/^Antony Blinken indicated/);
    expect(g.sources.find((s) => s.doc === 'd002')!.sentence).toMatch(/^The secretary indicated/);
  });
});

describe('a closing attribution by role names its person', () => {
  it('in the seeds: the areas of progress are told by Blinken, not "the official"; the NATO leader is Stoltenberg', () => {
    const kb = seedKb();
    const areas = kb.facts.find((f) => /potential for progress/.test(f.text) && f.documentCount >= 3)!;
    expect(areas.text).toMatch(/Antony Blinken told reporters at the State Department\.$/);
    expect(kb.facts.some((f) => /^The NATO leader/.test(f.text))).toBe(false);
    expect(kb.facts.some((f) => /^Jens Stoltenberg has identified three key areas/.test(f.text))).toBe(true);
  });
});
