/**
 * Sensitivity of the verdict to every number in lib/event/decision.ts: each one moved by −20 % and
 * +20 % in turn, the labelled articles (real English articles when ../shared/realworld is there,
 * and the fixtures) are decided again, and the report says how many verdicts change and how many
 * become wrong or right. Part of `npm run bench`.
 */
import { DECISION } from '../../lib/event/decision';
import { FEATURE_NAMES } from '../../lib/event/features';
import { predict } from '../../lib/event/logistic';
import { featuresOf, gatherItems, type Item } from '../realworld/samples';

const { items, matcher } = await gatherItems();

/** The story an article is matched to (null: not matched), from its samples and the current table. */
function decided(samples: Item['samples'], weights: readonly number[], threshold: number): string | null {
  let best: string | null = null;
  let bestP = -1;
  for (const s of samples) {
    const p = predict(weights, s.x);
    if (p > bestP) {
      bestP = p;
      best = s.story;
    }
  }
  return bestP >= threshold ? best : null;
}
const right = (it: Item, m: string | null) => (it.group === 'positive' ? m !== null && m === it.expected : m === null);

const base = items.map((it) => decided(it.samples, DECISION.weights, DECISION.matchProbability));
const baseRight = items.filter((it, i) => right(it, base[i]!)).length;
console.log(`\nSensitivity of the verdict (${items.length} labelled articles; ${baseRight} right with the table as it is)`);
console.log('| number | value | −20 %: changed / right | +20 %: changed / right |');
console.log('|---|---:|---:|---:|');

function report(name: string, value: number, run: (v: number) => (string | null)[]): void {
  const cells = [0.8, 1.2].map((f) => {
    const out = run(value * f);
    const changed = out.filter((m, i) => m !== base[i]).length;
    const ok = items.filter((it, i) => right(it, out[i]!)).length;
    return `${changed} / ${ok}`;
  });
  console.log(`| ${name} | ${Number(value.toFixed(3))} | ${cells[0]} | ${cells[1]} |`);
}

FEATURE_NAMES.forEach((n, k) =>
  report(`weight ${n}`, DECISION.weights[k]!, (v) => {
    const w = [...DECISION.weights];
    w[k] = v;
    return items.map((it) => decided(it.samples, w, DECISION.matchProbability));
  }),
);
report('matchProbability', DECISION.matchProbability, (v) => items.map((it) => decided(it.samples, DECISION.weights, v)));
// The window numbers shape the features themselves: recompute them with the number moved.
const window = DECISION.window as Record<string, number>;
for (const key of Object.keys(window)) {
  const original = window[key]!;
  report(`window.${key}`, original, (v) => {
    window[key] = v;
    try {
      return items.map((it) => decided(featuresOf(matcher, it.article), DECISION.weights, DECISION.matchProbability));
    } finally {
      window[key] = original;
    }
  });
}

// The two rules above the fitted score (the copy share) and the `related` rule act on the whole
// verdict, not on the features: decide every article again with the full matcher and count
// verdicts (match / related / none, and the story) that change.
const verdictOf = (it: Item) => {
  if (!it.article) return 'none';
  const a = matcher.analyse(it.article);
  return `${a.verdict}:${a.verdict === 'match' ? a.story : ''}`;
};
/** Right: positives matched to their story; fixture pages their labelled verdict; real near misses and unrelated pages not matched. */
const verdictRight = (it: Item, v: string) => {
  if (it.group === 'positive') return v === `match:${it.expected}`;
  if (it.source === 'fixture') return v === (it.group === 'near' ? 'related:' : 'none:');
  return !v.startsWith('match');
};
const fullBase = items.map(verdictOf);
console.log(`\nRules above the fitted score, by full verdict (${items.length} articles; ${items.filter((it, i) => verdictRight(it, fullBase[i]!)).length} right as it is: positives matched to their story, fixture pages their labelled verdict, real near misses and unrelated pages not matched)`);
console.log('| number | value | −20 %: changed / right | +20 %: changed / right |');
console.log('|---|---:|---:|---:|');
function reportVerdicts(name: string, table: Record<string, number>, key: string): void {
  const original = table[key]!;
  const cells = [0.8, 1.2].map((f) => {
    table[key] = original * f;
    try {
      const out = items.map(verdictOf);
      const changed = out.filter((v, i) => v !== fullBase[i]).length;
      const ok = items.filter((it, i) => verdictRight(it, out[i]!)).length;
      return `${changed} / ${ok}`;
    } finally {
      table[key] = original;
    }
  });
  console.log(`| ${name} | ${original} | ${cells[0]} | ${cells[1]} |`);
}
reportVerdicts('copyShare', DECISION as unknown as Record<string, number>, 'copyShare');
const related = DECISION.related as Record<string, number>;
for (const key of Object.keys(related)) reportVerdicts(`related.${key}`, related, key);
