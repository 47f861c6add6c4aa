/**
 * The `match` command and the extension must agree on every fixture page: same verdict, same story.
 * The command runs as a user would run it (`npm run -s match -- --run-scripts <pages>`; scripts run
 * so pages that insert their text after load are read as a browser shows them), and each page is
 * then opened in Chromium with the built extension, whose verdict is read off the host element.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from './harness/chromium';
import { startServer, type TestServer } from './harness/server';
import { FIXTURES, ROOT } from './harness/paths';
import { settledVerdict, waitForPipeline } from './harness/sidebar';

interface CommandLine {
  file: string;
  verdict: string;
  story: string | null;
}

const manifest = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8')) as { file: string }[];
let server: TestServer;
let ext: ExtensionBrowser;
let page: Page;
const fromCommand = new Map<string, CommandLine>();

beforeAll(async () => {
  const files = manifest.map((m) => join(FIXTURES, m.file));
  const out = execFileSync('npx', ['tsx', 'scripts/match.ts', '--run-scripts', ...files], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  for (const line of out.trim().split('\n')) {
    const row = JSON.parse(line) as CommandLine;
    fromCommand.set(row.file, row);
  }
  server = await startServer();
  ext = await launchChromium();
  page = await ext.context.newPage();
}, 180_000);
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function extensionVerdict(file: string, expected: CommandLine): Promise<{ verdict: string; story: string | null }> {
  await page.goto(`${server.base}/${file}`);
  await waitForPipeline(page);
  return settledVerdict(page, expected);
}

describe('the match command and the extension agree', () => {
  for (const { file } of manifest) {
    it(file, async () => {
      const expected = fromCommand.get(join(FIXTURES, file));
      expect(expected, `the match command printed no line for ${file}`).toBeDefined();
      const seen = await extensionVerdict(file, expected!);
      expect(seen).toEqual({ verdict: expected!.verdict, story: expected!.verdict === 'none' ? null : expected!.story });
    });
  }
});
