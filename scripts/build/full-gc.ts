/**
 * A full garbage collection between the KB compile's stages (lib/kb/compile.ts, `betweenStages`),
 * for large seed folders. Node exposes `gc` only under --expose-gc; the flag can be set at run time
 * and the function read from a fresh context, so the commands need no special node options.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Seed bytes from which the collections pay: the 5,000-document benchmark corpus (6.4 MB of
 * seeds) peaks at 529 MB RSS with them and near 800 MB without; on the five seeds, a collection
 * costs more time than the little garbage it frees (the unit tests, which compile many small KBs,
 * took 25 s longer with a collection after every stage).
 */
export const GC_FROM_BYTES = 2 * 2 ** 20;

let collect: (() => void) | null = null;

function fullGc(): () => void {
  if (collect) return collect;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    collect = typeof gc === 'function' ? (gc as () => void) : () => {};
  } catch {
    collect = () => {};
  }
  return collect;
}

/** The `betweenStages` hook for a compile of these seeds: a full collection when they are large. */
export function collectBetweenStages(inputs: readonly { bytes: Uint8Array }[]): (() => void) | undefined {
  let total = 0;
  for (const i of inputs) total += i.bytes.byteLength;
  return total >= GC_FROM_BYTES ? fullGc() : undefined;
}
