/**
 * Running the matcher over the hand-written corpus (tests/fixtures/manifest.json) and scoring it:
 * precision and recall per verdict, story accuracy on positives, every miss. Shared by the
 * `corpus` command and the corpus regression test so both compute the same figures.
 *
 * Pages are read with their inline scripts run (happy-dom), as a browser would show them.
 *
 * The manifest names stories by semantic keys ("unsc-jan31"); the KB names them by compiled ids.
 * tests/match/story-keys.json says, for each key, which seed document reports it and a phrase from
 * the seed's paragraphs about it; the key maps to the KB story that holds that paragraph. This
 * keeps the mapping about seeds (data), not about what the matcher answers (which would make story
 * accuracy circular).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kb } from '../lib/kb/types';
import { createMatcher } from '../lib/match/matcher';
import type { Analysis, Verdict } from '../lib/match/types';
import { articleFromFileWithScripts } from './match-input';

export const FIXTURES = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));
export const STORY_KEYS = fileURLToPath(new URL('../tests/match/story-keys.json', import.meta.url));

export interface ManifestEntry {
  file: string;
  expect: Verdict;
  story: string | null;
  kind: string;
  note: string;
}

export interface StoryKey {
  /** Seed file that reports the story. */
  seed: string;
  /** Words from one of that seed's paragraphs about the story. */
  paragraphContains: string;
}

export interface CorpusRow {
  entry: ManifestEntry;
  analysis: Analysis;
  expectedStory: string | null;
  ok: boolean;
  problem: string | null;
}

export interface VerdictFigures {
  verdict: Verdict;
  expected: number;
  predicted: number;
  correct: number;
  precision: number | null;
  recall: number | null;
}

export interface CorpusResult {
  rows: CorpusRow[];
  figures: VerdictFigures[];
  positives: number;
  positivesRightStory: number;
  storyKeys: Record<string, string | null>;
}

export function readManifest(dir = FIXTURES): ManifestEntry[] {
  const raw = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as unknown;
  if (!Array.isArray(raw)) throw new Error(`${join(dir, 'manifest.json')}: expected an array of entries`);
  return raw as ManifestEntry[];
}

/** Semantic story key → KB story id, by the paragraph rule above; null when no story holds it. */
export function mapStoryKeys(kb: Kb, keys: Record<string, StoryKey>): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [key, k] of Object.entries(keys)) {
    const doc = kb.documents.find((d) => d.file === k.seed);
    const needle = k.paragraphContains.toLowerCase();
    const para = doc ? doc.paragraphs.findIndex((p) => p.toLowerCase().includes(needle)) : -1;
    const story = doc && para >= 0 ? kb.stories.find((s) => s.paragraphs.some((r) => r.doc === doc.id && r.paragraph === para)) : undefined;
    out[key] = story?.id ?? null;
  }
  return out;
}

export async function evaluateCorpus(kb: Kb, dir = FIXTURES, keysFile = STORY_KEYS): Promise<CorpusResult> {
  const manifest = readManifest(dir);
  const storyKeys = mapStoryKeys(kb, JSON.parse(readFileSync(keysFile, 'utf8')) as Record<string, StoryKey>);
  const matcher = createMatcher(kb);
  const rows: CorpusRow[] = [];
  for (const entry of manifest) {
    // The corpus pages are the project's own, so their scripts run as they would in a browser
    // (one page inserts its text after load).
    const article = await articleFromFileWithScripts(join(dir, entry.file));
    const analysis: Analysis = article
      ? matcher.analyse(article)
      : { verdict: 'none', story: null, storyTitle: null, score: 0, reasons: ['no article text'], alignments: [], missingFacts: [], garbled: [], sharedPhrasing: [] };
    const expectedStory = entry.story ? (storyKeys[entry.story] ?? null) : null;
    let problem: string | null = null;
    if (analysis.verdict !== entry.expect) problem = `expected ${entry.expect}, got ${analysis.verdict}`;
    else if (entry.expect === 'match' && analysis.story !== expectedStory) problem = `right verdict, wrong story: got ${analysis.story}, expected ${expectedStory} (${entry.story})`;
    rows.push({ entry, analysis, expectedStory, ok: problem === null, problem });
  }
  const figures: VerdictFigures[] = (['match', 'related', 'none'] as const).map((v) => {
    const expected = rows.filter((r) => r.entry.expect === v).length;
    const predicted = rows.filter((r) => r.analysis.verdict === v).length;
    const correct = rows.filter((r) => r.entry.expect === v && r.analysis.verdict === v).length;
    return { verdict: v, expected, predicted, correct, precision: predicted ? correct / predicted : null, recall: expected ? correct / expected : null };
  });
  const positives = rows.filter((r) => r.entry.expect === 'match');
  return {
    rows,
    figures,
    positives: positives.length,
    positivesRightStory: positives.filter((r) => r.analysis.verdict === 'match' && r.analysis.story === r.expectedStory).length,
    storyKeys,
  };
}
