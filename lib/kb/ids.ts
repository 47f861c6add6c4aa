/** Stable, readable ids. */
export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'x';
}

/**
 * Document ids from file names: "d" + the leading number when every file starts with a distinct
 * number ("000_x.txt" → "d000"), else "d-" + a slug of the name without its extension.
 */
export function documentIds(files: readonly string[]): string[] {
  const base = files.map((f) => f.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, ''));
  const nums = base.map((b) => /^(\d+)/.exec(b)?.[1] ?? null);
  if (nums.every((n) => n !== null) && new Set(nums).size === nums.length) return nums.map((n) => `d${n}`);
  const seen = new Map<string, number>();
  return base.map((b) => {
    const s = `d-${slug(b)}`;
    const k = (seen.get(s) ?? 0) + 1;
    seen.set(s, k);
    return k === 1 ? s : `${s}-${k}`;
  });
}

/** Make ids unique by suffixing -2, -3, … in order of appearance. */
export function uniqueIds(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((s) => {
    const k = (seen.get(s) ?? 0) + 1;
    seen.set(s, k);
    return k === 1 ? s : `${s}-${k}`;
  });
}
