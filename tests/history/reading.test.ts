import { describe, expect, it } from 'vitest';
import { COVERAGE_READ_SHARE, coverageOnPage, readingCount } from '@/lib/history';

describe('reading count', () => {
  const storyDocs = ['d1', 'd2', 'd3', 'd4', 'd5'];

  it('counts a page as a piece of coverage only when it carries enough of that document\'s phrasing', () => {
    const shared = [
      { doc: 'd1', share: 0.9 },
      { doc: 'd2', share: COVERAGE_READ_SHARE },
      { doc: 'd3', share: COVERAGE_READ_SHARE - 0.01 },
      { doc: 'other-story', share: 1 },
    ];
    expect(coverageOnPage(shared, storyDocs)).toEqual(['d1', 'd2']);
  });

  it('counts distinct documents across stored articles on the story and the current page', () => {
    const entries = [
      { story: 's1', coverage: ['d1'] },
      { story: 's1', coverage: ['d1', 'd2'] }, // a copy of d1 read twice counts once
      { story: 's2', coverage: ['d3'] }, // another story
      { story: 's1', coverage: ['gone'] }, // a document the KB no longer has on the story
    ];
    expect(readingCount(storyDocs, entries, 's1', ['d4'])).toEqual({ read: 3, total: 5 });
    expect(readingCount(storyDocs, [], 's1', [])).toEqual({ read: 0, total: 5 });
  });

  it('has no count for a story without documents', () => {
    expect(readingCount([], [], 's1', [])).toBeNull();
  });
});

describe('reading count and the matcher agree on what a copy is', () => {
  it('uses the matcher\'s copy share', async () => {
    const { THRESHOLDS } = await import('@/lib/match/matcher');
    expect(COVERAGE_READ_SHARE).toBe(THRESHOLDS.copyShare);
  });
});
