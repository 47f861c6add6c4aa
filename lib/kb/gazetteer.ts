/**
 * Hand-kept reference data for recognising names: role titles, organisation words and place names.
 * It lists KINDS of things (titles, countries, words that make a name an organisation), never the
 * people or claims of any seed: a person is recognised from the text (a role title before the name,
 * a speech verb after it, two capitalised words), so the compiler works for names it has never seen.
 * Extend these lists when a new region or institution enters the coverage; nothing else needs to change.
 */

/** Words that can precede a role head ("Deputy Foreign Minister"). */
export const ROLE_MODIFIERS = [
  'Deputy', 'Vice', 'Foreign', 'Prime', 'Defense', 'Defence', 'Interior', 'Finance', 'Trade', 'Press',
  'Chief', 'Senior', 'Acting', 'Former', 'Top', 'First', 'Assistant', 'Under', 'Permanent', 'Special',
];

/** Heads of role titles; combined with modifiers and complements ("of State", "to the UN"). */
export const ROLE_HEADS = [
  'Minister', 'Secretary', 'Ambassador', 'President', 'Chancellor', 'Senator', 'Sen.', 'Representative',
  'Rep.', 'Governor', 'Gov.', 'Mayor', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Envoy', 'Director',
  'Chairman', 'Chairwoman', 'Chair', 'Commander', 'Leader', 'Prosecutor', 'Adviser', 'Advisor',
];

/** What may follow a role head inside the title. */
export const ROLE_COMPLEMENTS = ['of State', 'of Defense', 'of Defence', 'General', 'for Europe'];

/** Final words that make a capitalised phrase an organisation ("State Department", "Security Council"). */
export const ORGANISATION_HEADS = [
  'Department', 'Ministry', 'Council', 'Committee', 'Commission', 'Agency', 'Office', 'Party', 'Union',
  'Alliance', 'Organization', 'Organisation', 'Forces', 'Army', 'Navy', 'Bank', 'Fund', 'Court',
  'Parliament', 'Assembly', 'Senate', 'House', 'Post', 'Times', 'Journal', 'News', 'Press', 'Agency',
  'Institute', 'University', 'Company', 'Corporation', 'Group', 'Service', 'Services', 'Guard', 'Affairs',
];

/**
 * Phrases that name a kind of body, not one body: "the Armed Forces" of whom? Without an owner in
 * the name they are not an entity (an owner in front, "Russian Armed Forces", is read as an
 * affiliation and dropped with the same result). A bare organisation word ("Council", "House") is
 * likewise no entity unless ORGANISATIONS lists it (the "Senate" of a text is one body).
 */
export const GENERIC_BODIES = ['Armed Forces', 'Armed Force', 'Government', 'Administration', 'Cabinet', 'Military', 'Police', 'Embassy'];

/**
 * Final words of the names of sports events and venues ("Australian Open", "Rod Laver Arena"):
 * two capitalised words ending so are an event or a place, never a person. Venues are places;
 * events have no entity kind and are left out.
 */
export const EVENT_HEADS = [
  'Open', 'Cup', 'Championship', 'Championships', 'Games', 'Olympics', 'Masters', 'League', 'Tournament',
  'Trophy', 'Classic', 'Prix', 'Series', 'Marathon', 'Festival', 'Derby',
];
export const VENUE_HEADS = ['Arena', 'Stadium', 'Centre', 'Center', 'Circuit', 'Velodrome', 'Gardens', 'Racecourse'];
/** Venue words that are also surnames ("Jessica Park", "Arsenio Hall"): a venue only after "at"/"in". */
export const VENUE_OR_SURNAME = ['Park', 'Hall', 'Field', 'Square', 'Ground'];

/** Single words and acronyms that name organisations on their own. */
export const ORGANISATIONS = [
  'NATO', 'UN', 'EU', 'OSCE', 'IAEA', 'WHO', 'IMF', 'CNN', 'BBC', 'Reuters', 'AP', 'AFP', 'TASS', 'Interfax',
  'Kremlin', 'Pentagon', 'Congress', 'Senate', 'Duma', 'Bundestag', 'Parliament', 'White House',
  'United Nations', 'European Union', 'Security Council',
];

/** Other spellings folded to one canonical name. */
export const ALIASES: Record<string, string> = {
  US: 'United States', 'U.S.': 'United States', USA: 'United States', 'U.S.A.': 'United States', America: 'United States',
  UK: 'United Kingdom', 'U.K.': 'United Kingdom', Britain: 'United Kingdom',
  UN: 'United Nations', 'U.N.': 'United Nations', EU: 'European Union', 'E.U.': 'European Union',
};

/** Countries, capitals and regions that news about international affairs names often. */
export const PLACES = [
  'Afghanistan', 'Albania', 'Armenia', 'Austria', 'Azerbaijan', 'Belarus', 'Belgium', 'Bosnia', 'Brazil',
  'Bulgaria', 'Canada', 'China', 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Denmark', 'Egypt',
  'Estonia', 'Finland', 'France', 'Georgia', 'Germany', 'Greece', 'Hungary', 'India', 'Iran', 'Iraq',
  'Ireland', 'Israel', 'Italy', 'Japan', 'Kazakhstan', 'Kosovo', 'Latvia', 'Lithuania', 'Moldova',
  'Netherlands', 'North Korea', 'Norway', 'Poland', 'Portugal', 'Romania', 'Russia', 'Serbia', 'Slovakia',
  'Slovenia', 'South Korea', 'Spain', 'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Turkey', 'Ukraine',
  'United Kingdom', 'United States', 'Venezuela', 'Europe', 'Asia', 'Africa', 'Crimea', 'Donbas', 'Donbass',
  'Donetsk', 'Luhansk', 'Kharkiv', 'Kyiv', 'Kiev', 'Lviv', 'Odesa', 'Minsk', 'Moscow', 'St. Petersburg',
  'Washington', 'New York', 'Brussels', 'Geneva', 'Vienna', 'Berlin', 'Paris', 'London', 'Beijing',
  'Warsaw', 'Tbilisi', 'Ankara', 'Tokyo', 'Baltic', 'Black Sea',
];

/** Adjectives of nationality and the place they point to (used for affiliations, not entities). */
export const DEMONYMS: Record<string, string> = {
  American: 'United States', Russian: 'Russia', Ukrainian: 'Ukraine', Belarusian: 'Belarus', Chinese: 'China',
  European: 'Europe', British: 'United Kingdom', French: 'France', German: 'Germany', Polish: 'Poland',
  Western: 'West',
};

/** Verbs that mark the word before or after them as a speaker. */
export const SPEECH_VERBS = [
  'said', 'says', 'told', 'added', 'announced', 'stressed', 'noted', 'explained', 'acknowledged',
  'declined', 'insisted', 'warned', 'claimed', 'mentioned', 'informed', 'responded', 'confirmed',
  'spoke', 'indicated', 'urged', 'asked', 'replied', 'wrote', 'argued', 'reiterated', 'welcomed', 'received',
];

/** Capitalised words that are never part of a person's name. */
export const NOT_NAMES = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February',
  'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'The', 'A', 'An', 'In', 'On', 'At', 'It', 'He', 'She', 'They', 'We', 'I', 'But', 'And', 'Or', 'If',
  'This', 'That', 'These', 'Those', 'There', 'His', 'Her', 'Their', 'Our', 'Its', 'As', 'After', 'Before',
  'When', 'While', 'Although', 'Even', 'Also', 'Nevertheless', 'However', 'Meanwhile', 'Likewise', 'Some',
  'What', 'Why', 'How', 'Who', 'Let', 'Mr', 'Mrs', 'Ms', 'Dr',
];
