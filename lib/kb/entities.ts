/**
 * Which mentions name the same entity, what that entity is called, and which spellings are garbled.
 *
 * People are grouped in three passes:
 * 1. Full names with the same surname and compatible given names ("Sergei"/"Sergey" Lavrov, an
 *    initial for a given name) are one person; spelling variants of a given name are not garbles.
 * 2. A lone capitalised word used as a speaker or after a role is that person's surname when it
 *    equals one, or a garbled surname when it is within a small edit of one (Jaro–Winkler ≥ 0.88,
 *    same first letter, length within 2): "Blingen said" → Blinken.
 * 3. Two different people who never appear in one document, hold the same role, and appear in
 *    sentences that other documents state almost word for word apart from the name, are one person
 *    whose name some sources garbled (see mergeByContext).
 * The canonical name is the form backed by more independent lines of reporting, then by cleaner
 * documents (fewer garbled names), then by more documents.
 */
import { jaroWinkler } from '../text';
import type { Corpus } from './corpus';
import type { Mention } from './mentions';
import type { EntityKind } from './types';
import { UnionFind } from './union-find';

export interface Draft {
  kind: EntityKind;
  /** form → documents and mention count; garbled when the form garbles the canonical name. */
  forms: Map<string, { docs: Set<number>; count: number; garbled: boolean }>;
  roles: Map<string, { display: string; weight: number }>;
  mentions: Mention[];
  /** Set by pass 3: the forms that context showed to be one person. */
  contextMerged: boolean;
}

export interface EntityResolution {
  drafts: Draft[];
  /** Mention → index into drafts. */
  of: Map<Mention, number>;
}

const GARBLE_SIMILARITY = 0.88;

/** Plain code-unit order: unlike localeCompare, the same on every machine and locale. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function surnameOf(name: string): string {
  const w = name.split(/\s+/);
  return w[w.length - 1]!.toLowerCase();
}

function givenOf(name: string): string | null {
  const w = name.split(/\s+/);
  return w.length > 1 ? w[0]! : null;
}

function compatibleGiven(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  if (a === b) return true;
  if (/^[A-Z]\.?$/.test(a) || /^[A-Z]\.?$/.test(b)) return a[0] === b[0];
  return jaroWinkler(a, b) >= 0.85;
}

/**
 * Organisation names that are a shorter form of a longer one: "Security Council" → "UN Security
 * Council" when the two appear in one document and no other organisation ending in the same word
 * ("European Council") appears in a document where the short form does — then the short form can
 * only mean the long one.
 */
export function shortFormsOf(corpus: Corpus, mentions: readonly Mention[]): Map<string, string> {
  const docsOf = new Map<string, Set<number>>();
  for (const m of mentions) {
    if (m.kind !== 'organisation') continue;
    const set = docsOf.get(m.surface) ?? new Set<number>();
    set.add(corpus.sentences[m.sentence]!.doc);
    docsOf.set(m.surface, set);
  }
  const names = [...docsOf.keys()].sort(byCodeUnit);
  const head = (n: string) => n.slice(n.lastIndexOf(' ') + 1);
  const out = new Map<string, string>();
  for (const short of names) {
    if (!short.includes(' ')) continue;
    const longer = names.filter((n) => n.endsWith(` ${short}`));
    if (longer.length !== 1) continue;
    const long = longer[0]!;
    const docs = docsOf.get(short)!;
    if (![...docs].some((d) => docsOf.get(long)!.has(d))) continue;
    const rivals = names.filter((n) => n !== short && n !== long && head(n) === head(short) && [...docsOf.get(n)!].some((d) => docs.has(d)));
    if (rivals.length) continue;
    out.set(short, long);
  }
  return out;
}

export function normaliseRole(role: string): string {
  return role.toLowerCase().replace(/\s+/g, ' ').replace(/^(?:former|acting)\s+/, '');
}

function addForm(d: Draft, m: Mention, doc: number, garbled = false): void {
  let f = d.forms.get(m.surface);
  if (!f) d.forms.set(m.surface, (f = { docs: new Set(), count: 0, garbled }));
  f.docs.add(doc);
  f.count++;
  if (m.role) {
    const key = normaliseRole(m.role);
    const r = d.roles.get(key) ?? { display: m.role, weight: 0 };
    // A role stated in the reporter's own words counts more than one inside a quotation.
    r.weight += m.quoted ? 0.5 : 1;
    d.roles.set(key, r);
  }
  d.mentions.push(m);
}

function newDraft(kind: EntityKind): Draft {
  return { kind, forms: new Map(), roles: new Map(), mentions: [], contextMerged: false };
}

export function resolveEntities(corpus: Corpus, mentions: readonly Mention[]): EntityResolution {
  const drafts: Draft[] = [];
  const of = new Map<Mention, number>();
  const docOf = (m: Mention) => corpus.sentences[m.sentence]!.doc;

  // Organisations and places: one entity per canonical surface, a short form folded into the one
  // longer name it ends ("Security Council" into "UN Security Council", see shortFormsOf).
  const fullName = shortFormsOf(corpus, mentions);
  const byName = new Map<string, number>();
  for (const m of mentions) {
    if (m.kind !== 'organisation' && m.kind !== 'place') continue;
    const key = `${m.kind}:${fullName.get(m.surface) ?? m.surface}`;
    let i = byName.get(key);
    if (i === undefined) {
      i = drafts.push(newDraft(m.kind)) - 1;
      byName.set(key, i);
    }
    addForm(drafts[i]!, m, docOf(m));
    of.set(m, i);
  }

  // Pass 1: full names.
  const people: number[] = [];
  const full = mentions.filter((m) => m.kind === 'person' && m.surface.includes(' '));
  const fullSorted = [...full].sort((a, b) => byCodeUnit(a.surface, b.surface) || a.sentence - b.sentence || a.start - b.start);
  const bySurname = new Map<string, number[]>();
  for (const m of fullSorted) {
    const sur = surnameOf(m.surface);
    const given = givenOf(m.surface);
    const sameSurname = bySurname.get(sur) ?? [];
    let target = sameSurname.find((i) =>
      [...drafts[i]!.forms.keys()].some((f) => f.includes(' ') && surnameOf(f) === sur && compatibleGiven(givenOf(f), given)),
    );
    if (target === undefined) {
      target = drafts.push(newDraft('person')) - 1;
      people.push(target);
      sameSurname.push(target);
      bySurname.set(sur, sameSurname);
    }
    addForm(drafts[target]!, m, docOf(m));
    of.set(m, target);
  }

  // Pass 2: lone words (surnames, garbled surnames, or people known by one name only).
  const singles = mentions.filter((m) => (m.kind === 'name' || m.kind === 'person') && !m.surface.includes(' '));
  const surnames = () => {
    const out: { sur: string; draft: number }[] = [];
    for (const i of people) for (const f of drafts[i]!.forms.keys()) if (f.includes(' ')) out.push({ sur: surnameOf(f), draft: i });
    return out;
  };
  const known = surnames();
  const knownBySurname = new Map<string, number[]>();
  for (const k of known) knownBySurname.set(k.sur, [...(knownBySurname.get(k.sur) ?? []), k.draft]);
  const pick = (cands: number[], doc: number): number | undefined => {
    const uniq = [...new Set(cands)];
    if (uniq.length <= 1) return uniq[0];
    const inDoc = uniq.filter((i) => drafts[i]!.mentions.some((mm) => docOf(mm) === doc));
    const pool = inDoc.length ? inDoc : uniq;
    return pool.sort((a, b) => drafts[b]!.mentions.length - drafts[a]!.mentions.length || a - b)[0];
  };
  const unresolved: Mention[] = [];
  for (const m of singles) {
    const word = m.surface.toLowerCase();
    const exact = pick(knownBySurname.get(word) ?? [], docOf(m));
    if (exact !== undefined) {
      addForm(drafts[exact]!, m, docOf(m));
      of.set(m, exact);
    } else unresolved.push(m);
  }
  // Lone words that are not a known surname: a garble of one when close in spelling and used as a
  // person (speaker or after a role); otherwise a person of their own when used as one.
  const own = new Map<string, number>();
  for (const m of unresolved.sort((a, b) => byCodeUnit(a.surface, b.surface) || a.sentence - b.sentence)) {
    const personLike = m.speaker || m.role !== null || m.kind === 'person';
    if (!personLike) continue;
    const word = m.surface.toLowerCase();
    const close = known.filter(
      (k) => k.sur[0] === word[0] && Math.abs(k.sur.length - word.length) <= 2 && jaroWinkler(k.sur, word) >= GARBLE_SIMILARITY,
    );
    const target = pick(close.map((k) => k.draft), docOf(m));
    if (target !== undefined) {
      addForm(drafts[target]!, m, docOf(m), true);
      of.set(m, target);
      continue;
    }
    let i = own.get(m.surface);
    if (i === undefined) {
      i = drafts.push(newDraft('person')) - 1;
      own.set(m.surface, i);
      people.push(i);
    }
    addForm(drafts[i]!, m, docOf(m));
    of.set(m, i);
  }
  // Lone words used only as names without being speakers but matching a one-word person.
  for (const m of unresolved) {
    if (of.has(m)) continue;
    const i = own.get(m.surface);
    if (i !== undefined) {
      addForm(drafts[i]!, m, docOf(m));
      of.set(m, i);
    }
  }
  return { drafts, of };
}

/** The role key two people must share to be merged by context: the title without its place. */
function roleCore(d: Draft): Set<string> {
  return new Set([...d.roles.keys()].map((r) => r.replace(/\s+to\s+.*$/, '')));
}

export interface ContextEvidence {
  /** Pairs of sentences (different documents) that say the same apart from names. */
  pairs: { a: number; b: number; sim: number }[];
}

/**
 * Pass 3. Two person drafts are one person when they (a) never share a document, (b) share a role
 * title, and (c) occur in a pair of aligned sentences. Returns the number of merges made.
 */
export function mergeByContext(corpus: Corpus, res: EntityResolution, evidence: ContextEvidence): number {
  const docOf = (m: Mention) => corpus.sentences[m.sentence]!.doc;
  const bySentence = new Map<number, Set<number>>();
  for (const [m, i] of res.of) {
    if (res.drafts[i]!.kind !== 'person') continue;
    let s = bySentence.get(m.sentence);
    if (!s) bySentence.set(m.sentence, (s = new Set()));
    s.add(i);
  }
  const sets = new UnionFind(res.drafts.length);
  const find = (i: number) => sets.find(i);
  let merges = 0;
  for (const p of evidence.pairs) {
    const A = bySentence.get(p.a);
    const B = bySentence.get(p.b);
    if (!A || !B) continue;
    for (const x of A) {
      for (const y of B) {
        const rx = find(x);
        const ry = find(y);
        if (rx === ry || A.has(ry) || B.has(rx)) continue;
        const dx = res.drafts[rx]!;
        const dy = res.drafts[ry]!;
        const docsX = new Set(dx.mentions.map(docOf));
        if (dy.mentions.some((m) => docsX.has(docOf(m)))) continue;
        const rolesX = roleCore(dx);
        if (![...roleCore(dy)].some((r) => rolesX.has(r))) continue;
        sets.link(rx, ry);
        merges++;
      }
    }
  }
  if (!merges) return 0;
  // Fold merged drafts into their root; forms from the other side are marked for canonical choice.
  for (let i = 0; i < res.drafts.length; i++) {
    const r = find(i);
    if (r === i) continue;
    const root = res.drafts[r]!;
    const d = res.drafts[i]!;
    root.contextMerged = true;
    for (const [form, f] of d.forms) {
      const g = root.forms.get(form);
      if (g) {
        for (const x of f.docs) g.docs.add(x);
        g.count += f.count;
      } else root.forms.set(form, { docs: new Set(f.docs), count: f.count, garbled: f.garbled });
    }
    for (const [k, v] of d.roles) {
      const g = root.roles.get(k);
      if (g) g.weight += v.weight;
      else root.roles.set(k, { ...v });
    }
    root.mentions.push(...d.mentions);
    d.mentions = [];
    d.forms = new Map();
  }
  for (const [m, i] of res.of) res.of.set(m, find(i));
  return merges;
}

export interface CanonicalChoice {
  name: string;
  /** Forms judged garbled (for the discrepancy list and document quality). */
  garbled: Set<string>;
}

/**
 * Pick a person's canonical name. Forms are grouped by surname (so "Sergei Lavrov" and "Lavrov" vote
 * together); the winning surname group is the one with the most independent lines, then the
 * cleanest documents, then the most documents. Within it the longest full form used most wins.
 */
export function chooseCanonical(
  d: Draft,
  lineOf: (doc: number) => string,
  cleanliness: (doc: number) => number,
): CanonicalChoice {
  const forms = [...d.forms.entries()].filter(([, f]) => f.count > 0);
  if (d.kind !== 'person') {
    // The full name over a short form it ends with ("UN Security Council" over "Security Council").
    const full = (f: string) => (forms.some(([o]) => o !== f && f.endsWith(` ${o}`)) ? 1 : 0);
    const best = forms.sort((a, b) => full(b[0]) - full(a[0]) || b[1].count - a[1].count || byCodeUnit(a[0], b[0]))[0];
    return { name: best?.[0] ?? '', garbled: new Set() };
  }
  const groups = new Map<string, { forms: string[]; docs: Set<number> }>();
  for (const [form, f] of forms) {
    const sur = surnameOf(form);
    const g = groups.get(sur) ?? { forms: [], docs: new Set<number>() };
    g.forms.push(form);
    for (const x of f.docs) g.docs.add(x);
    groups.set(sur, g);
  }
  const score = (g: { docs: Set<number> }) => {
    const docs = [...g.docs];
    const lines = new Set(docs.map(lineOf)).size;
    const clean = docs.reduce((s, x) => s + cleanliness(x), 0) / Math.max(1, docs.length);
    return { lines, clean, docs: docs.length };
  };
  const ranked = [...groups.entries()].sort((a, b) => {
    const x = score(a[1]);
    const y = score(b[1]);
    return y.lines - x.lines || y.clean - x.clean || y.docs - x.docs || byCodeUnit(a[0], b[0]);
  });
  const win = ranked[0]![1];
  const name = [...win.forms].sort((a, b) => {
    const wa = a.split(' ').length;
    const wb = b.split(' ').length;
    return wb - wa || d.forms.get(b)!.count - d.forms.get(a)!.count || byCodeUnit(a, b);
  })[0]!;
  const garbled = new Set<string>();
  for (const [, g] of ranked.slice(1)) for (const f of g.forms) garbled.add(f);
  // Forms marked garbled in pass 2 stay garbled even if their group won nothing.
  for (const [form, f] of forms) if (f.garbled && !win.forms.includes(form)) garbled.add(form);
  return { name, garbled };
}
