/** The popup's one-line summary of the current tab, from what the background knows of it. */
import type { TabState } from '@/lib/messages';
import { isActiveOn, type Settings } from '@/lib/settings';
import { hostnameOf } from '@/lib/tabs/tab-states';

export function verdictLine(state: TabState | null, settings: Settings): string {
  if (!settings.enabled) return 'Backstory is switched off.';
  if (!state) return 'Backstory is not running on this page.';
  const host = hostnameOf(state.url);
  if (host !== null && !isActiveOn(settings, host)) return `Backstory is off on ${host}.`;
  const story = state.storyTitle ? `“${state.storyTitle}”` : 'a covered story';
  if (state.verdict !== 'none' && state.dismissed) return `You said this page is not about ${story}.`;
  if (state.verdict === 'match') return `Match: this page is about ${story}.`;
  if (state.verdict === 'related') return `Related: this page touches on ${story}.`;
  // Backstory could not read the page (another language): say why, not that nothing is covered.
  if (state.unsupported) return `Not analysed. ${state.unsupported}.`;
  return 'Nothing Backstory covers on this page.';
}
