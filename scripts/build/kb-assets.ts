/**
 * Build-time KB assets (Node only): compile a seeds folder into the kb.json text the background
 * loads and the prefilter vocabulary the content script bundles. Used by the WXT build hook in
 * wxt.config.ts and by `npm run kb`.
 *
 * Every regular file in the folder whose name does not start with "." is a seed, in sorted order;
 * a file that is not a readable text document fails the whole compile (KbInputError names it), so a
 * bad seed can never produce a partial KB.
 */
import { collectBetweenStages } from './full-gc';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compileKb, type SeedInput } from '../../lib/kb/compile';
import { KbInputError } from '../../lib/kb/errors';
import type { Kb, PrefilterVocabulary } from '../../lib/kb/types';
import { buildVocabulary } from '../../lib/kb/vocabulary';

export interface KbAssets {
  kb: Kb;
  /** kb.json contents: compact JSON plus a final newline, byte-identical for the same seeds. */
  kbJson: string;
  vocabulary: PrefilterVocabulary;
}

export function readSeedFolder(dir: string): SeedInput[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    throw new KbInputError(dir, `cannot read the seeds folder (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const files = names.filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isFile()).sort();
  if (!files.length) throw new KbInputError(dir, 'the seeds folder has no documents');
  return files.map((file) => ({ file, bytes: new Uint8Array(readFileSync(join(dir, file))) }));
}

/** Compile seed files given in memory (benchmarks, tests). */
export function compileSeedFiles(inputs: readonly SeedInput[]): KbAssets {
  const kb = compileKb(inputs, { betweenStages: collectBetweenStages(inputs) });
  return { kb, kbJson: `${JSON.stringify(kb)}\n`, vocabulary: buildVocabulary(kb) };
}

/** Compile a seeds folder. */
export function compileSeedFolder(seedsDir: string): KbAssets {
  return compileSeedFiles(readSeedFolder(seedsDir));
}
