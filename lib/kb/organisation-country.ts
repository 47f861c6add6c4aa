/**
 * The country an organisation belongs to, from how the reports write it: a nationality in its
 * name ("Russian Foreign Ministry"), or a country word straight before a mention ("Russia's
 * Foreign Ministry", "the US State Department"). A capital does not count ("Moscow's" may mean
 * the city), nor a region ("European"). Null when no report says it: the KB does not guess from
 * world knowledge which country "the State Department" is.
 */
import { ALIASES, DEMONYMS } from './gazetteer';

/** Nationality words that name a region or a bloc, not a country. */
const NOT_COUNTRIES = new Set(['Europe', 'West']);
/** Country names the reports may write: the places the nationality words point to, and the written-out aliases. */
const COUNTRIES = new Set(
  [...Object.values(DEMONYMS), ...Object.values(ALIASES)].filter((c) => !NOT_COUNTRIES.has(c) && c !== 'United Nations' && c !== 'European Union'),
);

/** The country a single word stands for as owner or adjective ("Russian", "Russia", "US"), or null. */
export function countryOfWord(word: string): string | null {
  const w = word.replace(/['’]s$/, '');
  const c = DEMONYMS[w] ?? ALIASES[w] ?? w;
  return COUNTRIES.has(c) ? c : null;
}

/** The country a name's first word gives ("Russian Foreign Ministry" → Russia), or null. */
export function countryOfName(name: string): string | null {
  const first = name.split(/\s+/)[0] ?? '';
  return first === name ? null : countryOfWord(first);
}

/** The country written straight before a mention ("… Russia's " / "… the US "), or null. */
export function countryBefore(textBefore: string): string | null {
  const m = /(?:^|\s)((?:United\s+(?:States|Kingdom)|[A-Z][A-Za-z.]*)(?:['’]s)?)\s*$/.exec(textBefore);
  if (!m) return null;
  return countryOfWord(m[1]!.replace(/\s+/g, ' '));
}

/** The country most of the votes name; null when there are none or two countries tie. */
export function organisationCountry(votes: readonly (string | null)[]): string | null {
  const c = new Map<string, number>();
  for (const v of votes) if (v) c.set(v, (c.get(v) ?? 0) + 1);
  const ranked = [...c.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (!ranked.length || (ranked[1] && ranked[1][1] === ranked[0]![1])) return null;
  return ranked[0]![0];
}
