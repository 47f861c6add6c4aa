import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../lib/match/matcher';
import type { Analysis } from '../../lib/match/types';
import { article, articleOf, kbWithout, seedKb } from './helpers';

const kb = seedKb();
const matcher = createMatcher(kb);
const storyOfDoc = (k = kb, doc: string) => k.stories.filter((s) => s.documents.includes(doc));

/** Seed documents whose story other seeds also report: the ones a leave-one-out test can use. */
const corroborated = kb.documents.filter((d) => storyOfDoc(kb, d.id).some((s) => s.documents.length >= 3));

function expectReadable(a: Analysis) {
  expect(a.reasons.length).toBeGreaterThan(0);
  for (const r of a.reasons) {
    expect(r).toMatch(/^[A-Z“"]/);
    expect(r).not.toMatch(/undefined|NaN|null|\[object/);
    expect(r).not.toMatch(/““|””|“"|"”/);
    // Internal ids (s01, d002, f013, e-john-sullivan) mean nothing to a reader.
    expect(r).not.toMatch(/\b[sdfq]\d{2,3}\b|\be-[a-z]+-[a-z]/);
  }
}

describe('matching seed-derived articles', () => {
  it('has documents reported by several seeds to test with', () => {
    expect(corroborated.length).toBeGreaterThanOrEqual(2);
  });

  it.each(corroborated.map((d) => [d.file, d] as const))('recognises %s when it is left out of the KB', (file, doc) => {
    const reduced = kbWithout(file);
    const others = new Set(storyOfDoc(kb, doc.id).flatMap((s) => s.documents).filter((d) => d !== doc.id).map((d) => kb.documents.find((x) => x.id === d)!.file));
    // Without this document the compiler may split the story among the remaining reports; any
    // story made of them is the right answer.
    const expected = reduced.stories.filter((s) => s.documents.some((d) => others.has(reduced.documents.find((x) => x.id === d)!.file)));
    expect(expected.length).toBeGreaterThan(0);
    const a = createMatcher(reduced).analyse(articleOf(doc));
    expect(a.verdict).toBe('match');
    expect(expected.map((s) => s.id)).toContain(a.story);
    expect(a.storyTitle).toBe(reduced.stories.find((s) => s.id === a.story)!.title);
    expectReadable(a);
  });

  it('recognises a machine-rewritten copy with garbled names, and says which report it copies', () => {
    const doc = [...corroborated].sort((a, b) => b.paragraphs.length - a.paragraphs.length)[0]!;
    // Garble every surname of a person the KB knows (drop a letter inside it), as spinners do.
    const garbles = new Map<string, string>();
    for (const e of kb.entities) {
      if (e.kind !== 'person') continue;
      const surname = e.name.split(/\s+/).pop()!;
      if (surname.length >= 6 && doc.paragraphs.some((p) => p.includes(surname))) garbles.set(surname, surname.slice(0, 3) + surname.slice(4));
    }
    expect(garbles.size).toBeGreaterThan(0);
    const swap: [RegExp, string][] = [[/\bsaid\b/g, 'stated'], [/\bresponse\b/g, 'reply'], [/\bdocument\b/g, 'paper'], [/\bWednesday\b/g, 'midweek']];
    const paragraphs = doc.paragraphs.map((p) => {
      let t = p;
      for (const [from, to] of garbles) t = t.split(from).join(to);
      for (const [re, to] of swap) t = t.replace(re, to);
      return t;
    });
    const a = matcher.analyse(articleOf(doc, paragraphs));
    expect(a.verdict).toBe('match');
    expect(a.story).toBe(storyOfDoc(kb, doc.id)[0]!.id);
    const garbledSurfaces = a.garbled.map((g) => g.surface);
    for (const g of garbles.values()) expect(garbledSurfaces).toContain(g);
    for (const g of a.garbled) expect(kb.entities.find((e) => e.id === g.entity)?.name).toBe(g.canonical);
    expect(a.alignments.some((al) => al.kind === 'differs-name' || /write “.*” as/.test(al.detail))).toBe(true);
    // The copied report shares the most phrasing with the page.
    expect(a.sharedPhrasing[0]?.doc).toBe(doc.id);
    expect(a.sharedPhrasing[0]!.share).toBeGreaterThan(0.3);
    expect(a.reasons.join(' ')).toMatch(/copy or rewrite/);
  });

  it('points every alignment at a real sentence of the article and at the story\'s facts, quotes or coverage', () => {
    const doc = corroborated[0]!;
    const reduced = kbWithout(doc.file);
    const a = createMatcher(reduced).analyse(articleOf(doc));
    expect(a.alignments.length).toBeGreaterThan(0);
    for (const al of a.alignments) {
      expect(doc.paragraphs[al.paragraph]).toContain(al.sentence);
      expect(al.sentence.length).toBeGreaterThan(10);
      if (al.fact || al.quote) {
        const item = al.fact ? reduced.facts.find((f) => f.id === al.fact) : reduced.quotes.find((q) => q.id === al.quote);
        expect(item?.story).toBe(a.story);
      } else {
        // Lined up with a passage of the coverage that is not a corroborated fact: the detail quotes it.
        expect(al.detail).toMatch(/coverage/);
      }
      expect(al.documentCount).toBeGreaterThanOrEqual(1);
      expect(al.detail.length).toBeGreaterThan(5);
    }
    // Facts the article never mentions are the story's, and none of them is one it lines up with.
    const aligned = new Set(a.alignments.map((al) => al.fact));
    for (const id of a.missingFacts) {
      expect(reduced.facts.find((f) => f.id === id)?.story).toBe(a.story);
      expect(aligned.has(id)).toBe(false);
    }
  });
});

describe('near misses and unrelated articles', () => {
  it('calls an earlier meeting of the same ministers related, not a match', () => {
    const a = matcher.analyse(
      article(
        'Blinken and Lavrov meet in Geneva, agree to keep talking',
        [
          'US Secretary of State Antony Blinken and Russian Foreign Minister Sergei Lavrov met for about 90 minutes in Geneva on Friday, with no breakthrough on the crisis over Ukraine.',
          'Blinken said the United States would share its ideas with Russia in writing next week, and warned that any Russian forces crossing into Ukraine would meet a swift, severe response.',
          'Lavrov said Moscow wanted concrete answers to its proposals for security guarantees and called the talks frank and useful.',
          'Both men said they would speak again after Russia had studied the American paper.',
        ],
        { publishedAt: '2022-01-21' },
      ),
    );
    expect(a.verdict).toBe('related');
    expect(a.alignments).toEqual([]);
    expectReadable(a);
  });

  it('calls Blinken on another subject related, and a market report that mentions Russia once none', () => {
    const other = matcher.analyse(
      article('Blinken visits Jakarta to deepen ties with Southeast Asia', [
        'Secretary of State Antony Blinken arrived in Jakarta on Monday for talks on trade, climate and maritime security.',
        'Blinken said the United States wanted a free and open Indo-Pacific and would expand scholarships for students from the region.',
        'He is due to travel on to Kuala Lumpur and Bangkok later in the week.',
      ]),
    );
    expect(other.verdict).toBe('related');
    const markets = matcher.analyse(
      article('Shares close higher as tech rebounds', [
        'Stocks rose on Thursday as technology companies recovered from a sell-off earlier in the week.',
        'Investors also kept an eye on tensions between Russia and the West, though trading volumes were light.',
        'The dollar slipped against the euro and oil prices were little changed.',
      ]),
    );
    expect(markets.verdict).toBe('none');
    expect(markets.story).toBeNull();
    expect(markets.garbled).toEqual([]);
  });

  it('calls a later article that recalls the events in one paragraph related, but still matches a misdated copy', () => {
    const doc = corroborated[0]!;
    const recap = matcher.analyse(
      article('One month on: the diplomacy that failed', [
        'Russian troops crossed into Ukraine on February 24, 2022, after weeks of talks that produced no agreement.',
        ...doc.paragraphs.slice(1, 4),
        'Since then, millions of people have fled the fighting, and Western governments have imposed sweeping sanctions.',
      ]),
    );
    expect(recap.verdict).toBe('related');
    // The same paragraphs, with the event itself given an impossible date, are still this story.
    const story = storyOfDoc(kb, doc.id)[0]!;
    const misdated = matcher.analyse(articleOf(doc, [`On November 26, 2030, ${doc.paragraphs[0]!.charAt(0).toLowerCase()}${doc.paragraphs[0]!.slice(1)}`, ...doc.paragraphs.slice(1)]));
    expect(misdated.verdict).toBe('match');
    expect(misdated.story).toBe(story.id);
  });

  it('does not take a coach named Sullivan or a guard named Price for the diplomats', () => {
    const a = matcher.analyse(
      article('Price leads Hawks past rivals as Sullivan praises defense', [
        'Marcus Price scored 28 points and coach Dan Sullivan said the team’s defense had held firm in the second half.',
        'Sullivan told reporters the door was open for younger players to earn minutes, and Price agreed.',
      ]),
    );
    expect(a.verdict).toBe('none');
  });
});

describe('languages', () => {
  const doc = corroborated[0]!;
  it('reads an article in Spanish by its names, dates and actions: the story, no marks, and says so', () => {
    const a = matcher.analyse(
      article(
        'Washington entrega a Moscú su respuesta por escrito',
        [
          'El embajador John Sullivan entregó el miércoles la respuesta de Estados Unidos al Ministerio de Asuntos Exteriores de Rusia, según el secretario de Estado Antony Blinken.',
          'El viceministro Alexander Grushko recibió al embajador a petición de este, informó la cancillería rusa en un comunicado.',
        ],
        { lang: 'es', publishedAt: '2022-01-26' },
      ),
    );
    expect(a.verdict).toBe('match');
    expect(a.story).toBe(storyOfDoc(kb, doc.id)[0]!.id);
    expect(a.reasons[0]).toMatch(/^Written in Spanish: recognised by its names, dates and what happened/);
    expect(a.alignments).toEqual([]);
    expect(a.garbled).toEqual([]);
  });

  it('says none for a language it does not read, and names it', () => {
    const a = matcher.analyse(
      article('Washington overhandigt Moskou zijn schriftelijke antwoord', [
        'Ambassadeur John Sullivan heeft woensdag het antwoord van de Verenigde Staten aan het Russische ministerie van Buitenlandse Zaken overhandigd, zei Antony Blinken.',
        'Vice-minister Alexander Grushko ontving de ambassadeur op diens verzoek, meldde het ministerie in een verklaring.',
      ]),
    );
    expect(a.verdict).toBe('none');
    expect(a.reasons[0]).toMatch(/^Written in Dutch; Backstory reads articles in English, German, French/);
  });

  it('reads an English article whose page template declares another language', () => {
    const a = matcher.analyse({ ...articleOf(doc), lang: 'fr' });
    expect(a.verdict).toBe('match');
  });

  it('reads undeclared French text too, detecting its language', () => {
    const a = matcher.analyse(
      article(
        'Washington remet sa réponse écrite à Moscou',
        [
          "L'ambassadeur John Sullivan a remis mercredi la réponse des États-Unis au ministère russe des Affaires étrangères, a indiqué Antony Blinken.",
          "Le vice-ministre Alexandre Grouchko l'a reçu à sa demande, selon un communiqué de la diplomatie russe.",
          "Selon le chef de la diplomatie américaine, le document propose une voie diplomatique sérieuse si la Russie le souhaite, mais la porte de l'OTAN reste ouverte.",
        ],
        { lang: null },
      ),
    );
    expect(a.verdict).not.toBe('none');
    expect(a.reasons[0]).toMatch(/^Written in French/);
  });

  it('says none for an empty article', () => {
    expect(matcher.analyse(article('', [])).verdict).toBe('none');
  });
});
