/**
 * `npm run -s fit -- [--write]`: fit the event model's weights (lib/event/weights.json) on labelled
 * real articles (../shared/realworld, read at run time, never copied) and the project's own fixture
 * pages, and print in-sample and 5-fold cross-validated figures (folds by article, so no article is
 * scored by weights fitted on itself). Without --write, only prints.
 *
 * Samples: one per (article, candidate story): the decision features of that story, labelled 1 when
 * the article is a positive of that story's event, else 0.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES } from '../lib/event/features';
import { fitLogistic, predict } from '../lib/event/logistic';
import { DECISION } from '../lib/event/decision';
import { gatherItems, type Item } from './realworld/samples';

const write = process.argv.includes('--write');
const { items } = await gatherItems();

function samplesOf(train: Item[]): { xs: number[][]; ys: number[] } {
  const xs: number[][] = [];
  const ys: number[] = [];
  for (const it of train) for (const s of it.samples) {
    xs.push(s.x);
    ys.push(it.group === 'positive' && s.story === it.expected ? 1 : 0);
  }
  return { xs, ys };
}

/**
 * Two steps: every weight on English articles (the only ones with wording evidence), then the
 * other-language offset alone on articles in other languages, the English weights held, so that
 * reading other languages cannot move a single English verdict.
 */
function fit(train: Item[]): number[] {
  const en = samplesOf(train.filter((it) => it.language === 'en'));
  const w = fitLogistic(en.xs, en.ys, DECISION.fit);
  const other = samplesOf(train.filter((it) => it.language !== 'en'));
  if (other.xs.length === 0) return w;
  return fitLogistic(other.xs, other.ys, DECISION.fit, w, [FEATURE_NAMES.indexOf('otherLanguage')]);
}

/** The verdict an article gets from weights w: the most probable story, if it reaches the threshold. */
function outcome(it: Item, w: number[]): { matched: string | null } {
  let best: string | null = null;
  let bestP = -1;
  for (const s of it.samples) {
    const p = predict(w, s.x);
    if (p > bestP) {
      bestP = p;
      best = s.story;
    }
  }
  return { matched: bestP >= DECISION.matchProbability ? best : null };
}

function score(list: Item[], weightsFor: (it: Item) => number[]) {
  const rows = new Map<string, { n: number; ok: number }>();
  for (const it of list) {
    const { matched } = outcome(it, weightsFor(it));
    const ok = it.group === 'positive' ? matched !== null && matched === it.expected : matched === null;
    const key = `${it.source} ${it.group} ${it.language === "en" ? "en" : "other"}`;
    const r = rows.get(key) ?? { n: 0, ok: 0 };
    r.n++;
    if (ok) r.ok++;
    rows.set(key, r);
  }
  return [...rows].sort();
}

const K = 5;
/** Folds by a hash of the article's name: stable, and independent of the order files are read in. */
const fold = (id: string) => [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % K;
const all = fit(items);
const perFold = Array.from({ length: K }, (_, k) => fit(items.filter((it) => fold(it.id) !== k)));

console.log(`Event model: ${items.length} articles, ${items.reduce((n, it) => n + it.samples.length, 0)} (article, story) samples`);
console.log('\nWeights (all data):');
FEATURE_NAMES.forEach((n, i) => console.log(`  ${n.padEnd(18)} ${all[i]!.toFixed(3)}`));
const inSample = score(items, () => all);
const cv = score(items, (it) => perFold[fold(it.id)]!);
console.log('\n| slice | articles | right, in-sample | right, 5-fold CV |');
console.log('|---|---:|---:|---:|');
for (let i = 0; i < inSample.length; i++) {
  const [k, a] = inSample[i]!;
  const b = cv[i]![1];
  console.log(`| ${k} | ${a.n} | ${a.ok} (${((100 * a.ok) / a.n).toFixed(1)}%) | ${b.ok} (${((100 * b.ok) / b.n).toFixed(1)}%) |`);
}
console.log('\n("right": positives match their event\'s story; near misses and unrelated pages are not matched.)');
if (write) {
  const file = fileURLToPath(new URL('../lib/event/weights.json', import.meta.url));
  writeFileSync(file, `${JSON.stringify({ note: 'written by scripts/fit-event-model.ts (npm run -s fit -- --write); do not edit by hand', features: FEATURE_NAMES, weights: all.map((w) => Math.round(w * 1000) / 1000) }, null, 1)}\n`);
  console.log(`\nwrote ${file}`);
}
if (process.argv.includes('--list')) {
  console.log('\nWrong in cross-validation:');
  for (const it of items) {
    const w = perFold[fold(it.id)]!;
    const { matched } = outcome(it, w);
    const ok = it.group === 'positive' ? matched !== null && matched === it.expected : matched === null;
    if (ok) continue;
    const cands = it.samples.map((s) => `${s.story}:${predict(w, s.x).toFixed(2)} [${FEATURE_NAMES.map((n, i) => (s.x[i] ? `${n}=${s.x[i]!.toFixed(2)}` : '')).filter((t) => t && !t.startsWith('bias')).join(' ')}]`);
    console.log(`  ${it.id} (${it.group}, expected ${it.expected ?? '-'}, got ${matched ?? 'no match'}): ${cands.join(' | ') || 'no candidate story'}`);
  }
}
