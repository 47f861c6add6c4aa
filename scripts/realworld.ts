/**
 * `npm run -s realworld -- [DIR] [--shape S] [--seeds DIR] [--list]`: recognition figures on a folder
 * of labelled real articles (default `../shared/realworld/`), each wrapped in every page shape
 * (scripts/realworld/shapes.ts) and run through the extension's prefilter, extractor and matcher.
 * Prints, by slice (label × language, story, page shape), how many positives `match` the right
 * story, how many near misses `match` at all, how many unrelated pages are not `none`.
 * --list prints every page that is wrong; --growth [--near] compiles the seeds with the English
 * positives (and near misses) added and prints where each lands. Exits 2 when the folder is missing.
 */
import { compileSeedFolder } from './build/kb-assets';
import { DEFAULT_SEEDS } from './match-kb';
import { createMatcher } from '../lib/match/matcher';
import { DEFAULT_REALWORLD, readRealworld, realworldAvailable } from './realworld/corpus';
import { evaluate, slices, type Outcome, type SliceFigures } from './realworld/evaluate';
import { PAGE_SHAPES, type PageShape } from './realworld/shapes';
import { printGrowth } from './realworld/growth-report';

const args = process.argv.slice(2);
let dir = DEFAULT_REALWORLD;
let seeds = DEFAULT_SEEDS;
let list = false;
let growth = false;
let near = false;
let shapes: PageShape[] = PAGE_SHAPES;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--seeds') seeds = args[++i] ?? seeds;
  else if (a === '--list') list = true;
  else if (a === '--growth') growth = true;
  else if (a === '--near') near = true;
  else if (a === '--shape') shapes = [args[++i] as PageShape];
  else dir = a;
}
if (!realworldAvailable(dir)) {
  process.stderr.write(`realworld: no labelled articles at ${dir} (the real corpus lives beside the project in ../shared/realworld; a fresh clone has none)\n`);
  process.exit(2);
}
if (growth) {
  printGrowth(seeds, dir, near);
  process.exit(0);
}
const assets = compileSeedFolder(seeds);
const matcher = createMatcher(assets.kb);
const articles = readRealworld(dir);
const outcomes = evaluate(assets.kb, assets.vocabulary, matcher, articles, { shapes });

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
function table(title: string, rows: SliceFigures[]): void {
  console.log(`\n${title}`);
  console.log('| slice | pages | match, right story | match, wrong story | related | none | stopped at prefilter |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.slice} | ${r.n} | ${r.matchRight} (${pct(r.matchRight, r.n)}) | ${r.matchWrong} | ${r.related} | ${r.none} | ${r.stopped} |`);
}
const en = (o: Outcome) => (o.language === 'en' ? 'en' : 'other');
console.log(`Real corpus: ${articles.length} articles × ${shapes.length} page shapes = ${outcomes.length} pages (${dir})`);
table('By label and language', slices(outcomes, (o) => `${o.label} ${en(o)}`));
table('Positives by story and language', slices(outcomes.filter((o) => o.label === 'positive'), (o) => `${o.event} ${o.language}`));
table('By language and label', slices(outcomes, (o) => `${o.language} ${o.label}`));
table('By page shape (English)', slices(outcomes.filter((o) => o.language === 'en'), (o) => `${o.label} ${o.shape}`));
if (list) {
  console.log('\nWrong pages:');
  for (const o of outcomes.filter((x) => !x.correct)) console.log(`  ${o.file} ${o.shape}: ${o.verdict} ${o.story ?? ''} (expected ${o.label === 'positive' ? `match ${o.expectedStory}` : o.label === 'near' ? 'not match' : 'none'})${o.stopped ? ' [prefilter]' : ''}`);
}
