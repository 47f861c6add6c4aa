/**
 * `npm run -s corpus [-- --markdown]`: precision and recall per verdict on the hand-written corpus,
 * story accuracy on positives, and every miss, recomputed from the pages each time.
 */
import { compileSeedsFrom } from './match-kb';
import { evaluateCorpus, type VerdictFigures } from './corpus-evaluate';

const markdown = process.argv.includes('--markdown');
const result = await evaluateCorpus(compileSeedsFrom());

const pct = (x: number | null) => (x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`);
const line = (f: VerdictFigures) => `${f.verdict.padEnd(8)} expected ${String(f.expected).padStart(3)}  predicted ${String(f.predicted).padStart(3)}  correct ${String(f.correct).padStart(3)}  precision ${pct(f.precision).padStart(6)}  recall ${pct(f.recall).padStart(6)}`;
const misses = result.rows.filter((r) => !r.ok);

if (markdown) {
  console.log('| verdict | expected | predicted | correct | precision | recall |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const f of result.figures) console.log(`| ${f.verdict} | ${f.expected} | ${f.predicted} | ${f.correct} | ${pct(f.precision)} | ${pct(f.recall)} |`);
  console.log('');
  console.log(`Positives matched to the right story: ${result.positivesRightStory} of ${result.positives}. Pages: ${result.rows.length}.`);
  if (misses.length) {
    console.log('');
    console.log('| page | kind | problem |');
    console.log('|---|---|---|');
    for (const m of misses) console.log(`| ${m.entry.file} | ${m.entry.kind} | ${m.problem} |`);
  }
} else {
  console.log(`corpus: ${result.rows.length} pages`);
  for (const f of result.figures) console.log(line(f));
  console.log(`story accuracy on positives: ${result.positivesRightStory}/${result.positives}`);
  console.log(`story keys: ${Object.entries(result.storyKeys).map(([k, v]) => `${k} → ${v ?? '(no KB story)'}`).join(', ')}`);
  console.log(misses.length ? `misses (${misses.length}):` : 'misses: none');
  for (const m of misses) console.log(`  ${m.entry.file} [${m.entry.kind}] ${m.problem} — score ${m.analysis.score}; ${m.analysis.reasons.join(' | ')}`);
}
