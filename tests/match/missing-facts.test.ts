import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { articleFromFile } from '../../scripts/match-input';
import { compileSeedsFrom } from '../../scripts/match-kb';
import { createMatcher } from '@/lib/match/matcher';

const kb = compileSeedsFrom();
const matcher = createMatcher(kb);
const page = fileURLToPath(new URL('../e2e/pages/covered-responses.html', import.meta.url));

describe('"not in this article"', () => {
  it('never lists a fact the article states, even in a sentence that lines up with another fact', () => {
    const analysis = matcher.analyse(articleFromFile(page)!);
    expect(analysis.verdict).toBe('match');
    // The page says: "The document was delivered in Moscow by US Ambassador John Sullivan, who
    // handed it to Deputy Foreign Minister Alexander Grushko …" — both the delivery and the
    // ministry's account of the meeting are stated.
    const sullivanFacts = kb.facts.filter((f) => f.story === analysis.story && /Sullivan/.test(f.text));
    expect(sullivanFacts.length).toBeGreaterThanOrEqual(2);
    for (const fact of sullivanFacts) expect(analysis.missingFacts, fact.text).not.toContain(fact.id);
  });

  it('still lists facts the article does not state', () => {
    const analysis = matcher.analyse(articleFromFile(page)!);
    const texts = analysis.missingFacts.map((id) => kb.facts.find((f) => f.id === id)!.text);
    expect(texts.some((t) => /Ned Price|spokesman/i.test(t) || /copy of the US proposals/.test(t))).toBe(true);
  });
});
