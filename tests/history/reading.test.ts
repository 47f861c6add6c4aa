import { describe, expect, it } from 'vitest';
import { COVERAGE_READ_SHARE, coverageOnPage, readingCount } from '@/lib/history';

describe('reading count', () => {
  const storyDocs = ['d1', 'd2', 'd3', 'd4', 'd5'];
  const page = (url: string, coverage: string[] = [], story = 's1', verdict: 'match' | 'related' = 'match') => ({ url, story, verdict, coverage });

  it('counts a page as a KB document only when it carries enough of that document\'s phrasing', () => {
    const shared = [
      { doc: 'd1', share: 0.9 },
      { doc: 'd2', share: COVERAGE_READ_SHARE },
      { doc: 'd3', share: COVERAGE_READ_SHARE - 0.01 },
      { doc: 'other-story', share: 1 },
    ];
    expect(coverageOnPage(shared, storyDocs)).toEqual(['d1', 'd2']);
  });

  it('makes the first independent article on a five-document story "1 of 6"', () => {
    expect(readingCount(storyDocs, [], 's1', page('https://a.example/x'))).toEqual({ read: 1, total: 6 });
  });

  it('counts the reader\'s own articles as pieces, once per URL, and only on this story', () => {
    const entries = [page('https://a.example/x'), page('https://b.example/y'), page('https://c.example/z', [], 's2')];
    // The current page is already stored (same URL, another #fragment): it counts once.
    expect(readingCount(storyDocs, entries, 's1', page('https://a.example/x#comments'))).toEqual({ read: 2, total: 7 });
  });

  it('counts a copy of a KB document as reading that document, however many copies', () => {
    const entries = [page('https://copy1.example/a', ['d1']), page('https://copy2.example/b', ['d1']), page('https://both.example/c', ['d2', 'd3'])];
    expect(readingCount(storyDocs, entries, 's1', page('https://copy3.example/d', ['d1']))).toEqual({ read: 3, total: 5 });
  });

  it('counts an article whose document left the KB as a piece of its own', () => {
    expect(readingCount(storyDocs, [page('https://old.example/a', ['gone'])], 's1', page('https://new.example/b', ['d4']))).toEqual({ read: 2, total: 6 });
  });

  it('does not count articles only related to the story, stored or current', () => {
    const entries = [page('https://a.example/x'), page('https://geneva.example/talks', [], 's1', 'related')];
    expect(readingCount(storyDocs, entries, 's1', page('https://invasion.example/feb24', [], 's1', 'related'))).toEqual({ read: 1, total: 6 });
  });

  it('has no count for a story without documents', () => {
    expect(readingCount([], [], 's1', page('https://a.example/x'))).toBeNull();
  });
});

describe('reading count and the matcher agree on what a copy is', () => {
  it('uses the matcher\'s copy share', async () => {
    const { THRESHOLDS } = await import('@/lib/match/matcher');
    expect(COVERAGE_READ_SHARE).toBe(THRESHOLDS.copyShare);
  });
});
