/**
 * What a reader pays (npm run bench): the BUILT extension (.output/chrome-mv3) in Debian's
 * Chromium, every page loaded cold in a new tab, Backstory's own performance measures read after
 * load, and Readability timed on the same page in the same run as the baseline.
 *
 * Per page shape (scripts/bench/cold-pages.ts), medians over BENCH_COLD_LOADS loads of:
 *   - main-thread phases: the content script's `backstory:*` measures (prefilter, extract, layout,
 *     render, marks; each measure is one synchronous block, timed with performance.mark/measure by
 *     the content script itself; marks and render run in several blocks, summed per phase), and
 *     their sum;
 *   - the longest single task Backstory causes. Method: the longest single `backstory:*`
 *     synchronous measure (a lower bound of the task it runs in), and separately any long task
 *     (≥ 50 ms, PerformanceObserver 'longtask') that overlaps a Backstory phase;
 *   - load event → visible sidebar or tab: when an element inside the sidebar's shadow root first
 *     has a non-empty box (a MutationObserver, then a check every 2 ms in the page), minus the
 *     navigation's loadEventEnd;
 *   - the background's analysis: the `backstory:analyse` round trip (message to the service worker,
 *     its matching, the reply), which does not run on the page's main thread;
 *   - Readability alone: one cold parse of a clone of the same page (first call after the bench code
 *     is injected, so its compile cost counts as Backstory's does), and a warm batched median.
 * It prints figures and budgets; it is not a test and asserts nothing.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './harness/chromium';
import { startServer } from './harness/server';
import { E2E_PAGES, FIXTURES, ROOT } from './harness/paths';
import { HOST } from './harness/sidebar';
import { articleParagraphs, beforeArticleEnd, commentSection, divOnly, shopListing } from '../../scripts/bench/cold-pages';

const LOADS = Number(process.env.BENCH_COLD_LOADS ?? 7);
/** Loads whose sidebar has not shown by then are counted as showing nothing. */
const SHOW_WAIT_MS = 4000;
/** After the last phase, how long to wait for later phases (marks, render) before reading. */
const QUIET_MS = 600;
/** Size of the generated comment section (the issue's pages carry about 90 KB). */
const COMMENT_BYTES = 90 * 1024;

if (process.env.BENCH_SKIP_BUILD !== '1') execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });

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

const brief = readFileSync(join(E2E_PAGES, 'covered-responses.html'), 'utf8');
const unrelated = readFileSync(join(E2E_PAGES, 'unrelated.html'), 'utf8');
const feature = readFileSync(join(FIXTURES, 'pages/long-feature-responses.html'), 'utf8');
const comments = commentSection(COMMENT_BYTES);
const { title, paragraphs } = articleParagraphs(brief);
/** What a page is checked against: the ~95 KB covered pages (ratio to Readability), other covered pages, the rest (< 1 ms). */
type PageKind = 'covered-long' | 'covered' | 'unrelated';
const PAGES: { label: string; path: string; html: string; kind: PageKind }[] = [
  { label: 'short wire brief (covered)', path: '/cold/brief.html', html: brief, kind: 'covered' },
  { label: 'long feature (covered)', path: '/cold/feature.html', html: feature, kind: 'covered-long' },
  { label: 'brief + 90 KB comments in <article> (covered)', path: '/cold/brief-comments.html', html: beforeArticleEnd(brief, comments), kind: 'covered-long' },
  { label: '<div> paragraphs, no metadata (covered text)', path: '/cold/divs.html', html: divOnly(title, paragraphs), kind: 'covered' },
  { label: 'unrelated report + 90 KB comments', path: '/cold/unrelated-comments.html', html: beforeArticleEnd(unrelated, comments), kind: 'unrelated' },
  { label: 'short unrelated report', path: '/cold/unrelated.html', html: unrelated, kind: 'unrelated' },
  { label: 'not an article (shop listing)', path: '/cold/shop.html', html: shopListing(), kind: 'unrelated' },
];

function median(values: number[]): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
const f = (v: number, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '—');

interface Load {
  phases: Record<string, number>;
  mainThread: number;
  longestPhase: number;
  /** Which phase the longest measure belonged to. */
  longestName: string;
  /** Per phase, its longest single measure (marks and render run in several). */
  longestOf: Record<string, number>;
  /** Every measure, in order, relative to the load event (BENCH_COLD_TRACE=1 prints the worst load's). */
  trace: string;
  longTasks: number;
  shownAfterLoad: number | null;
  analyse: number | null;
  readabilityCold: number;
}

/**
 * In every page, before its own scripts: long-task and sidebar-visibility recorders. Plain source
 * text, not a serialised function: the TypeScript runner wraps named functions in a helper the
 * page does not have.
 */
const RECORDERS = `(() => {
  const host = ${JSON.stringify(HOST)};
  window.__bsLong = [];
  window.__bsShown = null;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__bsLong.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  function visible() {
    const root = document.querySelector(host) && document.querySelector(host).shadowRoot;
    if (!root) return false;
    for (const el of root.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) return true;
    }
    return false;
  }
  function check() {
    if (window.__bsShown !== null) return;
    if (visible()) window.__bsShown = performance.now();
    else setTimeout(check, 2);
  }
  const watch = new MutationObserver(() => {
    if (document.querySelector(host)) {
      watch.disconnect();
      check();
    }
  });
  watch.observe(document, { childList: true, subtree: true });
})();`;

/** BENCH_COLD_PAGES=unrelated,shop runs only the pages whose label contains one of the words. */
const only = process.env.BENCH_COLD_PAGES?.split(',').filter(Boolean);
const RUN = only ? PAGES.filter((p) => only.some((w) => p.label.includes(w))) : PAGES;

const server = await startServer();
for (const p of RUN) server.page(p.path, p.html);
const ext = await launchChromium();
await ext.context.addInitScript({ content: RECORDERS });
const rows: { label: string; bytes: number; loads: Load[]; readabilityWarm: number }[] = [];
try {
  async function coldLoad(page: Page, path: string): Promise<Load> {
    await page.goto(`${server.base}${path}`, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('backstory:prefilter').length > 0, undefined, { timeout: 20_000 });
    // Wait for the sidebar (or SHOW_WAIT_MS), then until no new phase has been measured for QUIET_MS.
    await page
      .waitForFunction(() => (window as unknown as { __bsShown: number | null }).__bsShown !== null, undefined, { timeout: SHOW_WAIT_MS })
      .catch(() => undefined);
    let count = -1;
    for (;;) {
      const now = await page.evaluate(() => performance.getEntriesByType('measure').length);
      if (now === count) break;
      count = now;
      await page.waitForTimeout(QUIET_MS);
    }
    const read = await page.evaluate(() => {
      const w = window as unknown as { __bsLong: { start: number; duration: number }[]; __bsShown: number | null };
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const measures = performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('backstory:'))
        .map((m) => ({ name: m.name, start: m.startTime, duration: m.duration }));
      const injected = performance.getEntriesByName('backstory:injected')[0]?.startTime ?? null;
      return { measures, long: w.__bsLong, shown: w.__bsShown, loadEnd: nav.loadEventEnd, domContentLoaded: nav.domContentLoadedEventEnd, injected };
    });
    const phases: Record<string, number> = {};
    const longestOf: Record<string, number> = {};
    let longestPhase = 0;
    let longestName = '';
    let analyse: number | null = null;
    // Waiting on the browser (settings) or the background (analyse) is not main-thread work.
    const waits = new Set(['backstory:analyse', 'backstory:settings']);
    const sync = read.measures.filter((m) => !waits.has(m.name));
    for (const m of read.measures) {
      if (waits.has(m.name)) {
        if (m.name === 'backstory:analyse') analyse = (analyse ?? 0) + m.duration;
        continue;
      }
      phases[m.name] = (phases[m.name] ?? 0) + m.duration;
      longestOf[m.name] = Math.max(longestOf[m.name] ?? 0, m.duration);
      if (m.duration > longestPhase) {
        longestPhase = m.duration;
        longestName = m.name.replace('backstory:', '');
      }
    }
    const overlapping = read.long.filter((t) => sync.some((m) => m.start < t.start + t.duration && t.start < m.start + m.duration));
    await page.addScriptTag({ content: benchCode });
    const readabilityCold = await page.evaluate(() => (globalThis as unknown as { __backstoryBench: { readabilityCold(): number } }).__backstoryBench.readabilityCold());
    return {
      phases,
      mainThread: Object.values(phases).reduce((a, b) => a + b, 0),
      longestPhase,
      longestName,
      longestOf,
      trace: [`DOMContentLoaded@${f(read.domContentLoaded - read.loadEnd, 0)}`, ...(read.injected === null ? [] : [`injected@${f(read.injected - read.loadEnd, 0)}`])]
        .concat(read.measures.map((m) => `${m.name.replace('backstory:', '')}@${f(m.start - read.loadEnd, 0)}+${f(m.duration, 1)}`))
        .concat(read.shown === null ? [] : [`shown@${f(read.shown - read.loadEnd, 0)}`])
        .join(' '),
      longTasks: overlapping.reduce((a, t) => Math.max(a, t.duration), 0),
      shownAfterLoad: read.shown === null ? null : read.shown - read.loadEnd,
      analyse,
      readabilityCold,
    };
  }

  for (const p of RUN) {
    const loads: Load[] = [];
    for (let i = 0; i < LOADS; i++) {
      const page = await ext.context.newPage();
      loads.push(await coldLoad(page, p.path));
      await page.close();
    }
    const page = await ext.context.newPage();
    await page.goto(`${server.base}${p.path}`);
    await page.addScriptTag({ content: benchCode });
    const readabilityWarm = await page.evaluate(() => (globalThis as unknown as { __backstoryBench: { readability(n: number): number } }).__backstoryBench.readability(9));
    await page.close();
    rows.push({ label: p.label, bytes: Buffer.byteLength(p.html), loads, readabilityWarm });
  }
} finally {
  await ext.close();
  await server.close();
}

console.log(`Backstory cold page loads in Chromium (built extension, ${LOADS} cold loads per page, medians; times in ms)`);
console.log('longest task = longest single synchronous backstory:* phase; long tasks (≥ 50 ms, PerformanceObserver) overlapping a phase in brackets');
console.log('shown = load event → first visible box in the sidebar (or tab); analyse = backstory:analyse round trip to the background');
console.log(
  ['page', 'KB', 'prefilter', 'extract', 'layout', 'render', 'marks', 'main thread', 'longest task', 'shown', 'shown max', 'analyse', 'Readability cold', 'ratio', 'Readability warm'].join(' | '),
);
for (const r of rows) {
  const m = (k: string) => median(r.loads.map((l) => l.phases[k] ?? 0));
  const main = median(r.loads.map((l) => l.mainThread));
  const readability = median(r.loads.map((l) => l.readabilityCold));
  const shown = r.loads.map((l) => l.shownAfterLoad).filter((x): x is number => x !== null);
  const analyse = r.loads.map((l) => l.analyse).filter((x): x is number => x !== null);
  const long = Math.max(...r.loads.map((l) => l.longTasks));
  console.log(
    [
      r.label,
      f(r.bytes / 1024, 0),
      f(m('backstory:prefilter'), 2),
      f(m('backstory:extract'), 2),
      f(m('backstory:layout'), 2),
      f(m('backstory:render'), 2),
      f(m('backstory:marks'), 2),
      f(main, 2),
      `${f(median(r.loads.map((l) => l.longestPhase)), 2)} (max ${f(Math.max(...r.loads.map((l) => l.longestPhase)), 2)})${long > 0 ? ` [long task ${f(long)}]` : ''}`,
      shown.length ? f(median(shown), 0) : 'not shown',
      shown.length ? `${f(Math.max(...shown), 0)}${shown.length < r.loads.length ? ` (${shown.length}/${r.loads.length} loads)` : ''}` : '—',
      analyse.length ? f(median(analyse), 1) : '—',
      f(readability, 2),
      `${f(main / readability, 2)}×`,
      f(r.readabilityWarm, 2),
    ].join(' | '),
  );
}

if (process.env.BENCH_COLD_TRACE === '1') {
  console.log('');
  console.log('Slowest-shown load of each page: measure@start+duration (ms from the load event)');
  for (const r of rows) {
    const worst = [...r.loads].sort((a, b) => (b.shownAfterLoad ?? Infinity) - (a.shownAfterLoad ?? Infinity))[0];
    if (worst) console.log(`  ${r.label}: ${worst.trace}`);
  }
}

// The issue's budgets, each checked on this run's figures.
const met = (ok: boolean) => (ok ? 'met' : 'NOT MET');
const byKind = (kind: PageKind) => rows.filter((r) => PAGES.find((p) => p.label === r.label)!.kind === kind);
console.log('');
console.log('Budgets (this run):');
for (const r of byKind('covered-long')) {
  const main = median(r.loads.map((l) => l.mainThread));
  const readability = median(r.loads.map((l) => l.readabilityCold));
  console.log(`  ${r.label}: main thread ${f(main, 2)} ms = ${f(main / readability, 2)}× Readability alone (${f(readability, 2)} ms); budget ≤ 1.5×: ${met(main <= 1.5 * readability)}`);
}
for (const r of [...byKind('covered-long'), ...byKind('covered')]) {
  const longest = Math.max(...r.loads.map((l) => l.longestPhase));
  const longestName = r.loads.find((l) => l.longestPhase === longest)?.longestName ?? '';
  const perPhase = ['prefilter', 'extract', 'layout', 'render', 'marks']
    .map((k) => `${k} ${f(Math.max(0, ...r.loads.map((l) => l.longestOf[`backstory:${k}`] ?? 0)), 1)}`)
    .join(', ');
  const shown = r.loads.map((l) => l.shownAfterLoad);
  const worst = shown.some((s) => s === null) ? Infinity : Math.max(...(shown as number[]));
  console.log(
    `  ${r.label}: longest single phase over all loads ${f(longest, 2)} ms (${longestName}; longest measure per phase: ${perPhase}), budget ≤ 16 ms: ${met(longest <= 16)}; panel or tab visible after load, worst load ${Number.isFinite(worst) ? `${f(worst, 0)} ms` : 'not shown on some load'}, budget ≤ 100 ms on every load: ${met(worst <= 100)}`,
  );
}
for (const r of byKind('unrelated')) {
  const main = median(r.loads.map((l) => l.mainThread));
  console.log(`  ${r.label}: main thread ${f(main, 2)} ms (median; max ${f(Math.max(...r.loads.map((l) => l.mainThread)), 2)}), budget < 1 ms: ${met(main < 1)}`);
}
