/**
 * How other languages spell Russian and Ukrainian names that the KB writes in English romanisation:
 * German writes "Lawrow", "Gruschko", "Nebensja", "Sergej"; French "Grouchko", "Poutine", "Sergueï";
 * Spanish "Serguéi"; Italian "Serghei". Each language transcribes the Cyrillic by its own letter
 * rules, so the forms are generated from the KB's names by those rules (below, per language) rather
 * than listed: a KB about other people gets their forms the same way. Forms are written as the
 * reading copy has them (no diacritics, lower case), and a generated form that never occurs costs
 * nothing.
 *
 * The rules are the usual transcription conventions (German and French Duden / press style,
 * Spanish and Italian press style), applied to the English romanisation, not to the Cyrillic.
 */

type Rule = [RegExp, string];

const VOWEL = '[aeiou]';

const RULES: Record<string, Rule[]> = {
  de: [
    [/shch/g, '\u0003'],
    [/zh/g, '\u0002'],
    [/z/g, 's'],
    [/ts/g, 'z'],
    [/kh/g, '\u0001'],
    [/ch/g, 'tsch'],
    [/\u0001/g, 'ch'],
    [/sh|\u0002/g, 'sch'],
    [/\u0003/g, 'schtsch'],
    [/y([aeou])/g, 'j$1'],
    [new RegExp(`(?<=${VOWEL})y`, 'g'), 'j'],
    [/iy$/g, 'i'],
    [/y/g, 'i'],
    [/ia$/g, 'ja'],
    [new RegExp(`(?<=${VOWEL})s(?=${VOWEL})`, 'g'), 'ss'],
    [/v/g, 'w'],
  ],
  fr: [
    [/shch/g, 'chtch'],
    [/zh/g, 'j'],
    [/ch/g, 'tch'],
    [/sh/g, 'ch'],
    [/u/g, 'ou'],
    [/g(?=[ei])/g, 'gu'],
    [/y([aeou])/g, 'i$1'],
    [/iy$/g, 'i'],
    [/y/g, 'i'],
    [new RegExp(`(?<=${VOWEL})s(?=${VOWEL})`, 'g'), 'ss'],
    [/in$/g, 'ine'],
  ],
  es: [
    [/kh/g, 'j'],
    [/g(?=[ei])/g, 'gu'],
    [/y([aeou])/g, 'i$1'],
    [/iy$/g, 'i'],
    [/y/g, 'i'],
  ],
  it: [
    [/shch/g, 'sc'],
    [/sh(?=[ei])/g, 'sc'],
    [/g(?=[ei])/g, 'gh'],
    [/kh/g, 'ch'],
    [/y([aeou])/g, 'j$1'],
    [/iy$/g, 'ij'],
    [new RegExp(`(?<=${VOWEL})y$`, 'g'), 'j'],
    [/y$/g, 'ij'],
    [/y/g, 'i'],
  ],
};

/** The language's spellings of one name word (lower case), the word itself excluded. */
export function spellingsOf(word: string, lang: string): string[] {
  const rules = RULES[lang];
  if (!rules) return [];
  let out = word.toLowerCase();
  for (const [re, to] of rules) out = out.replace(re, to);
  const forms = new Set([out]);
  // German genitive: "Lawrows Sprecherin".
  if (lang === 'de') forms.add(`${out}s`);
  forms.delete(word.toLowerCase());
  return [...forms];
}

/** Local spelling → the KB's spelling, for every word of the given names. */
export function spellingTable(names: readonly string[], lang: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const name of names) {
    for (const word of name.split(/[\s-]+/)) {
      if (word.length < 4 || !/^\p{Lu}/u.test(word)) continue;
      for (const form of spellingsOf(word, lang)) if (!table.has(form)) table.set(form, word);
    }
  }
  return table;
}

/** Capitalised words of `text` spelt the language's way written as the KB spells them. */
export function respell(text: string, table: ReadonlyMap<string, string>): string {
  if (table.size === 0) return text;
  return text.replace(/\p{Lu}[\p{L}]+/gu, (w) => table.get(w.toLowerCase()) ?? w);
}
