/**
 * Stage 1, parse: seed files in, the corpus out. Files are sorted by name (so the KB does not depend
 * on the order the files were listed in), each is decoded, validated and parsed, and the documents
 * are split into sentences.
 */
import { buildCorpus, type Corpus } from '../corpus';
import { KbInputError } from '../errors';
import { documentIds } from '../ids';
import { decodeSeed } from '../input';
import { parseDocument } from '../parse-document';

export interface SeedInput {
  file: string;
  bytes: Uint8Array;
}

export interface ParseStage {
  /** Document ids, in corpus order (file-name order). */
  ids: string[];
  corpus: Corpus;
}

export function parseStage(inputs: readonly SeedInput[]): ParseStage {
  const sorted = [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.file === sorted[i - 1]!.file) throw new KbInputError(sorted[i]!.file, 'the same file name is given twice');
  }
  const parsed = sorted.map((s) => {
    const doc = parseDocument(decodeSeed(s.file, s.bytes));
    if (!doc.paragraphs.length) throw new KbInputError(s.file, 'no article text is left after removing headline, date and site furniture');
    return doc;
  });
  const ids = documentIds(sorted.map((s) => s.file));
  const corpus = buildCorpus(parsed.map((p, i) => ({ id: ids[i]!, file: sorted[i]!.file, parsed: p })));
  return { ids, corpus };
}
