import { describe, expect, it } from 'vitest';
import { seedKb } from './helpers';

const kb = seedKb();
const doc = (id: string) => kb.documents.find((d) => d.id === id)!;

describe('documents compiled from the seeds', () => {
  it('reads the glued date prefix, the dateline and the missing date', () => {
    expect(doc('d000')).toMatchObject({ date: '2022-01-27', dateSource: 'prefix' });
    expect(doc('d004')).toMatchObject({ date: '2022-11-26', dateSource: 'dateline' });
    expect(doc('d003')).toMatchObject({ date: null, dateSource: 'none' });
  });
  it('uses the headline line when there is one and derives a title from the lead otherwise', () => {
    expect(doc('d003')).toMatchObject({ titleSource: 'headline', title: 'Russia responds in writing to US ahead of Blinken-Lavrov call on Ukraine crisis' });
    expect(doc('d002').title).toBe('Blinken Confirms US Delivers Diplomatic Document to Russia');
    expect(doc('d000').titleSource).toBe('lead');
    expect(doc('d000').title.startsWith('The US delivered its response')).toBe(true);
  });
  it('names the outlet only where the text credits one', () => {
    expect(doc('d002').outlet).toBe('CNN');
    expect(doc('d001').outlet).toBeNull();
    expect(doc('d002').paragraphs[0]!.startsWith('The United States has provided Russia')).toBe(true);
  });
  it('drops site furniture: follow-us lines, link lists, video teasers, comment counts, update notices', () => {
    const all = kb.documents.flatMap((d) => d.paragraphs).join('\n');
    expect(all).not.toMatch(/Google News/);
    expect(all).not.toMatch(/Read extra/);
    expect(all).not.toMatch(/8,500 troops on heightened alert/);
    expect(all).not.toMatch(/\b\d:\d\d\b/);
    expect(all).not.toMatch(/No comments/);
    expect(all).not.toMatch(/going to be broken and updated/);
  });
  it('rejoins paragraphs that were broken after their first word', () => {
    const p = doc('d003').paragraphs;
    expect(p).toContain(
      "Moscow's response comes days after Washington submitted its own documents to Moscow and ahead of a planned phone call between US Secretary of State Antony Blinken and Russian Foreign Minister Sergey Lavrov Tuesday.",
    );
    expect(p.every((x) => x.split(' ').length > 3)).toBe(true);
  });
  it('flags the document dated November 2022 that reports January 2022 events, and only that one', () => {
    expect(kb.documents.filter((d) => d.quality.dateInconsistent).map((d) => d.id)).toEqual(['d004']);
    expect(doc('d004').quality.dateNote).toMatch(/2022-01-27/);
  });
  it('counts garbled names per document against the other sources', () => {
    expect(doc('d002').quality.garbledNames).toEqual([]);
    expect(doc('d001').quality.garbledNames.map((g) => g.surface).sort()).toEqual(['Alexander V. Khrushchev', 'Blingen']);
    expect(doc('d004').quality.garbledNames.map((g) => [g.surface, g.canonical]).sort()).toEqual([
      ['Alexander V. Khrushchev', 'Alexander V. Grushko'],
      ['Blingen', 'Antony Blinken'],
      ['Netflix', 'Ned Price'],
    ]);
  });
});
