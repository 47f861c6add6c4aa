import { describe, expect, it } from 'vitest';
import { corroborationNote, planMarks } from '@/lib/marks/plan';
import type { Alignment } from '@/lib/match/types';

function alignment(partial: Partial<Alignment>): Alignment {
  return { paragraph: 0, sentence: 'A sentence.', kind: 'same', fact: 'f1', quote: null, detail: '', documentCount: 3, lineCount: 2, ...partial };
}

describe('planning marks from alignments', () => {
  it('writes the corroboration card for sentences that match the coverage', () => {
    const [m] = planMarks([alignment({})]);
    expect(m!.tone).toBe('same');
    expect(m!.notes).toEqual(['Also reported by 3 sources in 2 lines of reporting']);
    expect(corroborationNote(1, 1)).toBe('Also reported by 1 source in 1 line of reporting');
  });

  it('marks a sentence as differing when any alignment on it differs, differences first', () => {
    const marks = planMarks([
      alignment({}),
      alignment({ kind: 'differs-name', fact: 'f2', detail: 'Other sources name him Alexander Grushko' }),
    ]);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.tone).toBe('differs');
    expect(marks[0]!.facts).toEqual(['f1', 'f2']);
    expect(marks[0]!.notes[0]).toBe('Other sources name him Alexander Grushko');
  });

  it('keeps separate sentences separate and skips empty ones', () => {
    const marks = planMarks([alignment({ sentence: 'One.' }), alignment({ sentence: '  ' }), alignment({ paragraph: 2, sentence: 'Two.', kind: 'quote-reworded', detail: '' })]);
    expect(marks.map((m) => [m.sentence, m.tone])).toEqual([
      ['One.', 'same'],
      ['Two.', 'differs'],
    ]);
    expect(marks[1]!.notes).toEqual(['Sources differ on this']);
  });
});
