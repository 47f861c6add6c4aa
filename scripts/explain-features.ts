/**
 * `npx tsx scripts/explain-features.ts [--dir DIR] NAME...`: for each real article whose file name
 * contains one of NAME (both fitted shapes: with its metadata, and bare with no date), the decision
 * features of every candidate story and the fitted probability. For finding out why an article got
 * its verdict; DIR defaults to ../shared/realworld (another labelled folder, such as a held-out set,
 * is only read, never fitted on).
 */
import { gatherItems } from './realworld/samples';
import { FEATURE_NAMES } from '../lib/event/features';
import { predict } from '../lib/event/logistic';
import { DECISION } from '../lib/event/decision';

const args = process.argv.slice(2);
const at = args.indexOf('--dir');
const dir = at >= 0 ? args.splice(at, 2)[1] : undefined;
if (args.length === 0) {
  console.error('usage: npx tsx scripts/explain-features.ts [--dir DIR] NAME...');
  process.exit(2);
}
const { items } = await gatherItems(dir);
for (const it of items.filter((i) => args.some((x) => i.id.includes(x)))) {
  console.log(`${it.id} ${it.group}, expected ${it.expected ?? 'no match'}`);
  for (const s of it.samples) {
    const p = predict(DECISION.weights as number[], s.x);
    console.log(`  ${s.story} p=${p.toFixed(3)} ` + FEATURE_NAMES.map((n, i) => `${n}=${+s.x[i]!.toFixed(2)}`).join(' '));
  }
}
