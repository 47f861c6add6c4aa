/**
 * The KB the `match`, `corpus` and benchmark commands use: compiled from a seeds folder with the
 * same compiler the extension's build runs, so the command and the extension agree.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileKb } from '../lib/kb/compile';
import type { Kb } from '../lib/kb/types';

export const DEFAULT_SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));

export function compileSeedsFrom(dir: string = DEFAULT_SEEDS): Kb {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return compileKb(files.map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(dir, file))) })));
}
