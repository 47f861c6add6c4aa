/**
 * Finding names in sentences: people (with the role title in front of them, when there is one),
 * organisations and places. Purely textual; deciding which mentions are the same entity is
 * entities.ts's job.
 */
import type { Sentence } from './corpus';
import { isInQuote } from './corpus';
import {
  ALIASES, DEMONYMS, EVENT_HEADS, GENERIC_BODIES, VENUE_HEADS, VENUE_OR_SURNAME, NOT_NAMES, ORGANISATIONS, ORGANISATION_HEADS, PLACES, ROLE_COMPLEMENTS, ROLE_HEADS,
  ROLE_MODIFIERS, SPEECH_VERBS,
} from './gazetteer';
import type { EntityKind } from './types';

export type MentionKind = EntityKind | 'name';

export interface Mention {
  sentence: number;
  start: number;
  end: number;
  /** The name as written (possessive removed). */
  surface: string;
  /** 'name' = a lone capitalised word that may be a person's surname; resolved by entities.ts. */
  kind: MentionKind;
  /** Role title in front of the name ("Deputy Foreign Minister"), as written. */
  role: string | null;
  /** Who the role belongs to, as written before it ("US", "Russian", "State Department"). */
  affiliation: string | null;
  /** Followed or preceded by a speech verb ("Blinken said", "said Blinken"). */
  speaker: boolean;
  quoted: boolean;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "Minister" → "[Mm]inister": titles are capitalised before a name but not always ("spokesman"). */
const anyCase = (s: string) => `[${s[0]!.toUpperCase()}${s[0]!.toLowerCase()}]${esc(s.slice(1))}`;

const WORD = String.raw`(?:[A-Z][A-Za-z'-]*[A-Za-z]|[A-Z]\.(?:[A-Z]\.)*|[A-Z](?![a-z]))`;
const MULTI_PLACES = [...PLACES, ...ORGANISATIONS].filter((p) => p.includes(' ')).sort((a, b) => b.length - a.length);
const PLACE_AFTER_TO = `(?:the\\s+)?(?:${MULTI_PLACES.map(esc).join('|')}|[A-Z][A-Za-z.]+)`;
const ROLE = `(?:(?:${ROLE_MODIFIERS.map(anyCase).join('|')})\\s+)*(?:${ROLE_HEADS.map(anyCase).join('|')})(?:\\s+(?:${ROLE_COMPLEMENTS.map(esc).join('|')}|to\\s+${PLACE_AFTER_TO}))?`;
const ROLE_NAME_RE = new RegExp(`(?<![A-Za-z])(${ROLE}),?\\s+(${WORD}(?:\\s+${WORD}){0,3})`, 'g');
const CAPS_RE = new RegExp(`${WORD}(?:\\s+(?:(?:of|for)\\s+(?:the\\s+)?)?${WORD})*`, 'g');
const AFFILIATION_RE = new RegExp(`((?:${WORD}(?:'s)?\\s+){1,3})$`);
const SPEECH_AFTER = new RegExp(`^\\s*(?:${SPEECH_VERBS.join('|')})\\b`);
const SPEECH_BEFORE = new RegExp(`\\b(?:${SPEECH_VERBS.join('|')}),?\\s*$`);

const NOT_NAME = new Set(NOT_NAMES);
const PLACE_SET = new Set(PLACES);
const ORG_SET = new Set(ORGANISATIONS);
const ORG_HEAD_SET = new Set(ORGANISATION_HEADS);
const GENERIC_SET = new Set(GENERIC_BODIES);
const EVENT_SET = new Set(EVENT_HEADS);
const VENUE_SET = new Set(VENUE_HEADS);
const VENUE_OR_SURNAME_SET = new Set(VENUE_OR_SURNAME);
const ROLE_WORDS = new Set([...ROLE_MODIFIERS, ...ROLE_HEADS].map((w) => w.toLowerCase()));

export function canonicalPlaceOrOrg(surface: string): string {
  if (ALIASES[surface]) return ALIASES[surface]!;
  // "Ministry of Foreign Affairs" and "Foreign Ministry", "Department of State" and "State
  // Department" name one body: the short word order is the canonical one.
  const m = /^((?:[A-Z][a-z]+\s+)*)(Ministry|Department)\s+of\s+(?:the\s+)?([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)*?)(?:\s+Affairs)?$/.exec(surface);
  if (m) return `${m[1]}${m[3]} ${m[2]}`;
  return surface;
}

/**
 * `capitalisedMidSentence` holds words seen capitalised inside a sentence somewhere in the corpus; a
 * capitalised first word of a sentence counts as a name only if it is in that set (so "Openly" is
 * not a name but "Blinken" is).
 */
export function findMentions(s: Sentence, capitalisedMidSentence: ReadonlySet<string>): Mention[] {
  const f = s.folded;
  const out: Mention[] = [];
  const covered: { start: number; end: number }[] = [];
  const overlaps = (a: number, b: number) => covered.some((c) => a < c.end && b > c.start);
  const mention = (start: number, end: number, surface: string, kind: MentionKind, role: string | null, affiliation: string | null) => {
    const speaker = SPEECH_AFTER.test(f.slice(end)) || SPEECH_BEFORE.test(f.slice(0, start));
    out.push({ sentence: s.id, start, end, surface, kind, role, affiliation, speaker, quoted: isInQuote(s, start) });
  };

  for (const m of f.matchAll(ROLE_NAME_RE)) {
    const roleText = m[1]!;
    const nameStart = (m.index ?? 0) + m[0].length - m[2]!.length;
    const name = trimName(m[2]!, nameStart);
    if (!name) continue;
    // A role followed by an organisation or place is not a person ("President Putin" is; "Minister Moscow" is not).
    const kind = classify(name.text.split(/\s+/));
    if (kind !== 'person' && kind !== 'name') continue;
    const before = f.slice(0, m.index ?? 0);
    const aff = AFFILIATION_RE.exec(before)?.[1]?.trim().replace(/'s$/, '') ?? null;
    const affiliation = aff ? (ALIASES[aff] ?? DEMONYMS[aff] ?? aff) : null;
    covered.push({ start: m.index ?? 0, end: name.end });
    mention(name.start, name.end, name.text, 'person', roleText.replace(/\s+/g, ' '), affiliation);
  }

  const sequences: { start: number; words: string[] }[] = [];
  for (const m of f.matchAll(CAPS_RE)) {
    // A possessive inside a run ends one name and starts another: "CNN's Kylie Atwood".
    let at = m.index ?? 0;
    let words: string[] = [];
    let begin = at;
    for (const part of m[0].split(/(\s+)/)) {
      if (/^\s+$/.test(part)) { at += part.length; continue; }
      words.push(part);
      at += part.length;
      if (/'s$/.test(part)) {
        sequences.push({ start: begin, words });
        words = [];
        begin = at + (/^\s*/.exec(f.slice(at))?.[0].length ?? 0);
      }
    }
    if (words.length) sequences.push({ start: begin, words });
  }
  for (const seq of sequences) {
    let start = seq.start;
    let words = seq.words;
    const orgLike = ORG_HEAD_SET.has(words[words.length - 1]!.replace(/'s$/, ''));
    // Drop leading words that cannot start a name: function words, titles, nationality adjectives,
    // and a sentence's first word unless the corpus capitalises it mid-sentence too.
    const atSentenceStart = /^["'(\s-]*$/.test(f.slice(0, start));
    let first = true;
    while (words.length) {
      const w = words[0]!.replace(/'s$/, '');
      const drop =
        NOT_NAME.has(w) || (!orgLike && ROLE_WORDS.has(w.toLowerCase())) ||
        // A nationality in front of a body is part of its name ("Russian Foreign Ministry"): the
        // country tells two foreign ministries apart. In front of anything else it is an adjective.
        (w in DEMONYMS && !(orgLike && words.length >= 3 && !GENERIC_SET.has(words.slice(1).join(' ').replace(/'s$/, '')))) ||
        w === 'of' || w === 'for' || w === 'the' ||
        (first && atSentenceStart && !capitalisedMidSentence.has(w) && !PLACE_SET.has(w) && !ORG_SET.has(w) && !(w in ALIASES));
      if (!drop) break;
      start += words[0]!.length;
      start += /^\s*/.exec(f.slice(start))![0].length;
      words = words.slice(1);
      first = false;
    }
    while (words.length && /^(of|for|the)$/.test(words[words.length - 1]!)) words.pop();
    if (!words.length) continue;
    let text = words.join(' ');
    text = text.replace(/'s$/, '');
    const exact = f.slice(start, start + text.length) === text ? text : f.slice(start).split(/[,.;:!?"]/)[0]!.trim().replace(/'s$/, '');
    const end = start + exact.length;
    if (overlaps(start, end)) continue;
    let kind = classify(exact.split(/\s+/));
    if (kind === null) continue;
    if (kind === 'person' && VENUE_OR_SURNAME_SET.has(exact.slice(exact.lastIndexOf(' ') + 1)) && /\b(?:at|in|outside|near)\s+(?:the\s+)?$/.test(f.slice(0, start))) kind = 'place';
    const canonical = kind === 'place' || kind === 'organisation' ? canonicalPlaceOrOrg(exact) : exact;
    mention(start, end, canonical, kind, null, null);
  }
  return out.sort((a, b) => a.start - b.start);
}

function trimName(raw: string, at: number): { text: string; start: number; end: number } | null {
  const words = raw.split(/\s+/);
  const kept: string[] = [];
  for (const w of words) {
    const bare = w.replace(/'s$/, '');
    if (NOT_NAME.has(bare) || PLACE_SET.has(bare) || ORG_SET.has(bare) || bare in ALIASES) break;
    kept.push(bare);
    if (bare !== w) break;
  }
  if (!kept.length) return null;
  const text = kept.join(' ');
  return { text, start: at, end: at + text.length };
}

function classify(words: string[]): MentionKind | null {
  const text = words.join(' ');
  if (PLACE_SET.has(text) || (ALIASES[text] && PLACE_SET.has(ALIASES[text]!))) return 'place';
  if (ORG_SET.has(text) || (ALIASES[text] && ORG_SET.has(ALIASES[text]!))) return 'organisation';
  const last = words[words.length - 1]!;
  // "the Council", "House leaders", "Armed Forces": a kind of body, not a named one.
  if (GENERIC_SET.has(text) || (words.length === 1 && ORG_HEAD_SET.has(text))) return null;
  if (ORG_HEAD_SET.has(last)) return 'organisation';
  if (words.length === 1) {
    if (/^[A-Z]{2,}$/.test(text)) return 'organisation'; // acronym
    if (/^[A-Z]\.$/.test(text) || text.length < 3) return null;
    if (text.includes('-') && text.split('-').every((p) => PLACE_SET.has(p))) return null; // "Belarus-Ukraine"
    return 'name';
  }
  if (VENUE_SET.has(last)) return 'place';
  if (EVENT_SET.has(last)) return null;
  if (words.some((w) => PLACE_SET.has(w) || w in ALIASES || ORG_SET.has(w) || /^[A-Z]{2,}$/.test(w))) return null;
  if (words.some((w) => NOT_NAME.has(w) || w in DEMONYMS)) return null;
  return 'person';
}
