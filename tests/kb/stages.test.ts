import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KbInputError } from '../../lib/kb/errors';
import type { Draft } from '../../lib/kb/entities';
import { isClaim, numberGroups } from '../../lib/kb/stages/claims';
import { sentenceDate } from '../../lib/kb/stages/dates';
import { documentRecords } from '../../lib/kb/stages/documents';
import { garbleCounts, titledIn } from '../../lib/kb/stages/entities';
import { lineOf } from '../../lib/kb/stages/lines';
import { parseStage, type SeedInput } from '../../lib/kb/stages/parse';
import { quotesStage } from '../../lib/kb/stages/quotes';
import { readAlone } from '../../lib/kb/stages/sources';
import { majorityStory } from '../../lib/kb/stages/stories';
import { storyRecords } from '../../lib/kb/stages/story-records';
import { readSeeds, repoRoot } from './helpers';
import { runStages } from '../../lib/kb/compile';

/**
 * One check per stage module, run on our own writing: the flood-wall seeds of tests/kb/line-seeds
 * (a report, a rewrite of it, an unrelated ferry brief and an independent report of the flood wall)
 * and a few short documents written here.
 */
const seed = (file: string, text: string): SeedInput => ({ file, bytes: new TextEncoder().encode(text) });

const small = [
  seed(
    '010_bridge.txt',
    ' date 2024-05-07 The town council of Oberwald approved a new footbridge over the river on Tuesday.\n\n' +
      'Mayor Lena Brandt said the bridge would open in spring and cost 4 million euros.\n\n' +
      'He added that the old crossing would close.\n\n' +
      '"We have waited long enough for this bridge," Brandt said.\n',
  ),
  seed(
    '011_bridge_again.txt',
    ' date 2024-05-08 Oberwald will get a footbridge over the river after the town council approved it on Tuesday.\n\n' +
      'Mayor Lena Brandt told reporters the crossing would cost 4 million euros and open next spring.\n\n' +
      '"We have waited long enough for this bridge," Mayor Lena Brandt said on Wednesday.\n',
  ),
];

const pipeline = runStages;

const river = pipeline(readSeeds(join(repoRoot, 'tests', 'kb', 'line-seeds')));
const bridge = pipeline(small);
const sentenceWith = (p: ReturnType<typeof pipeline>, needle: string) => p.corpus.sentences.find((s) => s.text.includes(needle))!;

describe('parse stage', () => {
  it('sorts the files by name, whatever order they come in, and refuses a name given twice', () => {
    const { ids, corpus } = parseStage([...small].reverse());
    expect(corpus.docs.map((d) => d.file)).toEqual(['010_bridge.txt', '011_bridge_again.txt']);
    expect(ids).toEqual(['d010', 'd011']);
    expect(() => parseStage([small[0]!, small[0]!])).toThrow(KbInputError);
  });
});

describe('lines stage', () => {
  it('puts the report and its rewrite in one line, the independent report and the ferry brief in their own', () => {
    const line = (file: string) => lineOf(river.lines, river.corpus.docs.findIndex((d) => d.file === file));
    expect(line('001_river_report.txt')).toBe(line('002_river_rewrite.txt'));
    expect(line('004_river_own.txt')).not.toBe(line('001_river_report.txt'));
    expect(line('003_ferry_brief.txt')).not.toBe(line('004_river_own.txt'));
  });
});

describe('entities stage', () => {
  it('counts each garbled spelling once per document', () => {
    const draft = (forms: [string, number[], boolean][]): Draft => ({
      kind: 'person',
      forms: new Map(forms.map(([f, docs, garbled]) => [f, { docs: new Set(docs), count: docs.length, garbled }])),
      roles: new Map(),
      mentions: [],
      contextMerged: false,
    });
    const counts = garbleCounts([draft([['Lena Brandt', [0, 1], false], ['Lena Brant', [1], true]]), draft([['Kesel', [1, 2], true]])]);
    expect([...counts.entries()].sort()).toEqual([[1, 2], [2, 1]]);
  });
  it('lists the people named with a role title, with the words as written', () => {
    const s = sentenceWith(bridge, 'Mayor Lena Brandt said the bridge');
    expect(titledIn(bridge.corpus, bridge.entities, [s.id])).toEqual([{ role: 'Mayor', surface: 'Lena Brandt' }]);
    expect(titledIn(bridge.corpus, bridge.entities, [sentenceWith(bridge, 'He added').id])).toEqual([]);
  });
});

describe('alignment stage', () => {
  it('compares a person by entity, not by the words of the name', () => {
    const s = sentenceWith(bridge, 'Mayor Lena Brandt told reporters');
    const terms = [...bridge.alignment.factVectors.vectors[s.id]!.keys()];
    expect(terms.some((t) => t.startsWith('@e-'))).toBe(true);
    expect(terms).not.toContain('brandt');
  });
});

describe('dates stage', () => {
  it('resolves a weekday against the trusted date of its own document', () => {
    expect(bridge.dates.published).toEqual(['2024-05-07', '2024-05-08']);
    expect(sentenceDate(bridge.dates, sentenceWith(bridge, 'approved a new footbridge').id)).toBe('2024-05-07');
    expect(sentenceDate(bridge.dates, sentenceWith(bridge, 'He added').id)).toBeNull();
  });
});

describe('sources stage', () => {
  it('makes a leading "He" read alone when the sentence before names one person', () => {
    const s = sentenceWith(bridge, 'He added');
    expect(readAlone(bridge.ctx, s, s.text)).toBe('Lena Brandt added that the old crossing would close.');
  });
});

describe('claim candidates stage', () => {
  it('groups one figure of one thing across documents and tells claims from fragments', () => {
    const groups = numberGroups(bridge.ctx).map((g) => g.map((x) => bridge.corpus.sentences[x.sentence]!.doc));
    expect(groups).toContainEqual([0, 1]);
    expect(isClaim(sentenceWith(bridge, 'approved a new footbridge'))).toBe(true);
    expect(isClaim(sentenceWith(bridge, 'We have waited long enough for this bridge," Brandt said.'))).toBe(false);
  });
});

describe('stories stage', () => {
  it('gives a claim the story most of its sentences belong to, the representative breaking a tie', () => {
    const stage = { storyOfSentence: [0, 0, 1, 1, 2] };
    expect(majorityStory(stage, [0, 1, 2])).toBe(0);
    expect(majorityStory(stage, [1, 2])).toBe(0);
    expect(majorityStory(stage, [1, 2], 2)).toBe(1);
    expect(majorityStory(stage, [4])).toBe(2);
  });
});

describe('claims-by-story stage', () => {
  it('numbers the facts story by story, the best corroborated first, counting lines beside documents', () => {
    const { facts, factSentences, factReps } = river.claims;
    expect(facts.map((f) => f.id)).toEqual(facts.map((_, k) => `f${String(k + 1).padStart(3, '0')}`));
    expect(factSentences).toHaveLength(facts.length);
    factReps.forEach((rep, k) => expect(factSentences[k]).toContain(rep));
    const stories = facts.map((f) => f.story);
    expect(stories).toEqual([...stories].sort());
    const byStory = new Map<string, number[]>();
    for (const f of facts) byStory.set(f.story, [...(byStory.get(f.story) ?? []), f.documentCount]);
    for (const counts of byStory.values()) expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // The report and its rewrite are one line: three documents, two lines.
    expect(facts[0]).toMatchObject({ documentCount: 3, lineCount: 2 });
    expect(facts[0]!.text).toMatch(/flood wall/);
  });
});

describe('story records stage', () => {
  it('titles each story from its facts, dates it from them and lists its documents', () => {
    const stories = storyRecords(river.ctx, river.stories, river.claims);
    expect(stories.map((s) => s.documents)).toEqual([['d001', 'd002', 'd004'], ['d003']]);
    expect(stories[0]!.title).toMatch(/water board/);
    expect(stories[0]!.dateStart).toBe('2024-03-05');
    expect(stories[1]!.title).toMatch(/ferry/);
  });
});

describe('quotes stage', () => {
  it('groups one quotation across documents under its speaker, with its documents', () => {
    const quotes = quotesStage(bridge.ctx, bridge.stories);
    const q = quotes.find((x) => /waited long enough/.test(x.text))!;
    const brandt = [...bridge.entities.canon.values()].find((c) => c.name === 'Lena Brandt')!;
    expect(q.speaker).toBe(brandt.id);
    expect(q.variants.flatMap((v) => v.documents).sort()).toEqual(['d010', 'd011']);
  });
});

describe('documents stage', () => {
  it('lists garbled spellings sorted without reordering the list the other stages read', () => {
    const entities = { ...bridge.entities, garbledInDoc: new Map([[0, [
      { surface: 'Lena Brant', entity: 'e-lena-brandt', canonical: 'Lena Brandt' },
      { surface: 'Brand', entity: 'e-lena-brandt', canonical: 'Lena Brandt' },
    ]]]) };
    const docs = documentRecords(bridge.corpus, entities, bridge.dates);
    expect(docs[0]!.quality.garbledNames.map((g) => g.surface)).toEqual(['Brand', 'Lena Brant']);
    expect(entities.garbledInDoc.get(0)!.map((g) => g.surface)).toEqual(['Lena Brant', 'Brand']);
    expect(docs[1]!.quality.dateInconsistent).toBe(false);
  });
});
