import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileKb } from '../../lib/kb/compile';
import { KbInputError } from '../../lib/kb/errors';
import { MAX_SEED_BYTES } from '../../lib/kb/input';
import { compileSeedFolder } from '../../scripts/build/kb-assets';
import { readSeeds, repoRoot, seedsDir } from './helpers';

const good = readSeeds(seedsDir);
const utf8 = (s: string) => new TextEncoder().encode(s);

function compileWith(file: string, bytes: Uint8Array): unknown {
  try {
    return compileKb([...good, { file, bytes }]);
  } catch (e) {
    return e;
  }
}

function expectRejected(result: unknown, file: string, problem: RegExp): void {
  expect(result).toBeInstanceOf(KbInputError);
  const e = result as KbInputError;
  expect(e.file).toBe(file);
  expect(e.message).toContain(file);
  expect(e.message).toMatch(problem);
}

describe('bad seed files are refused with an error naming the file, and no KB is produced', () => {
  it('an empty file', () => {
    expectRejected(compileWith('010_empty.txt', new Uint8Array()), '010_empty.txt', /empty/);
  });
  it('a file of blank lines only', () => {
    expectRejected(compileWith('011_blank.txt', utf8('\n  \n\t\n')), '011_blank.txt', /only whitespace/);
  });
  it('a file that is not UTF-8 (Latin-1 bytes)', () => {
    const latin1 = Uint8Array.from([...utf8('Caf'), 0xe9, ...utf8(' au lait, says the report.')]);
    expectRejected(compileWith('012_latin1.txt', latin1), '012_latin1.txt', /not valid UTF-8.*offset 3/);
  });
  it('a file of several megabytes', () => {
    const big = utf8('The talks went on. '.repeat(Math.ceil((3 * 1024 * 1024) / 19)));
    expect(big.length).toBeGreaterThan(MAX_SEED_BYTES);
    expectRejected(compileWith('013_big.txt', big), '013_big.txt', /3\.0 MB, larger than the 1\.0 MB limit/);
  });
  it('a binary file (NUL bytes)', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expectRejected(compileWith('014_image.txt', png), '014_image.txt', /binary/);
  });
  it('a file with control characters', () => {
    expectRejected(compileWith('015_ctrl.txt', utf8('Some text\u0007 with a bell and\u001b escapes.')), '015_ctrl.txt', /control character/);
  });
  it('a file that is only site furniture', () => {
    expectRejected(compileWith('016_furniture.txt', utf8('No comments\n')), '016_furniture.txt', /no article text/);
  });
  it('accepts a document with neither date nor headline', () => {
    const kb = compileKb([...good, { file: '017_plain.txt', bytes: utf8('Officials met on a Friday to discuss the harbour. They agreed on nothing at all.\n') }]);
    expect(kb.documents.find((d) => d.file === '017_plain.txt')).toMatchObject({ date: null, dateSource: 'none', titleSource: 'lead' });
  });
});

describe('the kb command and the build refuse a bad seeds folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bad-seeds-'));
  for (const f of readdirSync(seedsDir)) writeFileSync(join(dir, f), readFileSync(join(seedsDir, f)));
  writeFileSync(join(dir, '009_broken.txt'), Uint8Array.from([0xff, 0xfe, 0x41]));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compileSeedFolder (used by the build hook) throws the KbInputError', () => {
    expect(() => compileSeedFolder(dir)).toThrow(/009_broken\.txt: the file is not valid UTF-8/);
  });
  it('npm run kb prints the problem on stderr, nothing on stdout, and exits with code 2', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts', 'kb.ts'), '--json', '--seeds', dir], {
      encoding: 'utf8',
      cwd: repoRoot,
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/009_broken\.txt: the file is not valid UTF-8/);
  });
});
