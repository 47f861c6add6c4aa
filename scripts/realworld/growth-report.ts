/**
 * `npm run -s realworld -- --growth`: compile the seeds plus every English positive (and, with
 * --near, the English near misses) and print where each added report lands: its story, that
 * story's days and documents, and whether it is the story of the report's event.
 */
import { readRealworld } from './corpus';
import { storyForEvent } from './evaluate';
import { growKb } from './growth';

export function printGrowth(seedsDir: string, dir: string, withNear: boolean): void {
  const added = readRealworld(dir).filter((a) => a.language === 'en' && (a.label === 'positive' || (withNear && a.label === 'near')));
  const g = growKb(seedsDir, added);
  const eventStory = new Map(['E1', 'E2', 'E3'].map((e) => [e, storyForEvent(g.kb, e)?.id ?? null]));
  console.log(`Growth: ${added.length} real reports added to the seeds → ${g.kb.stories.length} stories`);
  for (const s of g.kb.stories) console.log(`  ${s.id} ${s.dateStart ?? '?'}…${s.dateEnd ?? '?'} ${s.documents.length} docs: ${s.title.slice(0, 90)}`);
  let joined = 0;
  for (const p of g.placed) {
    const want = p.article.event ? eventStory.get(p.article.event) : null;
    const ok = p.article.label === 'positive' ? p.stories[0] === want : !p.stories.some((s) => [...g.seedStories.values()].flat().includes(s));
    if (ok) joined++;
    console.log(`  ${ok ? 'ok ' : 'BAD'} ${p.article.file} (${p.article.label} ${p.article.event ?? '-'}, ${p.article.date ?? 'undated'}) → ${p.stories.join(', ') || '(no story)'}${want ? ` (event story ${want})` : ''}`);
  }
  console.log(`${joined}/${g.placed.length} placed as labelled`);
}
