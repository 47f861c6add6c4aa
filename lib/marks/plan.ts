/**
 * What to mark on the page, decided from the analysis alone: one mark per distinct sentence, its
 * tone ("same as the coverage" or "differs from the coverage") and the words of its hover card.
 */
import type { Alignment, AlignmentKind } from '../match/types';

export type MarkTone = 'same' | 'differs';

export interface MarkSpec {
  /** Stable within one analysis: "m" + paragraph + "-" + order of the sentence. */
  id: string;
  paragraph: number;
  sentence: string;
  tone: MarkTone;
  /** KB facts this sentence states (for "open the sidebar at that fact"). */
  facts: string[];
  /** Lines for the hover card, most important first, no duplicates. */
  notes: string[];
}

export function toneOf(kind: AlignmentKind): MarkTone {
  return kind === 'same' || kind === 'quote-same' ? 'same' : 'differs';
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Also reported by 3 sources in 2 lines of reporting". */
export function corroborationNote(documentCount: number, lineCount: number): string {
  return `Also reported by ${plural(documentCount, 'source', 'sources')} in ${plural(lineCount, 'line', 'lines')} of reporting`;
}

function noteFor(a: Alignment): string {
  if (toneOf(a.kind) === 'differs') return a.detail.trim() || 'Sources differ on this';
  if (a.documentCount > 0) return corroborationNote(a.documentCount, a.lineCount);
  return a.detail.trim() || 'Also in the coverage';
}

/**
 * Group alignments by sentence. A sentence that differs from the coverage in any way is marked as
 * differing (the reader should notice it), and its card lists every note.
 */
export function planMarks(alignments: readonly Alignment[]): MarkSpec[] {
  const bySentence = new Map<string, MarkSpec>();
  const order: MarkSpec[] = [];
  for (const a of alignments) {
    const sentence = a.sentence.trim();
    if (!sentence) continue;
    const key = `${a.paragraph}\u0000${sentence}`;
    let spec = bySentence.get(key);
    if (!spec) {
      spec = { id: `m${a.paragraph}-${order.length}`, paragraph: a.paragraph, sentence, tone: 'same', facts: [], notes: [] };
      bySentence.set(key, spec);
      order.push(spec);
    }
    if (toneOf(a.kind) === 'differs') spec.tone = 'differs';
    if (a.fact && !spec.facts.includes(a.fact)) spec.facts.push(a.fact);
    const note = noteFor(a);
    if (toneOf(a.kind) === 'differs') {
      if (!spec.notes.includes(note)) spec.notes.unshift(note);
    } else if (!spec.notes.includes(note)) {
      spec.notes.push(note);
    }
  }
  return order;
}
