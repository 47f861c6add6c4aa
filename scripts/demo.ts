/**
 * `npm run demo`: serves the demo pages (tests/e2e/pages) on 127.0.0.1 and shows Backstory on them.
 * With a display, it opens Chromium with the built extension on a covered article, a related one
 * and an unrelated one, and keeps serving until you press Ctrl+C. Without a display it writes
 * screenshots of the same pages to .output/demo/*.png and exits.
 */
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../tests/e2e/harness/server';
import { CHROME_BUILD, ROOT } from '../tests/e2e/harness/paths';
import { CHROMIUM_PATH } from '../tests/e2e/harness/chromium';

const PAGES = ['covered-responses', 'late', 'related-geneva', 'unrelated'];

if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
const server = await startServer();
const headed = Boolean(process.env.DISPLAY);
const profile = mkdtempSync(join(tmpdir(), 'backstory-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM_PATH,
  headless: !headed,
  viewport: headed ? null : { width: 1280, height: 800 },
  args: [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`, '--no-first-run', '--disable-background-networking', '--disable-sync'],
});

if (headed) {
  for (const name of PAGES) await (await context.newPage()).goto(`${server.base}/e2e/${name}.html`);
  console.log(`Demo pages at ${server.base}/e2e/<name>.html (${PAGES.join(', ')}). Press Ctrl+C to stop.`);
  const stop = async () => {
    await context.close().catch(() => {});
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', stop);
  context.on('close', stop);
} else {
  const outDir = join(ROOT, '.output/demo');
  mkdirSync(outDir, { recursive: true });
  for (const name of PAGES) {
    const page = await context.newPage();
    await page.goto(`${server.base}/e2e/${name}.html`);
    await page
      .waitForFunction(() => performance.getEntriesByName('backstory:prefilter').length > 0, undefined, { timeout: 20_000 })
      .catch(() => console.warn(`${name}: Backstory did not report its prefilter pass`));
    await page.waitForTimeout(2_500); // late text and the sidebar's entrance
    const file = join(outDir, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`wrote ${file.slice(ROOT.length)}`);
    await page.close();
  }
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  console.log('No display: screenshots written instead of opening a browser window.');
}
