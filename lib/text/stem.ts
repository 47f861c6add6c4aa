/**
 * A light English stemmer: folds plural, past-tense, gerund and a few derivational endings so that
 * rewrites of one sentence ("delivered"/"delivers", "responses"/"response") share their terms. It
 * is deliberately conservative: it never touches short words, numbers or words with apostrophes.
 * Not Porter; a handful of ordered rules whose output is stable and easy to reason about.
 */
const VOWEL = /[aeiouy]/;

function hasVowel(s: string): boolean {
  return VOWEL.test(s);
}

const memo = new Map<string, string>();

export function stem(word: string): string {
  const cached = memo.get(word);
  if (cached !== undefined) return cached;
  const out = stemUncached(word);
  if (memo.size < 200_000) memo.set(word, out);
  return out;
}

function stemUncached(w: string): string {
  if (w.length <= 3 || /[^a-z]/.test(w)) return w;
  let s = w;
  // Plurals and third person.
  if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) s = s.slice(0, -1);
  // Past tense and gerund.
  if (s.endsWith('ied') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('ed') && s.length > 4 && hasVowel(s.slice(0, -2))) s = undouble(s.slice(0, -2));
  else if (s.endsWith('ing') && s.length > 5 && hasVowel(s.slice(0, -3))) s = undouble(s.slice(0, -3));
  // A few derivational endings that rewrites swap freely.
  if (s.endsWith('ational')) s = s.slice(0, -7) + 'ate';
  else if (s.endsWith('ization')) s = s.slice(0, -7) + 'ize';
  else if (s.endsWith('ation') && s.length > 7) s = s.slice(0, -5);
  else if (s.endsWith('ate') && s.length > 6) s = s.slice(0, -3);
  else if (s.endsWith('ness') && s.length > 6) s = s.slice(0, -4);
  else if (s.endsWith('ment') && s.length > 8) s = s.slice(0, -4);
  else if (s.endsWith('ly') && s.length > 5) s = s.slice(0, -2);
  else if (s.endsWith('ic') && s.length > 6) s = s.slice(0, -2);
  // A final silent e varies with the suffix that was removed ("response"/"respond-ed" aside).
  if (s.endsWith('e') && s.length > 4) s = s.slice(0, -1);
  if (s.endsWith('y') && s.length > 4) s = s.slice(0, -1) + 'i';
  return s;
}

function undouble(s: string): string {
  // "planned" → "plan", "stopping" → "stop"; but keep "ll", "ss", "zz" (e.g. "called" → "call").
  const m = /([b-df-hj-kmnp-rtv-z])\1$/.exec(s);
  if (m && !/(ll|ss|zz)$/.test(s)) return s.slice(0, -1);
  return s;
}
