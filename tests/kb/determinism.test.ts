import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileKb } from '../../lib/kb/compile';
import { readSeeds, seedsDir } from './helpers';

const GOLDEN = join(dirname(new URL(import.meta.url).pathname), 'golden', 'kb.json');

describe('the compiled KB is deterministic', () => {
  it('compiling the same seeds twice gives byte-identical JSON', () => {
    expect(JSON.stringify(compileKb(readSeeds(seedsDir)))).toBe(JSON.stringify(compileKb(readSeeds(seedsDir))));
  });
  it('the order in which files are given does not matter', () => {
    const seeds = readSeeds(seedsDir);
    expect(JSON.stringify(compileKb([...seeds].reverse()))).toBe(JSON.stringify(compileKb(seeds)));
  });
  it('matches the golden file (UPDATE_GOLDEN=1 rewrites it; review the diff)', () => {
    const text = `${JSON.stringify(compileKb(readSeeds(seedsDir)), null, 1)}\n`;
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, text);
    }
    expect(existsSync(GOLDEN), `${GOLDEN} is missing; run UPDATE_GOLDEN=1 npx vitest run tests/kb`).toBe(true);
    expect(text).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});
