import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { readKb } from '../../lib/kb/read';
import { compileSeedFolder } from '../../scripts/build/kb-assets';
import { seedsDir } from './helpers';

const wxtDir = mkdtempSync(join(tmpdir(), 'backstory-wxt-'));
afterAll(() => rmSync(wxtDir, { recursive: true, force: true }));

describe('the KB build hook in wxt.config.ts', () => {
  it('adds kb.json, compiled from seeds/, to the public assets', async () => {
    const files: { relativeDest: string; contents?: string; absoluteSrc?: string }[] = [];
    const hooks = config.hooks as unknown as Record<string, (wxt: unknown, files: unknown[]) => Promise<void> | void>;
    const hook = hooks['build:publicAssets']!;
    await hook({ config: { wxtDir } }, files);
    const kbFile = files.find((f) => f.relativeDest === 'kb.json');
    expect(kbFile?.contents).toBe(compileSeedFolder(seedsDir).kbJson);
    expect(readKb(JSON.parse(kbFile!.contents!)).documents).toHaveLength(5);
    // The icon part of the hook is untouched.
    expect(files.filter((f) => f.relativeDest.startsWith('icon/')).length).toBeGreaterThan(0);
    expect(readFileSync(files.find((f) => f.relativeDest.startsWith('icon/'))!.absoluteSrc!).length).toBeGreaterThan(0);
  });
  it('defines __BACKSTORY_VOCABULARY__ for the bundles as the vocabulary of the same KB', async () => {
    const vite = config.vite as unknown as (env: unknown) => { define: Record<string, string> } | Promise<{ define: Record<string, string> }>;
    const { define } = await vite({ mode: 'production', command: 'build', browser: 'chrome', manifestVersion: 3 });
    expect(JSON.parse(define.__BACKSTORY_VOCABULARY__!)).toEqual(compileSeedFolder(seedsDir).vocabulary);
  });
});
