/**
 * Synthetic seed folders for benchmarks: `syntheticSeeds(n)` returns n news-like documents as
 * { file, bytes } in the shape compileKb takes. Deterministic for a given (n, seed).
 *
 * The documents imitate the real seeds' structure at scale: stories of 3–8 reports each, where some
 * reports are machine-style rewrites of another (words swapped, a surname garbled), dates glued as
 * a " date YYYY-MM-DD " prefix or given as a dateline, headlines on some, quotes, role titles,
 * figures and weekdays, plus boilerplate lines to strip. Names and topics are made up.
 */
import type { SeedInput } from '../../lib/kb/compile';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'vin', 'ter', 'mar', 'sen', 'dro', 'vel', 'ni', 'sha', 'bor', 'ul', 'ten', 'gra', 'mi', 'zo', 'per', 'lan', 'dus', 'ko', 'rei', 'ham', 'sto', 'val'];
const GIVEN = ['Anna', 'Boris', 'Clara', 'David', 'Elena', 'Felix', 'Greta', 'Hugo', 'Irina', 'Jonas', 'Karl', 'Lena', 'Mikhail', 'Nadia', 'Oscar', 'Petra', 'Roman', 'Sofia', 'Tomas', 'Vera'];
const COUNTRIES = ['Poland', 'Germany', 'France', 'Romania', 'Finland', 'Norway', 'Turkey', 'Georgia', 'Moldova', 'Latvia', 'Estonia', 'Hungary', 'Serbia', 'Greece', 'Sweden', 'Austria'];
const CITIES = ['Warsaw', 'Berlin', 'Paris', 'Vienna', 'Geneva', 'Brussels', 'London', 'Tbilisi', 'Ankara', 'Minsk'];
const ROLES = ['Foreign Minister', 'Deputy Foreign Minister', 'Defense Minister', 'Ambassador to the UN', 'Prime Minister', 'President', 'spokesman'];
const TOPICS = [
  'grain', 'pipeline', 'border', 'election', 'sanctions', 'treaty', 'missile', 'refugee', 'tariff', 'reactor', 'harbor',
  'airspace', 'embassy', 'convoy', 'drill', 'summit', 'ceasefire', 'corridor', 'cable', 'satellite', 'budget', 'vaccine',
  'drought', 'bridge', 'railway', 'fishing', 'mining', 'customs', 'visa', 'cyber', 'oil', 'gas', 'wheat', 'steel', 'port',
];
const NOUNS = [
  'agreement', 'proposal', 'statement', 'delegation', 'inspection', 'deadline', 'framework', 'committee', 'mission',
  'reserve', 'shipment', 'talks', 'review', 'dispute', 'exercise', 'deployment', 'quota', 'negotiation', 'report', 'plan',
];
const VERBS = ['delivered', 'rejected', 'approved', 'signed', 'postponed', 'announced', 'criticized', 'welcomed', 'proposed', 'suspended'];
const SYNONYMS: Record<string, string> = {
  said: 'mentioned', told: 'informed', delivered: 'handed over', rejected: 'turned down', approved: 'cleared',
  announced: 'declared', criticized: 'faulted', welcomed: 'greeted', proposed: 'put forward', talks: 'discussions',
  agreement: 'deal', proposal: 'offer', statement: 'declaration', plan: 'scheme', report: 'account', border: 'frontier',
  officials: 'officers', government: 'administration', expected: 'predicted', soon: 'quickly', new: 'recent',
};
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** General English words that any report may use. */
const GENERAL = `the of and to in a for on that with as by at from it was is has have will would said
could after before over under about more than new talks government officials minister country state
week day year month plan deal support policy security forces military border region city talks public
economic trade energy prices market report statement meeting leaders council vote law court police
health school water power service workers union protest election campaign party opposition group
people children families local national international foreign defense budget tax bank money crisis
war peace troops attack aid help build open close start end call meet visit travel send receive
agree reject warn urge ask promise expect continue increase reduce hold keep allow block cut raise
major key top senior former next last early late first second third high low large small long short
strong weak clear serious important possible likely recent current future past final full further`.split(/\s+/);
const FURNITURE = ['For the latest headlines, follow our Google News channel online or via the app.', 'No comments', 'Read more:'];

interface Person {
  given: string;
  surname: string;
  role: string;
  country: string;
}

export function syntheticSeeds(n: number, seed = 20220126): SeedInput[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const surname = () => {
    const s = Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join('');
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const out: SeedInput[] = [];
  const encoder = new TextEncoder();
  let story = 0;
  while (out.length < n) {
    story++;
    // Each story has its own subject words, as real stories do (a made-up word stands for a term
    // such as "pipeline" or "grain corridor" that only this story's reports use).
    const coined = () => Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join('');
    const topic = [`${pick(TOPICS)}-${coined()}`, coined(), `${coined()} ${pick(NOUNS)}`];
    const local = Array.from({ length: 8 }, coined);
    const noun = () => (rnd() < 0.6 ? pick(local) : pick(NOUNS));
    const people: Person[] = Array.from({ length: int(3, 5) }, () => ({ given: pick(GIVEN), surname: surname(), role: pick(ROLES), country: pick(COUNTRIES) }));
    const place = pick(CITIES);
    const year = int(2015, 2024);
    const month = int(1, 12);
    const day = int(1, 26);
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const figures = [int(2, 90) * 1000, int(1, 40) * 100, int(3, 60)];
    const weekday = pick(WEEKDAYS);
    // The original report of the story: sentences of general words mixed with the story's own
    // words (as in real reports, where a story has its own vocabulary), with names, roles, figures,
    // weekdays and quotations in the places news puts them.
    const storyWords = [...local, topic[0]!, topic[1]!, ...Array.from({ length: 12 }, coined)];
    const phrase = (len: number) =>
      Array.from({ length: len }, () => (rnd() < 0.4 ? pick(storyWords) : pick(GENERAL))).join(' ');
    const sentences: string[] = [];
    const p0 = people[0]!;
    const p1 = people[1]!;
    sentences.push(`${p0.country} ${p0.role} ${p0.given} ${p0.surname} ${pick(VERBS)} the ${topic[0]} ${topic[2]} in ${place} on ${weekday}, officials said.`);
    sentences.push(`${p1.country} has moved more than ${figures[0]!.toLocaleString('en-US')} troops near ${place} to ${phrase(6)}.`);
    sentences.push(`“We are ready to ${phrase(int(6, 10))}, but the ${pick(storyWords)} must be fair,” ${p0.surname} said.`);
    sentences.push(`${p1.role} ${p1.given} ${p1.surname} told reporters that the ${topic[2]} was “${phrase(int(5, 8))}.”`);
    for (const p of people.slice(2)) {
      sentences.push(`${p.country} ${p.role} ${p.given} ${p.surname} ${pick(VERBS)} the ${phrase(int(5, 9))}.`);
      sentences.push(`“The ${phrase(int(6, 10))},” ${p.surname} said.`);
    }
    sentences.push(`About ${figures[1]!.toLocaleString('en-US')} ${pick(storyWords)} inspectors are expected in ${place} by ${pick(WEEKDAYS)}, and ${figures[2]} cases remain open.`);
    for (let k = 0; k < int(4, 9); k++) {
      const s = phrase(int(8, 16));
      sentences.push(`${s[0]!.toUpperCase()}${s.slice(1)}${rnd() < 0.3 ? `, ${pick(people).surname} said` : ''}.`);
    }
    const headline = `${p0.surname} ${pick(VERBS)} ${topic[0]} ${topic[2]} in ${place}`;
    const reports = int(3, 8);
    for (let r = 0; r < reports && out.length < n; r++) {
      const rewrite = r > 0 && rnd() < 0.6;
      const garble = rewrite && rnd() < 0.5;
      let body = sentences.filter(() => r === 0 || rnd() < 0.8);
      if (rewrite) {
        body = body.map((s) => s.replace(/\b[a-z]+\b/g, (w) => (SYNONYMS[w] && rnd() < 0.5 ? SYNONYMS[w]! : w)));
        if (garble) {
          const g = p0.surname.slice(0, -2) + pick(['ng', 'gen', 'ks', 'ff']);
          body = body.map((s) => s.split(p0.surname).join(g));
        }
      }
      // Group sentences into paragraphs of one or two sentences, with furniture sprinkled in.
      const paragraphs: string[] = [];
      for (let i = 0; i < body.length; ) {
        const size = int(1, 2);
        paragraphs.push(body.slice(i, i + size).join(' '));
        i += size;
      }
      if (rnd() < 0.3) paragraphs.splice(int(1, paragraphs.length - 1), 0, pick(FURNITURE.slice(0, 2)));
      const dateStyle = rnd();
      let text: string;
      if (dateStyle < 0.6) text = ` date ${iso} ${rnd() < 0.4 ? `${headline}\n\n` : ''}${paragraphs.join('\n\n')}\n`;
      else if (dateStyle < 0.85) text = `${MONTHS[month - 1]} ${day + 1}, ${year}\n\n${headline}\n\n${paragraphs.join('\n\n')}\n`;
      else text = `${headline}\n\n${paragraphs.join('\n\n')}\n`;
      const index = out.length;
      out.push({ file: `${String(index).padStart(5, '0')}_story${story}.txt`, bytes: encoder.encode(text) });
    }
  }
  return out;
}
