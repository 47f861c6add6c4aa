/**
 * Content-script performance in real Chromium (npm run bench). Prints medians and ratios against
 * baselines measured in the same run, on this machine:
 *   1. pages that are not articles, or share nothing with the KB: Backstory's cost there (the
 *      extension's own User Timing measures, and the prefilter alone), against Readability;
 *   2. a ~100 KB covered article: extraction + matching + alignments against Readability alone;
 *   3. the content script's size, gzipped (budget 40 KB; the KB is not in it);
 *   4. matching time against KB size (synthetic KBs of 50, 500 and 5,000 documents).
 * It is a benchmark, not a test: it prints figures and flags budgets, and exits non-zero only when
 * it cannot run.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { launchChromium } from './harness/chromium';
import { startServer } from './harness/server';
import { CHROME_BUILD, FIXTURES, ROOT } from './harness/paths';
import { compileSeedFolder, compileSeedFiles } from '../../scripts/build/kb-assets';
import { syntheticSeeds } from '../../scripts/bench/synthetic-seeds';

const require = createRequire(import.meta.url);
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const LOADS = Number(process.env.BENCH_LOADS ?? 9);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
const ms = (v: number) => `${v.toFixed(3)} ms`;
const verdictOf = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');

if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

const bundle = await build({
  entryPoints: [join(ROOT, 'scripts/bench/browser-entry.ts')],
  bundle: true,
  format: 'iife',
  write: false,
  minify: true,
  platform: 'browser',
  target: 'chrome120',
});
const benchCode = bundle.outputFiles[0]!.text;
const kbJson = JSON.parse(compileSeedFolder(join(ROOT, 'seeds')).kbJson) as unknown;

const server = await startServer();
const nonArticle = `<!doctype html><html lang="en"><head><title>Garden tools | Shop</title></head><body>
<nav>${Array.from({ length: 40 }, (_, i) => `<a href="/c${i}">Category ${i}</a>`).join(' ')}</nav>
<ul>${Array.from({ length: 120 }, (_, i) => `<li><a href="/p${i}">Spade model ${i}</a> <span>£${10 + i}.99</span> <button>Add to basket</button></li>`).join('')}</ul>
<footer>${Array.from({ length: 30 }, (_, i) => `<a href="/f${i}">Footer link ${i}</a>`).join(' ')}</footer></body></html>`;
server.page('/bench/non-article.html', nonArticle);
const longFeature = join(FIXTURES, 'pages/long-feature-responses.html');
if (!existsSync(longFeature)) throw new Error(`missing benchmark page ${longFeature}`);
const coveredBytes = readFileSync(longFeature).length;

const ext = await launchChromium();
const results: string[] = [];
try {
  /** Loads `path` fresh and returns the sum of the extension's backstory:* measures (main-thread work). */
  async function extensionCost(path: string): Promise<{ total: number; phases: Record<string, number> }> {
    const page = await ext.context.newPage();
    await page.goto(`${server.base}${path}`);
    await page.waitForFunction(() => performance.getEntriesByName('backstory:prefilter').length > 0, undefined, { timeout: 20_000 });
    await page.waitForTimeout(300);
    const phases = await page.evaluate(() => {
      const out: Record<string, number> = {};
      for (const m of performance.getEntriesByType('measure')) if (m.name.startsWith('backstory:')) out[m.name] = (out[m.name] ?? 0) + m.duration;
      return out;
    });
    await page.close();
    // Waiting for the browser (settings) or the background (analyse) is not main-thread work.
    return { total: Object.entries(phases).filter(([k]) => k !== 'backstory:analyse' && k !== 'backstory:settings').reduce((a, [, v]) => a + v, 0), phases };
  }

  async function inject(page: Page) {
    await page.addScriptTag({ content: benchCode });
    await page.evaluate((kb) => (globalThis as unknown as { __backstoryBench: { load(kb: unknown): number } }).__backstoryBench.load(kb), kbJson);
  }
  type Bench = {
    prefilter(n: number): number;
    readability(n: number): number;
    pipeline(n: number): { ms: number; verdict: string; alignments: number };
    extractOnly(n: number): number;
    analyseOnly(n: number): number;
    load(kb: unknown): number;
  };
  const call = <K extends keyof Bench>(page: Page, name: K, arg: unknown) =>
    page.evaluate(([n, a]) => (globalThis as unknown as { __backstoryBench: Record<string, (x: unknown) => unknown> }).__backstoryBench[n as string]!(a), [name, arg] as const) as Promise<ReturnType<Bench[K]>>;

  // 1. Pages that stop at the prefilter.
  for (const [label, path] of [
    ['not an article (shop listing)', '/bench/non-article.html'],
    ['unrelated article', '/e2e/unrelated.html'],
  ] as const) {
    const costs: number[] = [];
    const phaseSamples: Record<string, number[]> = {};
    for (let i = 0; i < LOADS; i++) {
      const cost = await extensionCost(path);
      costs.push(cost.total);
      for (const [k, v] of Object.entries(cost.phases)) (phaseSamples[k] ??= []).push(v);
    }
    const page = await ext.context.newPage();
    await page.goto(`${server.base}${path}`);
    await inject(page);
    const prefilter = await call(page, 'prefilter', RUNS);
    const readability = await call(page, 'readability', RUNS);
    await page.close();
    const extensionMedian = median(costs);
    results.push(
      `${label}: content script ${ms(extensionMedian)} (median of ${LOADS} loads, sum of backstory:* measures but the waits), prefilter alone ${ms(prefilter)}; ` +
        `Readability on the same page ${ms(readability)} → ratio ${(extensionMedian / readability).toFixed(3)}. Budget < 1 ms: ${verdictOf(extensionMedian < 1)}`,
    );
    results.push(`  phases (medians): ${Object.entries(phaseSamples).map(([k, v]) => `${k} ${ms(median(v))}`).join(', ')}`);
  }

  // 2. The 100 KB covered article.
  {
    const page = await ext.context.newPage();
    await page.goto(`${server.base}/pages/long-feature-responses.html`);
    await inject(page);
    const readability = await call(page, 'readability', RUNS);
    const pipeline = await call(page, 'pipeline', RUNS);
    const extract = await call(page, 'extractOnly', RUNS);
    await page.close();
    const ratio = pipeline.ms / readability;
    results.push(
      `covered article (${(coveredBytes / 1024).toFixed(0)} KB): extraction + matching + alignments ${ms(pipeline.ms)} (extraction ${ms(extract)}; verdict ${pipeline.verdict}, ${pipeline.alignments} alignments); ` +
        `Readability alone ${ms(readability)} → ratio ${ratio.toFixed(2)}×. Budget ≤ 1.5×: ${verdictOf(ratio <= 1.5)}`,
    );
    const real = await extensionCost('/pages/long-feature-responses.html');
    results.push(`  the extension on that page, one load: ${Object.entries(real.phases).map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
  }

  // 3. Content script size.
  {
    const dir = join(CHROME_BUILD, 'content-scripts');
    let raw = 0;
    let gz = 0;
    for (const file of readdirSync(dir)) {
      const bytes = readFileSync(join(dir, file));
      raw += bytes.length;
      gz += gzipSync(bytes, { level: 9 }).length;
    }
    const kbSize = readFileSync(join(CHROME_BUILD, 'kb.json')).length;
    results.push(`content script: ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped (budget 40 KB: ${verdictOf(gz < 40 * 1024)}); kb.json (loaded by the background only) ${(kbSize / 1024).toFixed(1)} KB`);
  }

  // 4. Matching time against KB size.
  {
    const page = await ext.context.newPage();
    await page.goto(`${server.base}/pages/long-feature-responses.html`);
    await page.addScriptTag({ content: benchCode });
    const rows: { docs: number; analyse: number }[] = [];
    for (const docs of [50, 500, 5000]) {
      const kb = JSON.parse(compileSeedFiles(syntheticSeeds(docs)).kbJson) as unknown;
      await page.evaluate((k) => (globalThis as unknown as { __backstoryBench: { load(kb: unknown): number } }).__backstoryBench.load(k), kb);
      rows.push({ docs, analyse: await call(page, 'analyseOnly', RUNS) });
    }
    await page.close();
    const base = rows[0]!;
    results.push('matching time against KB size (same covered article, median):');
    for (const r of rows) {
      results.push(`  ${String(r.docs).padStart(5)} documents: ${ms(r.analyse)} — KB ×${(r.docs / base.docs).toFixed(0)}, time ×${(r.analyse / base.analyse).toFixed(2)}`);
    }
  }
} finally {
  await ext.close();
  await server.close();
}
console.log(`Backstory in Chromium (${require('playwright-core/package.json').version} driver), ${RUNS} runs per median`);
for (const line of results) console.log(line);
