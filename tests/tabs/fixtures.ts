/** Small hand-made KB and analyses for the background tests; not seeds data. */
import type { Fact, Kb, Story } from '@/lib/kb/types';
import type { Analysis, ExtractedArticle } from '@/lib/match/types';
import type { StoryView } from '@/lib/view/story-view';

export function fact(id: string, story: string, text: string, documentCount = 2): Fact {
  return { id, story, kind: 'event', text, sources: [], documentCount, lineCount: 1, numbers: [], entities: [], terms: [], date: null };
}

export function story(id: string, title: string, documents: string[]): Story {
  return { id, title, dateStart: null, dateEnd: null, documents, paragraphs: [], entities: [], terms: [] };
}

export function kb(facts: Fact[] = [fact('f1', 's1', 'Alpha happened'), fact('f2', 's1', 'Beta followed')]): Kb {
  return {
    schemaVersion: 1,
    documents: [
      { id: 'd1', file: 'a.txt', title: 'Doc one', titleSource: 'headline', date: null, dateSource: 'none', outlet: null, paragraphs: ['p'], quality: { garbledNames: [], dateInconsistent: false, dateNote: null } },
    ],
    relations: [],
    lines: [],
    stories: [story('s1', 'The first story', ['d1', 'd2', 'd3'])],
    entities: [],
    facts,
    quotes: [],
    discrepancies: [],
    timeline: [],
  };
}

export function article(url: string, title = 'A page'): ExtractedArticle {
  return { url, title, paragraphs: ['text'], publishedAt: null, site: new URL(url).hostname, lang: 'en', method: 'article' };
}

export function analysis(verdict: Analysis['verdict'], extra: Partial<Analysis> = {}): Analysis {
  const covered = verdict !== 'none';
  return {
    verdict,
    story: covered ? 's1' : null,
    storyTitle: covered ? 'The first story' : null,
    score: covered ? 0.9 : 0,
    reasons: [],
    alignments: covered ? [{ paragraph: 0, sentence: 'text', kind: 'same', fact: 'f1', quote: null, detail: '', documentCount: 2, lineCount: 1 }] : [],
    missingFacts: [],
    garbled: [],
    sharedPhrasing: covered ? [{ doc: 'd1', share: 0.8 }, { doc: 'd2', share: 0.1 }] : [],
    ...extra,
  };
}

export function viewFor(k: Kb, a: Analysis): StoryView | null {
  const s = k.stories.find((x) => x.id === a.story);
  if (!s || a.verdict === 'none') return null;
  return {
    story: s,
    facts: k.facts.filter((f) => f.story === s.id),
    quotes: [],
    discrepancies: [],
    timeline: [],
    coverage: s.documents.map((doc) => ({ doc, title: doc, date: null, outlet: null, quality: { garbledNames: [], dateInconsistent: false, dateNote: null }, sharedWithPage: 0, line: null })),
    entities: [],
    lines: [],
    storyTitles: { [s.id]: s.title },
  };
}
