/**
 * The labelled articles the event model is fitted and checked on: real articles (every language, in the
 * JSON-LD page shape) and the project's own fixture pages, each with the decision features of its
 * candidate stories. Shared by the fit command and the sensitivity benchmark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { compileSeedFolder } from '../build/kb-assets';
import { DEFAULT_SEEDS } from '../match-kb';
import { createMatcher, type Matcher } from '../../lib/match/matcher';
import { extractArticle } from '../../lib/extract/extract-article';
import { readabilityFallback } from '../../lib/extract/readability-fallback';
import { toArray } from '../../lib/event/features';
import type { ExtractedArticle } from '../../lib/match/types';
import { readRealworld, realworldAvailable } from './corpus';
import { storyForEvent } from './evaluate';
import { renderShape } from './shapes';
import { FIXTURES, STORY_KEYS, mapStoryKeys, readManifest } from '../corpus-evaluate';
import { articleFromFileWithScripts } from '../match-input';

export interface Item {
  id: string;
  source: 'real' | 'fixture';
  group: 'positive' | 'near' | 'far';
  language: string;
  expected: string | null;
  article: ExtractedArticle | null;
  samples: { story: string; x: number[] }[];
}

const FIT_SHAPES = ['jsonld', 'bare-div'] as const;

export function featuresOf(matcher: Matcher, article: ExtractedArticle | null): Item['samples'] {
  return article ? matcher.features(article).map((c) => ({ story: c.story, x: toArray(c.features) })) : [];
}

/** `dir`: another folder of labelled real articles (a held-out set, measured, never fitted on). */
export async function gatherItems(dir?: string): Promise<{ items: Item[]; matcher: Matcher }> {
  const { kb } = compileSeedFolder(DEFAULT_SEEDS);
  const matcher = createMatcher(kb);
  const items: Item[] = [];
  const add = (id: string, source: Item['source'], group: Item['group'], language: string, expected: string | null, article: ExtractedArticle | null) =>
    items.push({ id, source, group, language, expected, article, samples: featuresOf(matcher, article) });
  if (realworldAvailable(dir)) {
    // Each article twice: with its metadata (JSON-LD) and as a bare page with no date at all, the
    // two ends of what readers meet; both copies share the article's cross-validation fold.
    for (const a of readRealworld(dir)) {
      for (const shape of FIT_SHAPES) {
        const url = `https://news.example/${a.file}`;
        const { document } = parseHTML(renderShape(shape, { title: a.title, paragraphs: a.paragraphs, date: a.date, language: a.language, url }));
        const article = extractArticle(document as unknown as Document, url, { fallback: readabilityFallback });
        add(a.file, 'real', a.label, a.language, a.event ? (storyForEvent(kb, a.event)?.id ?? null) : null, article);
      }
    }
  } else {
    console.log('(../shared/realworld is missing: the project\'s own fixtures only)');
  }
  const keys = mapStoryKeys(kb, JSON.parse(readFileSync(STORY_KEYS, 'utf8')));
  for (const e of readManifest().filter((x) => x.kind !== 'non-english')) {
    const article = await articleFromFileWithScripts(join(FIXTURES, e.file));
    const group = e.expect === 'match' ? 'positive' : e.expect === 'related' ? 'near' : 'far';
    add(e.file, 'fixture', group, 'en', e.story && e.expect === 'match' ? (keys[e.story] ?? null) : null, article);
  }
  return { items, matcher };
}
