/**
 * Numbers as news text writes them: "100,000", "1.5 million", "nearly 5,000", "three", "tens of
 * thousands". Dates, clock times and bare years are not counts and are skipped: "26 January",
 * "7:09", "2022".
 */
import { foldPunctuation } from './normalize';

export interface NumberMention {
  /** The words as written, qualifier included ("more than 100,000"). */
  text: string;
  /** The value; for vague amounts ("tens of thousands") the smallest value the words allow. */
  value: number;
  start: number;
  end: number;
  /** True when the words give a bound or an estimate rather than an exact figure. */
  approximate: boolean;
  /** "more than", "nearly", ... when present, lower-case. */
  qualifier: string | null;
}

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

const SCALE: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

const VAGUE: Record<string, number> = { dozens: 24, hundreds: 200, thousands: 2_000, millions: 2_000_000 };

const QUALIFIERS = [
  'more than', 'less than', 'fewer than', 'at least', 'at most', 'up to', 'nearly', 'almost', 'about',
  'around', 'roughly', 'approximately', 'some', 'over', 'under', 'as many as', 'an estimated',
];

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';

const NUMBER_RE = new RegExp(
  [
    // "tens of thousands", "hundreds of thousands"
    String.raw`\b(tens|hundreds|dozens)\s+of\s+(thousands|millions|billions)\b`,
    // "thousands of", "hundreds of", "dozens of"
    String.raw`\b(dozens|hundreds|thousands|millions)\s+of\b`,
    // digits with separators, optional scale word
    String.raw`(?<![\d.,:])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d:])(?:\s+(hundred|thousand|million|billion)\b)?`,
    // number words
    String.raw`\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|a\s+dozen)\b(?:\s+(hundred|thousand|million|billion)\b)?`,
  ].join('|'),
  'gi',
);

export function parseNumbers(text: string): NumberMention[] {
  const t = foldPunctuation(text);
  const out: NumberMention[] = [];
  for (const m of t.matchAll(NUMBER_RE)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    let value: number;
    let approximate = false;
    if (m[1] && m[2]) {
      value = (m[1].toLowerCase() === 'tens' ? 10 : m[1].toLowerCase() === 'dozens' ? 24 : 100) *
        (SCALE[m[2].toLowerCase().replace(/s$/, '')] ?? 1);
      approximate = true;
    } else if (m[3]) {
      value = VAGUE[m[3].toLowerCase()] ?? 0;
      approximate = true;
    } else if (m[4]) {
      const digits = m[4];
      const before = t.slice(Math.max(0, at - 12), at).toLowerCase();
      const after = t.slice(end, end + 12).toLowerCase();
      if (new RegExp(`(?:${MONTHS})\\.?\\s*$`).test(before) || new RegExp(`^\\s*(?:${MONTHS})\\b`).test(after)) continue;
      if (/^\d{4}$/.test(digits) && +digits >= 1800 && +digits <= 2100 && !m[5]) continue;
      if (/^(st|nd|rd|th)\b/i.test(after)) continue;
      value = Number(digits.replace(/,/g, '')) * (m[5] ? SCALE[m[5].toLowerCase()]! : 1);
    } else if (m[6]) {
      const word = m[6].toLowerCase().replace(/^a\s+/, '');
      value = (SMALL[word] ?? 0) * (m[7] ? SCALE[m[7].toLowerCase()]! : 1);
      // "one" is most often a pronoun ("no one", "one of them"); keep it only before a plural noun.
      if (word === 'one' && !m[7]) continue;
    } else {
      continue;
    }
    const head = t.slice(Math.max(0, at - 20), at).toLowerCase();
    let qualifier: string | null = null;
    let start = at;
    for (const q of QUALIFIERS) {
      if (head.endsWith(q + ' ')) {
        qualifier = q;
        start = at - q.length - 1;
        approximate = true;
        break;
      }
    }
    out.push({ text: text.slice(start, end), value, start, end, approximate, qualifier });
  }
  return out;
}
