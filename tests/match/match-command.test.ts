/** The `match` command as a user runs it: one JSON line per file, exit 2 naming unreadable files. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'backstory-match-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...files: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'scripts/match.ts', ...files], { cwd: ROOT, timeout: 60_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('npm run match', () => {
  it('prints one JSON object per file with the verdict, story, reasons, alignment count and garbled names', async () => {
    const txt = join(tmp, 'brief.txt');
    writeFileSync(txt, 'Markets close flat\n\nShares ended little changed on Friday as investors awaited earnings.\n\nOil prices edged lower.\n');
    const { code, stdout } = await run('tests/fixtures/pages/garbled-responses.html', txt);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    const [page, text] = lines as [Record<string, unknown>, Record<string, unknown>];
    expect(Object.keys(page).sort()).toEqual(['alignments', 'file', 'garbled', 'reasons', 'score', 'story', 'storyTitle', 'verdict']);
    expect(page.verdict).toBe('match');
    expect(typeof page.story).toBe('string');
    expect(page.alignments).toBeGreaterThan(0);
    expect((page.garbled as { surface: string }[]).map((g) => g.surface)).toContain('Blingen');
    expect(text).toMatchObject({ file: txt, verdict: 'none', story: null, storyTitle: null, alignments: 0 });
  }, 90_000);

  it('exits 2 and names the file when it is missing, a directory or binary', async () => {
    const binary = join(tmp, 'image.html');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    for (const bad of [join(tmp, 'missing.html'), tmp, binary]) {
      const { code, stderr, stdout } = await run(bad);
      expect(code).toBe(2);
      expect(stderr).toContain(bad);
      expect(stdout).toBe('');
    }
  }, 90_000);
});
