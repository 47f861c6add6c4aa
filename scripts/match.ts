/**
 * `npm run -s match -- [--seeds <dir>] [--run-scripts] <file>...`: analyse saved pages (.html) or plain-text
 * articles (.txt: first line the headline, paragraphs separated by blank lines) with the
 * extension's own extraction and matching code, and print one JSON object per file:
 * {"file","verdict","story","storyTitle","score","reasons","alignments","garbled"}.
 * Exits 0 whatever the verdicts; exits 2, naming the file, when one cannot be read.
 * Pages are read as saved (scripts not run). --run-scripts runs a page's inline scripts first in
 * happy-dom (no network, no external files), for pages that insert their text after load; its VM
 * is not a sandbox, so use it only on pages you trust.
 */
import { createMatcher } from '../lib/match/matcher';
import type { Analysis } from '../lib/match/types';
import { DEFAULT_SEEDS, compileSeedsFrom } from './match-kb';
import { MatchInputError, articleFromFile, articleFromFileWithScripts, readInput } from './match-input';

function usage(): never {
  process.stderr.write('usage: npm run -s match -- [--seeds <dir>] [--run-scripts] <file.html|file.txt>...\n');
  process.exit(2);
}

const args = process.argv.slice(2);
let seeds = DEFAULT_SEEDS;
let runScripts = false;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--seeds') {
    const dir = args[++i];
    if (!dir) usage();
    seeds = dir;
  } else if (a === '--run-scripts') runScripts = true;
  else if (a === '--help' || a === '-h') usage();
  else files.push(a);
}
if (files.length === 0) usage();

// Read every file first: an unreadable one is reported at once, without waiting for the KB.
let failed = 0;
const inputs: { file: string; input: ReturnType<typeof readInput> }[] = [];
for (const file of files) {
  try {
    inputs.push({ file, input: readInput(file) });
  } catch (e) {
    if (!(e instanceof MatchInputError)) throw e;
    process.stderr.write(`match: cannot read ${e.message}\n`);
    failed++;
  }
}
if (inputs.length === 0) process.exit(2);

let matcher: ReturnType<typeof createMatcher>;
try {
  matcher = createMatcher(compileSeedsFrom(seeds));
} catch (e) {
  process.stderr.write(`match: cannot build the knowledge base from ${seeds}: ${(e as Error).message}\n`);
  process.exit(2);
}

for (const { file, input } of inputs) {
  const article = runScripts && input.html ? await articleFromFileWithScripts(file, input) : articleFromFile(file, input);
  const analysis: Analysis = article
    ? matcher.analyse(article)
    : { verdict: 'none', story: null, storyTitle: null, score: 0, reasons: ['The file holds no article text'], alignments: [], missingFacts: [], garbled: [], sharedPhrasing: [] };
  process.stdout.write(
    JSON.stringify({
      file,
      verdict: analysis.verdict,
      story: analysis.story,
      storyTitle: analysis.storyTitle,
      score: analysis.score,
      reasons: analysis.reasons,
      alignments: analysis.alignments.length,
      garbled: analysis.garbled.map((g) => ({ surface: g.surface, canonical: g.canonical })),
    }) + '\n',
  );
}
process.exit(failed > 0 ? 2 : 0);
