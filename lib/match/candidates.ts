/**
 * Bounded candidate generation over an inverted index (term → item numbers). A sentence is
 * probed with its rarest terms only, skipping terms so common in the KB that their posting lists
 * would make the work grow with the KB; items sharing the most probe terms are scored in full.
 * The work per sentence is capped by PROBE_TERMS × MAX_POSTING increments plus MAX_SCORED full
 * comparisons, whatever the size of the KB.
 */

/** How many of the sentence's rarest terms are looked up. */
const PROBE_TERMS = 8;
/** Terms found in more items than this are too common to find candidates with. */
const MAX_POSTING = 150;
/** Items scored in full per sentence. */
const MAX_SCORED = 60;

/** Per-index scratch counters, reused across sentences so probing allocates almost nothing. */
export interface ProbeScratch {
  counts: Uint16Array;
}

export function createScratch(items: number): ProbeScratch {
  return { counts: new Uint16Array(items) };
}

export function probeCandidates(postings: Map<string, number[]>, terms: Iterable<string>, scratch: ProbeScratch): number[] {
  const probes: number[][] = [];
  for (const t of terms) {
    const list = postings.get(t);
    if (list && list.length <= MAX_POSTING) probes.push(list);
  }
  if (probes.length === 0) return [];
  probes.sort((a, b) => a.length - b.length);
  const used = probes.length > PROBE_TERMS ? probes.slice(0, PROBE_TERMS) : probes;
  const { counts } = scratch;
  const touched: number[] = [];
  for (const list of used) {
    for (const i of list) {
      if (counts[i] === 0) touched.push(i);
      counts[i]!++;
    }
  }
  // With several rare terms to go on, an item sharing only one of them is a coincidence (a
  // line-up needs three shared words, and rare ones carry most of the weight).
  const minShared = used.length >= 3 ? 2 : 1;
  let kept = touched.filter((i) => counts[i]! >= minShared);
  if (kept.length > MAX_SCORED) kept = kept.sort((a, b) => counts[b]! - counts[a]! || a - b).slice(0, MAX_SCORED);
  for (const i of touched) counts[i] = 0;
  return kept;
}
