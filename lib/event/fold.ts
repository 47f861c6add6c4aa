/**
 * Text folded for lexicon lookups in any supported language: lower case, Latin diacritics removed
 * ("übergab" → "ubergab", "réunion" → "reunion"), "ё" read as "е", typographic apostrophes and
 * dashes made plain, whitespace collapsed. Cyrillic and other scripts keep their letters.
 */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, (m, offset: number, whole: string) => {
      // Keep the breve of "й" (и + U+0306): it is a letter of its own in Russian and Ukrainian.
      return m === '\u0306' && /[иИ]/.test(whole[offset - 1] ?? '') ? m : '';
    })
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐-―]/g, '-')
    .replace(/\s+/g, ' ');
}
