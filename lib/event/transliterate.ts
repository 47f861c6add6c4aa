/**
 * Cyrillic to Latin, for reading names in Russian and Ukrainian text against the KB's (Latin)
 * entity names: "Блинкен" → "Blinken", "Лавров" → "Lavrov". A plain letter table (close to the
 * common English romanisation) is all it takes; the names' grammatical endings ("Блинкеном",
 * "Лаврову") are taken off capitalised words, since the KB names them in the nominative.
 */
const TABLE: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/**
 * Case endings of surnames: the oblique cases of -ов/-ев/-ин names ("Лаврова", "Лавровым") and the
 * instrumental and dative of others ("Блинкеном", "Салливану"). Not a bare -а: "Захарова" and
 * "Кулеба" are nominatives.
 */
const ENDINGS = /(?<=[ое]в|ин)(?:ыми|ым|ом|ой|у|е|а)$|(?<=[^аеёиоуыэюяіїє])(?:ом|ем|ым|у|ю)$/;

export function hasCyrillic(s: string): boolean {
  return /[\u0400-\u04ff]/.test(s);
}

function letters(word: string): string {
  let out = '';
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const t = TABLE[lower];
    if (t === undefined) out += ch;
    else out += ch === lower ? t : t.charAt(0).toUpperCase() + t.slice(1);
  }
  return out;
}

/** Romanise Cyrillic words; capitalised words (names) lose their case ending first. */
export function transliterate(text: string): string {
  return text.replace(/[\u0400-\u04ff]+/g, (w) => {
    const capital = w[0] !== w[0]!.toLowerCase();
    const stem = capital && w.length > 4 ? w.replace(ENDINGS, '') : w;
    return letters(stem);
  });
}
