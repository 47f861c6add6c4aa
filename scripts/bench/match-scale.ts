/**
 * `tsx scripts/bench/match-scale.ts`: how matching time grows with the KB, and what extraction
 * and matching cost next to Readability, in Node with linkedom. Prints medians and ratios against
 * baselines measured in the same run (the smallest KB; Readability alone on the same page). Runs
 * are interleaved (one of each variant per round) so that a busy machine slows every variant
 * alike instead of skewing whichever ran during the busy spell. No pass/fail: the in-browser
 * budgets are checked by tests/e2e/bench-browser.ts.
 *
 * Env: BENCH_RUNS (rounds, default 21), BENCH_SIZES (KB sizes in documents, default 50,500,5000).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { compileKb } from '../../lib/kb/compile';
import { extractArticle } from '../../lib/extract/extract-article';
import { readabilityFallback } from '../../lib/extract/readability-fallback';
import { createMatcher, type Matcher } from '../../lib/match/matcher';
import { syntheticSeeds } from './synthetic-seeds';
import { readSeedFolder } from '../build/kb-assets';
import { DEFAULT_SEEDS, compileSeedsFrom } from '../match-kb';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const SIZES = (process.env.BENCH_SIZES ?? '50,500,5000').split(',').map(Number);
const LONG_PAGE = fileURLToPath(new URL('../../tests/fixtures/pages/long-feature-responses.html', import.meta.url));
const COVERED_PAGE = fileURLToPath(new URL('../../tests/fixtures/pages/wire-responses-brief.html', import.meta.url));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Medians of each variant over interleaved rounds, after one warm-up call each. */
function interleaved(runs: number, variants: (() => unknown)[]): number[] {
  for (const v of variants) v();
  const times = variants.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    variants.forEach((v, i) => {
      const t0 = performance.now();
      v();
      times[i]!.push(performance.now() - t0);
    });
  }
  return times.map(median);
}

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const ms = (x: number) => `${x.toFixed(3)} ms`;

// 1. KB scale. The real seeds are part of every KB so the same covered article has its story at
// every size; the rest are synthetic stories from the KB engineer's generator.
const covered = extractArticle(doc(readFileSync(COVERED_PAGE, 'utf8')), 'https://bench.example/covered', { fallback: readabilityFallback });
if (!covered) throw new Error(`${COVERED_PAGE}: no article extracted`);
const real = readSeedFolder(DEFAULT_SEEDS);
const rows: { docs: number; stories: number; facts: number; compile: number; build: number; matcher: Matcher }[] = [];
for (const n of SIZES) {
  const t0 = performance.now();
  const kb = compileKb([...syntheticSeeds(Math.max(0, n - real.length)), ...real]);
  const t1 = performance.now();
  const matcher = createMatcher(kb);
  rows.push({ docs: kb.documents.length, stories: kb.stories.length, facts: kb.facts.length, compile: t1 - t0, build: performance.now() - t1, matcher });
}
const scale = interleaved(RUNS, rows.map((r) => () => r.matcher.analyse(covered)));
console.log(`KB scale: median analyse() of one covered article (${covered.paragraphs.length} paragraphs), ${RUNS} interleaved rounds`);
console.log('docs    stories  facts   matcher build   analyse      ratio   verdict');
rows.forEach((r, i) => {
  const verdict = r.matcher.analyse(covered);
  console.log(
    `${String(r.docs).padEnd(7)} ${String(r.stories).padEnd(8)} ${String(r.facts).padEnd(7)} ${ms(r.build).padStart(13)}  ${ms(scale[i]!).padStart(11)}  ${(scale[i]! / scale[0]!).toFixed(2).padStart(5)}x   ${verdict.verdict}${verdict.story ? ` (${verdict.storyTitle?.slice(0, 40)})` : ''}`,
  );
});
/** "Flat in KB size": a KB 100 times larger may cost at most this much more per page (noise on a shared machine is ~1.3×). */
const FLAT_GROWTH = 2;
const growth = scale[scale.length - 1]! / scale[0]!;
console.log(`KB grew ${(rows[rows.length - 1]!.docs / rows[0]!.docs).toFixed(0)}x from the first row to the last; analyse() grew ${growth.toFixed(2)}x (budget, matching flat in KB size: ≤ ${FLAT_GROWTH}x: ${growth <= FLAT_GROWTH ? 'met' : 'NOT MET'}).`);

// 2. Extraction and matching on a ~100 KB page vs Readability alone, same page, same rounds.
const html = readFileSync(LONG_PAGE, 'utf8');
const page = doc(html);
const matcher = createMatcher(compileSeedsFrom());
const article = extractArticle(page, 'https://bench.example/long', { fallback: readabilityFallback })!;
const [readability, extraction, matching, both] = interleaved(RUNS, [
  () => new Readability(page.cloneNode(true) as Document).parse(),
  () => extractArticle(page, 'https://bench.example/long', { fallback: readabilityFallback }),
  () => matcher.analyse(article),
  () => matcher.analyse(extractArticle(page, 'https://bench.example/long', { fallback: readabilityFallback })!),
]) as [number, number, number, number];
const analysis = matcher.analyse(article);
console.log('');
console.log(`Long page: ${(html.length / 1024).toFixed(0)} KB, ${article.paragraphs.length} paragraphs (${article.method}), verdict ${analysis.verdict}, ${analysis.alignments.length} alignments; medians of ${RUNS} interleaved rounds, linkedom in Node`);
console.log(`  Readability alone (baseline)       ${ms(readability).padStart(11)}  1.00x`);
console.log(`  extractArticle                     ${ms(extraction).padStart(11)}  ${(extraction / readability).toFixed(2)}x`);
console.log(`  analyse (matching + alignments)    ${ms(matching).padStart(11)}  ${(matching / readability).toFixed(2)}x`);
console.log(`  extract + analyse                  ${ms(both).padStart(11)}  ${(both / readability).toFixed(2)}x   (budget 1.5x)`);
