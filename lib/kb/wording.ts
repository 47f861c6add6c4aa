/**
 * Making a source's sentence read on its own. Reporters chain sentences ("And he added…",
 * "Likewise, the response…", "The secretary indicated…"); shown alone as a fact, such a sentence
 * leaves the reader asking who "he" is. These helpers only find and rewrite the opening of a
 * sentence; which name stands in for a pronoun is decided by the caller from the sentence before.
 */

/** Openings that tie a sentence to the one before it and carry no claim of their own. */
const CONNECTIVE_RE =
  /^(?:and|but|also|likewise|similarly|meanwhile|however|moreover|furthermore|additionally|in addition|besides|still|yet|so|plus|then)\b,?\s+/i;

/** A role noun that stands for a person named earlier ("the secretary", "the top US diplomat"). */
export const ROLE_NOUNS = [
  'secretary', 'official', 'minister', 'diplomat', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy',
  'president', 'leader', 'chancellor', 'senator', 'general', 'chief', 'adviser', 'advisor', 'envoy', 'prime minister',
];
const ROLE_SUBJECT_RE = new RegExp(`^the\\s+(?:[A-Za-z.]+\\s+){0,3}?(${ROLE_NOUNS.join('|')})\\b(?!['’]s)`, 'i');
const PRONOUN_SUBJECT_RE = /^(?:he|she)\b(?!['’])/i;
/** Other openings whose subject only the previous sentence explains. */
const OTHER_DEPENDENT_RE = /^(?:it|this|that|these|those|they|his|her|their|its)\b/i;

export interface LeadingSubject {
  /** Length of the subject phrase at the start of the text. */
  length: number;
  kind: 'pronoun' | 'role';
  /** The role noun, for kind 'role' ("secretary"). */
  noun: string | null;
}

/** The text without an opening connective ("And", "But", "Likewise,"), first letter capitalised. */
export function stripConnective(text: string): string {
  const m = CONNECTIVE_RE.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  // "So far" and "Still more" are not connectives worth removing when nothing sensible follows.
  if (rest.length < 12) return text;
  return rest[0]!.toUpperCase() + rest.slice(1);
}

/** A pronoun ("he", "she") or a role phrase ("the secretary") that opens the text as its subject. */
export function leadingSubject(text: string): LeadingSubject | null {
  const p = PRONOUN_SUBJECT_RE.exec(text);
  if (p) return { length: p[0].length, kind: 'pronoun', noun: null };
  const r = ROLE_SUBJECT_RE.exec(text);
  if (r) return { length: r[0].length, kind: 'role', noun: r[1]!.toLowerCase() };
  return null;
}

/** True when the sentence leans on the one before it: an opening connective, pronoun or role phrase. */
export function dependsOnContext(text: string): boolean {
  const t = text.replace(/^["“'‘(\s]+/, '');
  if (CONNECTIVE_RE.test(t)) return true;
  return leadingSubject(t) !== null || OTHER_DEPENDENT_RE.test(t);
}

/**
 * The sentence made to stand alone: opening connective removed, and an opening pronoun or role
 * phrase replaced by `nameFor(subject)` when the caller can say unambiguously who it is.
 */
export function standalone(text: string, nameFor: (subject: LeadingSubject) => string | null): string {
  let t = stripConnective(text);
  const subject = leadingSubject(t);
  if (subject) {
    const name = nameFor(subject);
    if (name) t = name + t.slice(subject.length);
  }
  // A closing attribution by role ("…, the official told reporters") names its person too.
  const tail = TRAILING_ROLE_RE.exec(t);
  if (tail) {
    const name = nameFor({ length: tail[1]!.length, kind: 'role', noun: tail[2]!.toLowerCase() });
    if (name) t = t.slice(0, tail.index + tail[0].indexOf(tail[1]!)) + name + t.slice(tail.index + tail[0].indexOf(tail[1]!) + tail[1]!.length);
  }
  return t;
}

/** ", the official told reporters …" / ", the secretary said." closing a sentence. */
const TRAILING_ROLE_RE = new RegExp(
  `,\\s+(the\\s+(?:[A-Za-z.]+\\s+){0,3}?(${ROLE_NOUNS.join('|')}))\\s+(?:said|says|told|added|explained|noted|stressed|indicated)\\b[^,;]*$`,
  'i',
);
