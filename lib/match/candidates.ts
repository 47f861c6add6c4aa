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

export function probeCandidates(postings: Map<string, number[]>, terms: Iterable<string>): number[] {
  const probes: number[][] = [];
  for (const t of terms) {
    const list = postings.get(t);
    if (list && list.length <= MAX_POSTING) probes.push(list);
  }
  if (probes.length === 0) return [];
  probes.sort((a, b) => a.length - b.length);
  const used = probes.slice(0, PROBE_TERMS);
  const counts = new Map<number, number>();
  for (const list of used) for (const i of list) counts.set(i, (counts.get(i) ?? 0) + 1);
  // With several rare terms to go on, an item sharing only one of them is a coincidence (a
  // line-up needs three shared words, and rare ones carry most of the weight).
  const minShared = used.length >= 3 ? 2 : 1;
  const kept = [...counts.entries()].filter(([, n]) => n >= minShared);
  if (kept.length <= MAX_SCORED) return kept.map(([i]) => i);
  return kept
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_SCORED)
    .map(([i]) => i);
}
