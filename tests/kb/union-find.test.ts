import { describe, expect, it } from 'vitest';
import { UnionFind } from '../../lib/kb/union-find';

describe('UnionFind', () => {
  it('keeps the smaller index as root and reports an existing merge as null', () => {
    const u = new UnionFind(5);
    expect(u.union(3, 1)).toEqual({ root: 1, child: 3 });
    expect(u.union(1, 3)).toBeNull();
    expect(u.union(4, 3)).toEqual({ root: 1, child: 4 });
    expect(u.find(4)).toBe(1);
  });

  it('link follows the caller’s direction', () => {
    const u = new UnionFind(3);
    u.link(2, 0);
    expect(u.find(0)).toBe(2);
    expect(u.union(0, 1)).toEqual({ root: 1, child: 2 });
  });

  it('groups list members in index order', () => {
    const u = new UnionFind(6);
    u.union(5, 0);
    u.union(2, 4);
    expect([...u.groups().values()]).toEqual([[0, 5], [1], [2, 4], [3]]);
  });

  it('compresses long chains without recursion', () => {
    const n = 200_000;
    const u = new UnionFind(n);
    for (let i = n - 1; i > 0; i--) u.link(i - 1, i);
    expect(u.find(n - 1)).toBe(0);
  });
});
