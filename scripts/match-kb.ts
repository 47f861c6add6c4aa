/**
 * The KB the `match`, `corpus` and benchmark commands use: the seeds folder compiled by the same
 * build helper the extension's build hook runs, read back from its kb.json text exactly as the
 * background loads it, so the command and the extension analyse with the same data.
 */
import { fileURLToPath } from 'node:url';
import { compileSeedFolder } from './build/kb-assets';
import type { Kb } from '../lib/kb/types';

export const DEFAULT_SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));

export function compileSeedsFrom(dir: string = DEFAULT_SEEDS): Kb {
  return JSON.parse(compileSeedFolder(dir).kbJson) as Kb;
}
