import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileKb, type SeedInput } from '../../lib/kb/compile';
import type { Kb } from '../../lib/kb/types';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const seedsDir = join(repoRoot, 'seeds');
export const extraSeedsDir = join(repoRoot, 'tests', 'kb', 'extra-seeds');

export function readSeeds(dir: string): SeedInput[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(dir, file))) }));
}

let cached: Kb | null = null;
export function seedKb(): Kb {
  cached ??= compileKb(readSeeds(seedsDir));
  return cached;
}
