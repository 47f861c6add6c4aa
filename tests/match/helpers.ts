/** Test helpers: the KB compiled from the repository's seeds, and seed documents as articles. */
import { fileURLToPath } from 'node:url';
import { compileSeedFiles, readSeedFolder } from '../../scripts/build/kb-assets';
import type { Kb, KbDocument } from '../../lib/kb/types';
import type { ExtractedArticle } from '../../lib/match/types';

export const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

let cached: Kb | null = null;
export function seedKb(): Kb {
  cached ??= JSON.parse(compileSeedFiles(readSeedFolder(SEEDS)).kbJson) as Kb;
  return cached;
}

export function kbWithout(file: string): Kb {
  return compileSeedFiles(readSeedFolder(SEEDS).filter((s) => s.file !== file)).kb;
}

export function articleOf(doc: KbDocument, paragraphs: string[] = doc.paragraphs): ExtractedArticle {
  return { url: `https://example.test/${doc.id}`, title: doc.title, paragraphs, publishedAt: doc.date, site: null, lang: 'en', method: 'plain-text' };
}

export function article(title: string, paragraphs: string[], extra: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return { url: 'https://example.test/a', title, paragraphs, publishedAt: null, site: 'Example', lang: 'en', method: 'article', ...extra };
}
