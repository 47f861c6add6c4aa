/**
 * The corpus targets, recomputed from the hand-written pages on every run: every positive is a
 * match with the right story; no near miss is a match; no unrelated page is anything but none.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateCorpus, readManifest, type CorpusResult } from '../../scripts/corpus-evaluate';
import { seedKb } from './helpers';

const manifest = readManifest();
let result: CorpusResult;

beforeAll(async () => {
  result = await evaluateCorpus(seedKb());
}, 120_000);

const row = (file: string) => result.rows.find((r) => r.entry.file === file)!;
const group = (e: (typeof manifest)[number]) => (e as { group?: string }).group ?? (e.expect === 'match' ? 'positive' : e.story ? 'near-miss' : 'unrelated');

describe('corpus', () => {
  it('maps every story key of the manifest to a KB story', () => {
    for (const e of manifest) if (e.story) expect(result.storyKeys[e.story], e.story).toBeTruthy();
  });

  it.each(manifest.filter((e) => e.expect === 'match').map((e) => [e.file, e.kind] as const))('positive %s (%s) is a match with the right story', (file) => {
    const r = row(file);
    expect(r.analysis.verdict, r.analysis.reasons.join(' | ')).toBe('match');
    expect(r.analysis.story).toBe(r.expectedStory);
  });

  it.each(manifest.filter((e) => group(e) === 'near-miss').map((e) => [e.file, e.kind] as const))('near miss %s (%s) is not a match', (file) => {
    expect(row(file).analysis.verdict).not.toBe('match');
  });

  it.each(manifest.filter((e) => group(e) === 'unrelated').map((e) => [e.file, e.kind] as const))('unrelated page %s (%s) is none', (file) => {
    const r = row(file);
    expect(r.analysis.verdict, r.analysis.reasons.join(' | ')).toBe('none');
    expect(r.analysis.story).toBeNull();
  });
});
