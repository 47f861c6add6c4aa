/**
 * The code the in-browser benchmark injects into a page: Backstory's own extraction, prefilter and
 * matching (the same lib/ modules the extension runs) and Readability as the baseline, each timed
 * inside the page with performance.now() so no driver round trip is counted.
 */
import { Readability } from '@mozilla/readability';
import { prefilterPage } from '../../lib/extract/prefilter';
import { extractArticle } from '../../lib/extract/extract-article';
import { readabilityFallback } from '../../lib/extract/readability-fallback';
import { createMatcher, type Matcher } from '../../lib/match/matcher';
import { buildVocabulary } from '../../lib/kb/vocabulary';
import { readKb } from '../../lib/kb/read';
import type { PrefilterVocabulary } from '../../lib/kb/types';

let matcher: Matcher | null = null;
let vocabulary: PrefilterVocabulary | null = null;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Median time of one call of `fn`. The page's clock is coarsened (0.1 ms in Chromium without
 * cross-origin isolation), so each sample runs `fn` enough times to last at least 5 ms and is divided
 * by that count; sub-millisecond work is then measured, not rounded away.
 */
function timeMedian(runs: number, fn: () => unknown): number {
  fn(); // warm-up: first-call compilation is not what a reader waits for on every page
  let inner = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < inner; i++) fn();
    if (performance.now() - t0 >= 5 || inner >= 4096) break;
    inner *= 2;
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (let j = 0; j < inner; j++) fn();
    samples.push((performance.now() - t0) / inner);
  }
  return median(samples);
}

const api = {
  load(kbJson: unknown): number {
    const t0 = performance.now();
    const kb = readKb(kbJson);
    matcher = createMatcher(kb);
    vocabulary = buildVocabulary(kb);
    return performance.now() - t0;
  },
  prefilter(runs: number) {
    return timeMedian(runs, () => prefilterPage(document, vocabulary!));
  },
  /**
   * One Readability parse, the first in this page (no warm-up): what a reader's browser would pay
   * if an extension ran Readability on the page as it loads. The cold baseline for Backstory's
   * cold phases.
   */
  readabilityCold() {
    const t0 = performance.now();
    new Readability(document.cloneNode(true) as Document).parse();
    return performance.now() - t0;
  },
  readability(runs: number) {
    return timeMedian(runs, () => new Readability(document.cloneNode(true) as Document).parse());
  },
  /** Extraction + matching + alignments: what the extension does for a covered article. */
  pipeline(runs: number) {
    let verdict = '';
    let alignments = 0;
    const ms = timeMedian(runs, () => {
      const article = extractArticle(document, location.href, { fallback: readabilityFallback });
      if (!article) throw new Error('no article extracted');
      const analysis = matcher!.analyse(article);
      verdict = analysis.verdict;
      alignments = analysis.alignments.length;
    });
    return { ms, verdict, alignments };
  },
  extractOnly(runs: number) {
    return timeMedian(runs, () => extractArticle(document, location.href, { fallback: readabilityFallback }));
  },
  /** Matching alone, for the KB-size curve: the article is extracted once. */
  analyseOnly(runs: number) {
    const article = extractArticle(document, location.href, { fallback: readabilityFallback })!;
    return timeMedian(runs, () => matcher!.analyse(article));
  },
};

(globalThis as unknown as { __backstoryBench: typeof api }).__backstoryBench = api;
