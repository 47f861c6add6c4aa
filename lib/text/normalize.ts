/**
 * Character-level normalisation shared by every text utility. News text mixes curly and straight
 * quotes, several dash characters and non-breaking spaces; comparing words across sources only
 * works once those are folded to one form. Each replacement keeps the string length unchanged so
 * that offsets into the normalised text are offsets into the original too.
 */
const FOLD: Record<string, string> = {
  '\u2018': "'", // left single quote
  '\u2019': "'", // right single quote / apostrophe
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
};

const FOLD_RE = /[\u2018\u2019\u201A\u201B\u2032\u201C-\u201F\u00AB\u00BB\u2010-\u2015\u2212\u00A0\u2007\u202F\u2009\u200A]/g;

/** Fold typographic quotes, dashes and spaces to ASCII; same length as the input. */
export function foldPunctuation(text: string): string {
  return text.replace(FOLD_RE, (c) => FOLD[c] ?? c);
}

/** Collapse runs of whitespace to one space and trim. */
export function squeezeSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
