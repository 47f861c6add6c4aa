/**
 * What the toolbar badge says for a tab. The text is one symbol because a badge shows three or
 * four characters at most; the title (the button's tooltip and accessible name) says it in words.
 */
import type { TabState } from '../messages';

export interface BadgeSpec {
  /** Empty clears the badge. */
  text: string;
  color: string;
  title: string;
}

export const BADGE_COLORS = { match: '#1a7f37', related: '#5a6472' } as const;

const QUIET: BadgeSpec = { text: '', color: BADGE_COLORS.related, title: 'Backstory' };

export function badgeFor(state: TabState | null): BadgeSpec {
  if (!state || state.dismissed || state.verdict === 'none') return QUIET;
  const story = state.storyTitle ? `“${state.storyTitle}”` : 'a covered story';
  if (state.verdict === 'match') return { text: '✓', color: BADGE_COLORS.match, title: `Backstory: this page is about ${story}` };
  return { text: '≈', color: BADGE_COLORS.related, title: `Backstory: this page is related to ${story}` };
}
