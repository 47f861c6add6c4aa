/**
 * Short timeline labels. The fact keeps its full sentence; the timeline shows what happened on
 * the day in a few words: a planned event as "Planned phone call between A and B", a dated noun
 * phrase ("Monday's Security Council meeting over …") as that phrase, anything else as its main
 * clause with the speaker kept ("Jane Roe said …": saying it is what happened that day), the
 * weekday left out (the date is shown next to it) and role titles dropped before names.
 */
import { MONTHS } from './dates';
import { TITLE_MAX_CHARS, cutAtPhrase, mainClause } from './story-title';
import { stripConnective } from './wording';
import { compact } from './title-frames';

const WD = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** "a planned phone call between A and B (on) Tuesday": the adjective and the event it qualifies. */
const PLANNED_NP_RE = new RegExp(
  String.raw`\b(?:a|an|the)\s+(planned|expected|scheduled|proposed|upcoming|anticipated)\s+([^.;:"“”]{3,160}?)\s+(?:on\s+|next\s+|this\s+)?${WD}\b(?!['’]s)`,
  'i',
);
/** "A and B will speak (on) Tuesday", "… is expected to meet Tuesday": a planned event told as a clause. */
const PLANNED_CLAUSE_RE = new RegExp(
  String.raw`(?:^|,\s+|\bthat\s+)([A-Z][^.;:,"“”]{1,80}?\s+(?:will|is\s+(?:expected|scheduled|set|due)\s+to|are\s+(?:expected|scheduled|set|due)\s+to|plans?\s+to|intends?\s+to)\s+[^.;:,"“”]{3,100}?)\s+(?:on\s+|next\s+|this\s+)?${WD}\b(?!['’]s)`,
);
/** "Monday's meeting of …": the event the possessive weekday dates. */
const POSSESSIVE_RE = new RegExp(String.raw`\b${WD}['’]s\s+([^.;:"“”]{3,160})`);
/**
 * "US officials have warned that C -- a message reiterated by P on Monday": what happened that
 * day is P repeating the warning, not the background the sentence opens with.
 */
const ECHO_RE = new RegExp(
  String.raw`\b(warning|saying|insisting|arguing|stressing)\s+that\s+([^"“”]{8,200}?)\s*(?:--|\u2013|\u2014|,)\s*(?:a|the)\s+(?:message|warning|point|call|position|view)\s+([a-z]+ed)\s+by\s+((?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*)\s+(?:on\s+)?${WD}\b`,
);
const ECHO_NOUN: Record<string, string> = { warning: 'warning', saying: 'message', insisting: 'position', arguing: 'argument', stressing: 'point' };
/** "a renewed invasion would result in sanctions": a warning's condition and its consequence. */
const CONSEQUENCE_RE = /^(.{6,}?)\s+would\s+(?:result\s+in|lead\s+to|bring(?:\s+about)?|trigger|mean)\s+(.{3,})$/;
/**
 * "A senior State Department official and a State Department spokesperson confirmed …": unnamed
 * officials of one body, written as "State Department officials" (one: "A State Department
 * spokesperson" stays as it is).
 */
const BODY_OFFICIALS_RE =
  /^(?:an?|the)\s+(?:(?:senior|top|chief)\s+)?((?:[A-Z][\w.'-]*\s+){1,4})(?:official|spokesperson|spokesman|spokeswoman|diplomat)\s+and\s+(?:an?|the)\s+(?:(?:senior|top|chief)\s+)?\1(?:official|spokesperson|spokesman|spokeswoman|diplomat)\s+/i;
const WEEKDAY_RE = new RegExp(String.raw`\s*,?\s*\b(?:(?:on|late|later|earlier|last|this)\s+)?${WD}\b(?!['’]s)`, 'g');

/** "Jane Roe added that she …": a speaker telling of herself. */
const SELF_REPORT_RE = /^((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+(?:said|added|told\s+\w+|noted|stressed|indicated|explained)\s+that\s+(?:he|she)\s+/;

const capitalise = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** A person as a sentence names them: the role title written before the name, and the name. */
export interface TitledName {
  role: string;
  surface: string;
}

/**
 * "US Secretary of State Antony Blinken" → "Antony Blinken": a title written straight before the
 * name goes, with the owner words before it. A description ("the US ambassador to Russia, John
 * Sullivan") stays: it follows an article, or a comma separates it from the name.
 */
export function dropRoleTitles(text: string, people: readonly TitledName[]): string {
  let t = text;
  for (const p of people) {
    const phrase = `${p.role} ${p.surface}`;
    for (let at = t.indexOf(phrase); at >= 0; at = t.indexOf(phrase, at + 1)) {
      if (at > 0 && !/\s/.test(t[at - 1]!)) continue;
      // Owner words: the run of capitalised words straight before the title (at most three).
      let start = at;
      let owners = 0;
      for (let m = OWNER_RE.exec(t.slice(0, start)); m && owners < 4; m = OWNER_RE.exec(t.slice(0, start))) {
        start = m.index;
        owners++;
      }
      if (owners > 3) continue;
      const before = /(\S+)\s+$/.exec(t.slice(0, start))?.[1] ?? '';
      if (/^(?:the|a|an)$/i.test(before)) continue;
      t = t.slice(0, start) + t.slice(at + p.role.length + 1);
      at = start;
    }
  }
  return t;
}
/** A capitalised word (with its space) at the end of the text before a role title. */
const OWNER_RE = /(?<![A-Za-z.])[A-Z][A-Za-z.]*\s+$/;

/** True when the text speaks of a weekday's event as planned or expected, not as done. */
/** The text without its relative weekdays ("said Tuesday that" → "said that"); possessives stay. */
export function dropWeekdays(text: string): string {
  return text.replace(WEEKDAY_RE, '');
}

/**
 * The text with its one relative weekday written as the date it was resolved to ("proceeded
 * Monday" → "proceeded on 31 January"); with several weekdays or no date, the weekdays go.
 */
export function datedWeekday(text: string, isoDate: string | null): string {
  const found = [...text.matchAll(WEEKDAY_RE)];
  if (!isoDate || found.length !== 1) return dropWeekdays(text);
  // The date is the claim's; a weekday naming another day ("will hold a call on Tuesday" in a
  // claim of Monday) is not that date, and is dropped rather than written wrong.
  const named = /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/.exec(found[0]![0])![1]!;
  const weekday = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][new Date(`${isoDate}T00:00:00Z`).getUTCDay()]!;
  if (named !== weekday) return dropWeekdays(text);
  const month = MONTHS[+isoDate.slice(5, 7) - 1]!;
  const day = +isoDate.slice(8, 10);
  return text.replace(WEEKDAY_RE, ` on ${day} ${month[0]!.toUpperCase()}${month.slice(1)}`);
}

export function isPlanned(text: string): boolean {
  return PLANNED_NP_RE.test(text) || PLANNED_CLAUSE_RE.test(text);
}

export function timelineLabel(text: string, people: readonly TitledName[]): string {
  const t = dropRoleTitles(stripConnective(text), people);
  const np = PLANNED_NP_RE.exec(t);
  if (np) return cutAtPhrase(`${capitalise(np[1]!.toLowerCase())} ${mainClause(np[2]!)}`);
  const clause = PLANNED_CLAUSE_RE.exec(t);
  if (clause) return cutAtPhrase(`Planned: ${mainClause(clause[1]!)}`);
  const echo = ECHO_RE.exec(t);
  if (echo) {
    const full = `${echo[4]!} ${echo[3]!} the ${ECHO_NOUN[echo[1]!]} that ${echo[2]!}`;
    // Too long to show whole, a warning is told by what it warned of: "P warned of Y" (the
    // condition follows when there is room), not cut before its consequence.
    const consequence = echo[1] === 'warning' ? CONSEQUENCE_RE.exec(echo[2]!) : null;
    if (full.length > TITLE_MAX_CHARS && consequence) return cutAtPhrase(`${echo[4]!} warned of ${consequence[2]!} for ${consequence[1]!}`);
    return cutAtPhrase(full);
  }
  const possessive = POSSESSIVE_RE.exec(t);
  if (possessive) {
    const phrase = compact(mainClause(possessive[1]!, { keepSpeaker: true }));
    if (phrase.split(' ').length >= 2) return cutAtPhrase(capitalise(phrase));
  }
  const officials = BODY_OFFICIALS_RE.exec(t);
  const body = officials ? `${officials[1]!.trim()} officials ${t.slice(officials[0].length)}` : t;
  const label = mainClause(dropWeekdays(body), { keepSpeaker: true });
  // Too long to show whole, "X added that he hopes …" is "X hopes …": the speaker is the subject.
  const self = label.length > TITLE_MAX_CHARS ? SELF_REPORT_RE.exec(label) : null;
  return cutAtPhrase(self ? `${self[1]!} ${label.slice(self[0].length)}` : label);
}
