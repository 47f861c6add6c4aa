/** Short reader-facing labels cut from longer text. */
export function shortTitle(text: string): string {
  const t = text.replace(/["\u201c\u201d]/g, '').replace(/[.!?]+$/, '');
  const words = t.split(/\s+/);
  return words.length <= 14 ? t : `${words.slice(0, 12).join(' ')}…`;
}
