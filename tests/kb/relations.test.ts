import { describe, expect, it } from 'vitest';
import { SAME_LINE_THRESHOLD } from '../../lib/kb/relations';
import { seedKb } from './helpers';

const kb = seedKb();
const rel = (a: string, b: string) => kb.relations.find((r) => r.a === a && r.b === b);

describe('shared phrasing and lines of reporting', () => {
  it('recognises the three rewrites of one wire report as one line', () => {
    expect(kb.lines.find((l) => l.documents.includes('d002'))?.documents).toEqual(['d001', 'd002', 'd004']);
    for (const [a, b] of [['d001', 'd002'], ['d001', 'd004'], ['d002', 'd004']] as const) {
      expect(rel(a, b)!.shared).toBeGreaterThanOrEqual(SAME_LINE_THRESHOLD);
      expect(rel(a, b)!.sameLine).toBe(true);
    }
  });
  it('keeps the separately reported documents as lines of their own', () => {
    expect(kb.lines.find((l) => l.documents.includes('d000'))?.documents).toEqual(['d000']);
    expect(kb.lines.find((l) => l.documents.includes('d003'))?.documents).toEqual(['d003']);
    expect(rel('d000', 'd002')!.sameLine).toBe(false);
    expect(rel('d000', 'd002')!.shared).toBeLessThan(0.05);
  });
  it('puts every document in exactly one line', () => {
    const all = kb.lines.flatMap((l) => l.documents).sort();
    expect(all).toEqual(kb.documents.map((d) => d.id));
  });
});
