/**
 * Spotting KB entities in article sentences by their surface forms: every variant the KB
 * recorded (garbled ones included, flagged), surnames of people, and, for names the KB has never
 * seen garbled this way, capitalised words that are a letter or two away from a person's surname
 * ("Blinkin"). Lookup is by first token, so the cost per article does not grow with the KB.
 */
import type { Entity, Kb } from '../kb/types';
import { isStopword, jaroWinkler, levenshtein, tokenize } from '../text';
import type { ArticleSentence } from './article-text';

export interface Surface {
  tokens: string[];
  entity: string;
  form: string;
  garbled: boolean;
}

export interface EntityMention {
  entity: string;
  /** The words as written on the page. */
  surface: string;
  garbled: boolean;
  /** True when found by spelling similarity rather than a recorded form. */
  fuzzy: boolean;
  sentence: number;
  paragraph: number;
}

export interface EntityIndex {
  byFirstToken: Map<string, Surface[]>;
  /** Surnames of people by first letter, for the spelling-similarity check. */
  surnames: Map<string, { token: string; entity: string }[]>;
  entities: Map<string, Entity>;
  known: Set<string>;
  /** Entity id → every token of its recorded names (for telling "John Sullivan" from "Dan Sullivan"). */
  nameTokens: Map<string, Set<string>>;
}

export function buildEntityIndex(kb: Kb): EntityIndex {
  const byFirstToken = new Map<string, Surface[]>();
  const entities = new Map<string, Entity>();
  const known = new Set<string>();
  const surnameOwners = new Map<string, Set<string>>();
  const nameTokens = new Map<string, Set<string>>();
  const pending: Surface[] = [];

  for (const e of kb.entities) {
    entities.set(e.id, e);
    const forms = [{ form: e.name, garbled: false }, ...e.variants.map((v) => ({ form: v.form, garbled: v.garbled }))];
    if (e.kind === 'place') for (const form of demonyms(e.name)) forms.push({ form, garbled: false });
    for (const { form, garbled } of forms) {
      const tokens = tokenize(form);
      if (tokens.length === 0) continue;
      const own = nameTokens.get(e.id) ?? new Set<string>();
      for (const t of tokens) own.add(t);
      nameTokens.set(e.id, own);
      pending.push({ tokens, entity: e.id, form, garbled });
      // People are mostly referred to by surname after first mention.
      if (e.kind === 'person' && tokens.length > 1) {
        const last = tokens[tokens.length - 1]!;
        if (last.length >= 4 && !isStopword(last)) {
          const owners = surnameOwners.get(last) ?? new Set<string>();
          owners.add(`${e.id}\u0000${garbled ? 1 : 0}\u0000${form}`);
          surnameOwners.set(last, owners);
        }
      }
    }
  }
  // A surname shared by two entities ("Sullivan" the ambassador and "Sullivan" the adviser) is
  // ambiguous alone and only counts with the first name.
  const surnames: { token: string; entity: string }[] = [];
  for (const [last, owners] of surnameOwners) {
    const ids = new Set([...owners].map((o) => o.split('\u0000')[0]!));
    if (ids.size !== 1) continue;
    const [id] = ids;
    const anyClean = [...owners].some((o) => o.split('\u0000')[1] === '0');
    const form = [...owners][0]!.split('\u0000')[2]!;
    pending.push({ tokens: [last], entity: id!, form, garbled: !anyClean });
    if (anyClean) surnames.push({ token: last, entity: id! });
  }
  const seen = new Set<string>();
  for (const s of pending) {
    const key = `${s.entity}\u0000${s.tokens.join(' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const t of s.tokens) known.add(t);
    const list = byFirstToken.get(s.tokens[0]!) ?? [];
    list.push(s);
    byFirstToken.set(s.tokens[0]!, list);
  }
  for (const list of byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length || Number(a.garbled) - Number(b.garbled));
  surnames.sort((a, b) => (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
  const byLetter = new Map<string, { token: string; entity: string }[]>();
  for (const s of surnames) byLetter.set(s.token[0]!, [...(byLetter.get(s.token[0]!) ?? []), s]);
  return { byFirstToken, surnames: byLetter, entities, known, nameTokens };
}

/**
 * Adjectives of place names ("Russian", "Ukrainian", "Chinese", "European"): news names countries
 * through them as often as by name. Only single-word names get them, and a form that is not an
 * English adjective ("Moscowian") simply never occurs, so over-generating costs nothing.
 */
export function demonyms(name: string): string[] {
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(name)) return [];
  const stem = name.slice(0, -1);
  const last = name[name.length - 1]!;
  const out = new Set<string>();
  if (last === 'a') out.add(`${name}n`);
  if (last === 'e') {
    out.add(`${stem}ian`);
    out.add(`${name}an`);
  }
  if (last === 'a' || last === 'e') out.add(`${stem}ese`);
  if (!/[aeiouy]$/.test(name)) out.add(`${name}ian`);
  return [...out];
}

/** A capitalised word a letter or two away from a known surname, and not itself a known word. */
function fuzzySurname(index: EntityIndex, token: string): { token: string; entity: string } | null {
  if (token.length < 5 || index.known.has(token) || isStopword(token)) return null;
  // Remembered per word: an article capitalises the same words again and again, and the spelling
  // comparison against every surname with the same initial is the costly part.
  const cached = fuzzyCache.get(index)?.get(token);
  if (cached !== undefined) return cached;
  const found = fuzzySurnameUncached(index, token);
  let cache = fuzzyCache.get(index);
  if (!cache) fuzzyCache.set(index, (cache = new Map()));
  if (cache.size < FUZZY_CACHE_LIMIT) cache.set(token, found);
  return found;
}

const fuzzyCache = new WeakMap<EntityIndex, Map<string, { token: string; entity: string } | null>>();
const FUZZY_CACHE_LIMIT = 50_000;

function fuzzySurnameUncached(index: EntityIndex, token: string): { token: string; entity: string } | null {
  for (const s of index.surnames.get(token[0]!) ?? []) {
    if (s.token.length < 6) continue;
    if (Math.abs(s.token.length - token.length) > 2) continue;
    if (jaroWinkler(s.token, token) >= 0.9 && levenshtein(s.token, token) <= 2) return s;
  }
  return null;
}

/**
 * `notFirstNames`: for an article in another language, the words of that language that precede a
 * surname without being a first name (lib/event/reading-copy.ts); English uses TITLES alone.
 */
export function findMentions(index: EntityIndex, sentences: ArticleSentence[], notFirstNames?: ReadonlySet<string>): EntityMention[] {
  const out: EntityMention[] = [];
  const taken = surnamesTakenByOthers(index, sentences, notFirstNames);
  for (const s of sentences) {
    const toks = s.tokens;
    for (let i = 0; i < toks.length; ) {
      const candidates = index.byFirstToken.get(toks[i]!);
      let matched: Surface | null = null;
      if (candidates) {
        for (const c of candidates) {
          if (c.tokens.length > toks.length - i) continue;
          let ok = true;
          for (let k = 1; k < c.tokens.length; k++) if (toks[i + k] !== c.tokens[k]) { ok = false; break; }
          // A single lower-case common word is not a name ("price" is not Ned Price).
          if (ok && c.tokens.length === 1 && i > 0 && !s.capitalised[i]) ok = false;
          // "Dan Sullivan" is not John Sullivan: a surname after another first name is someone else.
          if (ok && c.tokens.length === 1 && (taken.has(`${c.entity}\u0000${c.tokens[0]}`) || otherFirstName(index, s, i, c.entity, notFirstNames))) ok = false;
          if (ok) { matched = c; break; }
        }
      }
      if (matched) {
        out.push({ entity: matched.entity, surface: surfaceText(s, i, matched.tokens.length), garbled: matched.garbled, fuzzy: false, sentence: s.index, paragraph: s.paragraph });
        i += matched.tokens.length;
        continue;
      }
      if (s.capitalised[i]) {
        const f = fuzzySurname(index, toks[i]!);
        if (f && otherFirstName(index, s, i, f.entity, notFirstNames)) {
          i++;
          continue;
        }
        if (f) out.push({ entity: f.entity, surface: surfaceText(s, i, 1), garbled: true, fuzzy: true, sentence: s.index, paragraph: s.paragraph });
      }
      i++;
    }
  }
  return out;
}

/** Words that precede a surname without being a first name ("Ambassador Sullivan", "Mr Price"). */
const TITLES = new Set(
  `mr mrs ms miss dr prof sir dame lord lady president vice secretary minister ambassador envoy spokesman spokeswoman spokesperson
  deputy general gen sen senator rep representative gov governor chancellor premier prime foreign state defence defense
  chief director commander adm admiral col colonel lt captain capt sgt judge justice king queen prince pope rev father
  us u.s uk un eu nato russian american ukrainian british french german chinese`.split(/\s+/),
);

/**
 * True when the token before a surname is a capitalised word that is neither a title nor part of
 * the entity's own name, i.e. a different person's first name.
 */
function otherFirstName(index: EntityIndex, s: ArticleSentence, i: number, entity: string, notFirstNames?: ReadonlySet<string>): boolean {
  if (i === 0) return false;
  const prev = s.tokens[i - 1]!;
  const written = s.text.slice(s.starts[i - 1]!, s.ends[i - 1]!);
  if (!/^\p{Lu}/u.test(written)) return false;
  // A gap of punctuation ("Russia, Sullivan") means the words are not one name.
  if (/[^\s]/.test(s.text.slice(s.ends[i - 1]!, s.starts[i]!))) return false;
  if (TITLES.has(prev) || notFirstNames?.has(prev)) return false;
  const own = index.nameTokens.get(entity);
  if (!own) return true;
  if (own.has(prev)) return false;
  // A misspelt first name ("Jon Sulivan") is still the same person, as garbled copies show.
  for (const t of own) if (t.length >= 3 && Math.abs(t.length - prev.length) <= 1 && levenshtein(t, prev) <= 1) return false;
  return true;
}

/**
 * Surnames the article gives to someone else ("coach Dan Sullivan"): once it has, a bare "Sullivan"
 * later in the article is that person too, not the KB's.
 */
function surnamesTakenByOthers(index: EntityIndex, sentences: ArticleSentence[], notFirstNames?: ReadonlySet<string>): Set<string> {
  const taken = new Set<string>();
  for (const s of sentences) {
    for (let i = 1; i < s.tokens.length; i++) {
      // Only a capitalised word can be someone's surname.
      if (!s.capitalised[i]) continue;
      for (const c of index.byFirstToken.get(s.tokens[i]!) ?? []) {
        if (c.tokens.length === 1 && otherFirstName(index, s, i, c.entity, notFirstNames)) taken.add(`${c.entity}\u0000${c.tokens[0]}`);
      }
    }
  }
  return taken;
}

/** The words of tokens [i, i+n) as written in the sentence. */
function surfaceText(s: ArticleSentence, i: number, n: number): string {
  const start = i < s.starts.length ? s.starts[i]! : 0;
  const end = i + n - 1 < s.ends.length ? s.ends[i + n - 1]! : s.text.length;
  return s.text.slice(start, end);
}
