/**
 * KB growth on real text: compile the seeds together with labelled real articles (as seed
 * documents, in memory: the texts are read from ../shared/realworld and never written anywhere),
 * and report which compiled story each added article lands in. Used by `npm run -s realworld --
 * --growth` and the growth test.
 */
import { compileSeedFiles, readSeedFolder } from '../build/kb-assets';
import type { Kb } from '../../lib/kb/types';
import type { RealArticle } from './corpus';

export interface GrowthResult {
  kb: Kb;
  /** Per added article: the stories holding its paragraphs, most paragraphs first. */
  placed: { article: RealArticle; doc: string; stories: string[] }[];
  /** Seed document id → its stories. */
  seedStories: Map<string, string[]>;
}

/** A real article as a seed document: the date prefix the seeds use, the headline, the paragraphs. */
export function asSeedText(a: RealArticle): string {
  const head = a.date ? ` date ${a.date} ${a.title}` : a.title;
  return `${head}\n\n${a.paragraphs.join('\n\n')}\n`;
}

export function growKb(seedsDir: string, added: RealArticle[]): GrowthResult {
  const seeds = readSeedFolder(seedsDir);
  const enc = new TextEncoder();
  const extra = added.map((a, i) => ({ file: `${String(900 + i).padStart(3, '0')}_${a.file.replace(/\.json$/, '')}.txt`, bytes: enc.encode(asSeedText(a)) }));
  const { kb } = compileSeedFiles([...seeds, ...extra]);
  const storiesOf = (docId: string) => {
    const counts = new Map<string, number>();
    for (const s of kb.stories) for (const p of s.paragraphs) if (p.doc === docId) counts.set(s.id, (counts.get(s.id) ?? 0) + 1);
    return [...counts].sort((x, y) => y[1] - x[1]).map(([id]) => id);
  };
  const placed = extra.map((e, i) => {
    const doc = kb.documents.find((d) => d.file === e.file)!;
    return { article: added[i]!, doc: doc.id, stories: storiesOf(doc.id) };
  });
  const seedStories = new Map(kb.documents.filter((d) => !extra.some((e) => e.file === d.file)).map((d) => [d.id, storiesOf(d.id)]));
  return { kb, placed, seedStories };
}
