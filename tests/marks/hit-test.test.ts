import { describe, expect, it } from 'vitest';
import { markAt, nearestRect } from '@/lib/marks/hit-test';

const line1 = { left: 10, top: 10, right: 200, bottom: 30 };
const line2 = { left: 10, top: 34, right: 120, bottom: 54 };

describe('finding the mark under the pointer', () => {
  const marks = [
    { id: 'a', rects: [line1, line2] },
    { id: 'b', rects: [{ left: 300, top: 10, right: 400, bottom: 30 }] },
  ];
  it('hits a mark on any of its lines', () => {
    expect(markAt(marks, 50, 20)).toBe('a');
    expect(markAt(marks, 100, 40)).toBe('a');
    expect(markAt(marks, 350, 15)).toBe('b');
  });
  it('misses outside every rectangle and ignores empty rectangles', () => {
    expect(markAt(marks, 150, 45)).toBeNull();
    expect(markAt([{ id: 'z', rects: [{ left: 5, top: 5, right: 5, bottom: 50 }] }], 5, 20)).toBeNull();
  });
  it('anchors the card to the line nearest the pointer', () => {
    expect(nearestRect([line1, line2], 50)).toBe(line2);
    expect(nearestRect([line1, line2], 0)).toBe(line1);
    expect(nearestRect([], 0)).toBeNull();
  });
});
