/** Whitespace as a reader sees it: runs of spaces, tabs, newlines and no-break spaces become one space. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, ' ').trim();
}
