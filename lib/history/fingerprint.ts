/**
 * Short, stable fingerprints of KB facts, stored with each article so that a rebuilt KB (new seeds,
 * better compiler) can be compared with what the reader actually saw.
 */
import type { Fact, Kb } from '../kb/types';

/** 32-bit FNV-1a as 8 hex digits: small, fast, deterministic; collisions only cost a missed notice. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * What a reader would notice changing about a fact: its wording, how many sources and lines of
 * reporting back it, the numbers it states and its date. Ids and source positions are left out
 * because a rebuild may renumber them without changing anything the reader saw.
 */
export function fingerprintFact(fact: Fact): string {
  return fnv1a(JSON.stringify([fact.text, fact.documentCount, fact.lineCount, fact.numbers.map((n) => n.value), fact.date]));
}

/** One fingerprint for all the KB's facts, so unchanged KBs skip the per-fact comparison. */
export function kbFingerprint(kb: Pick<Kb, 'facts'>): string {
  return fnv1a(kb.facts.map(fingerprintFact).sort().join(','));
}
