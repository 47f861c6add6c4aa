import { describe, expect, it } from 'vitest';
import type { TabState } from '@/lib/messages';
import { BADGE_COLORS, badgeFor } from '@/lib/tabs/badge';

const state = (extra: Partial<TabState>): TabState => ({ url: 'https://x.example/a', verdict: 'match', story: 's1', storyTitle: 'Written responses', dismissed: false, ...extra });

describe('badge', () => {
  it('marks a match and says so in words in the title', () => {
    expect(badgeFor(state({}))).toEqual({ text: '✓', color: BADGE_COLORS.match, title: 'Backstory: this page is about “Written responses”' });
  });

  it('marks a related page differently', () => {
    const badge = badgeFor(state({ verdict: 'related' }));
    expect(badge.text).not.toBe(badgeFor(state({})).text);
    expect(badge.color).toBe(BADGE_COLORS.related);
    expect(badge.title).toBe('Backstory: this page is related to “Written responses”');
  });

  it('is empty for unknown tabs, unrelated pages and dismissed stories', () => {
    for (const s of [null, state({ verdict: 'none', story: null, storyTitle: null }), state({ dismissed: true })]) {
      expect(badgeFor(s)).toEqual({ text: '', color: BADGE_COLORS.related, title: 'Backstory' });
    }
  });

  it('does without a story title', () => {
    expect(badgeFor(state({ storyTitle: null })).title).toBe('Backstory: this page is about a covered story');
  });
});
