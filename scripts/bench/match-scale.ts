/**
 * `tsx scripts/bench/match-scale.ts`: how matching time grows with the KB, and what extraction
 * costs next to Readability, in Node with linkedom. Prints medians and ratios against baselines
 * measured in the same run (the 50-document KB; Readability alone on the same page). No pass/fail:
 * the figures are for reading; the in-browser budgets are checked by tests/e2e/bench-browser.ts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { compileKb } from '../../lib/kb/compile';
import { extractArticle } from '../../lib/extract/extract-article';
import { createMatcher } from '../../lib/match/matcher';
import { syntheticSeeds } from './synthetic-seeds';
import { DEFAULT_SEEDS, compileSeedsFrom } from '../match-kb';
import { readSeedFolder } from '../build/kb-assets';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const SIZES = (process.env.BENCH_SIZES ?? '50,500,5000').split(',').map(Number);
const LONG_PAGE = fileURLToPath(new URL('../../tests/fixtures/pages/long-feature-responses.html', import.meta.url));
const COVERED_PAGE = fileURLToPath(new URL('../../tests/fixtures/pages/wire-responses-brief.html', import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time(runs: number, fn: () => unknown): number {
  fn(); // warm-up: JIT and lazy caches are not what is being measured
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const ms = (x: number) => `${x.toFixed(3)} ms`;

// 1. KB scale.
const covered = extractArticle(doc(readFileSync(COVERED_PAGE, 'utf8')), 'https://bench.example/covered');
if (!covered) throw new Error(`${COVERED_PAGE}: no article extracted`);
console.log(`KB scale: median analyse() of one covered article (${covered.paragraphs.length} paragraphs), ${RUNS} runs`);
console.log('docs   stories  facts   matcher build(ms)  analyse     ratio vs first  verdict');
let base: number | null = null;
for (const n of SIZES) {
  // The real seeds are part of every KB so the same covered article has its story at every size.
  const real = readSeedFolder(DEFAULT_SEEDS);
  const kb = compileKb([...syntheticSeeds(Math.max(0, n - real.length)), ...real]);
  const t0 = performance.now();
  const matcher = createMatcher(kb);
  const build = performance.now() - t0;
  const t = time(RUNS, () => matcher.analyse(covered));
  base ??= t;
  const verdict = matcher.analyse(covered).verdict;
  console.log(`${String(kb.documents.length).padEnd(6)} ${String(kb.stories.length).padEnd(8)} ${String(kb.facts.length).padEnd(7)} ${build.toFixed(0).padStart(17)}  ${ms(t).padStart(10)}  ${(t / base).toFixed(2).padStart(6)}x         ${verdict}`);
}
console.log(`(KB grew ${SIZES[SIZES.length - 1]! / SIZES[0]!}x from first to last row)`);

// 2. Extraction and matching on a ~100 KB page vs Readability alone, same page, same run.
const html = readFileSync(LONG_PAGE, 'utf8');
const page = doc(html);
const matcher = createMatcher(compileSeedsFrom());
const readability = time(RUNS, () => new Readability(page.cloneNode(true) as Document).parse());
const extraction = time(RUNS, () => extractArticle(page, 'https://bench.example/long'));
const article = extractArticle(page, 'https://bench.example/long')!;
const matching = time(RUNS, () => matcher.analyse(article));
const both = time(RUNS, () => matcher.analyse(extractArticle(page, 'https://bench.example/long')!));
console.log('');
console.log(`Long page: ${(html.length / 1024).toFixed(0)} KB, ${article.paragraphs.length} paragraphs extracted (${article.method}); medians of ${RUNS} runs, linkedom in Node`);
console.log(`  Readability alone (baseline)       ${ms(readability).padStart(11)}  1.00x`);
console.log(`  extractArticle                     ${ms(extraction).padStart(11)}  ${(extraction / readability).toFixed(2)}x`);
console.log(`  analyse (matching + alignments)    ${ms(matching).padStart(11)}  ${(matching / readability).toFixed(2)}x`);
console.log(`  extract + analyse                  ${ms(both).padStart(11)}  ${(both / readability).toFixed(2)}x   (budget 1.5x)`);
