/**
 * The one disjoint-set structure of the compiler (lines, entities, facts, quotes, stories and number
 * facts all group items by merging pairs). Roots are chosen by the caller's rule: `union` keeps the
 * smaller index as root (so a group is named by its first member and output order is stable);
 * `link` makes a given root the parent when the caller's merge has a direction (entities keep the
 * draft they compare against).
 */
export class UnionFind {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }

  get size(): number {
    return this.parent.length;
  }

  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    // Path compression: every node on the way points at the root.
    let x = i;
    while (this.parent[x] !== r) {
      const next = this.parent[x]!;
      this.parent[x] = r;
      x = next;
    }
    return r;
  }

  /** Merges the groups of a and b under the smaller root; returns the roots, or null when already one. */
  union(a: number, b: number): { root: number; child: number } | null {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return null;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    return { root, child };
  }

  /** Puts the group rooted at `child` under `root` (both must be roots). */
  link(root: number, child: number): void {
    if (root !== child) this.parent[child] = root;
  }

  /** Groups by root, members in index order, groups in order of first insertion of their root seen. */
  groups(): Map<number, number[]> {
    const out = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i);
      const g = out.get(r);
      if (g) g.push(i);
      else out.set(r, [i]);
    }
    return out;
  }
}
