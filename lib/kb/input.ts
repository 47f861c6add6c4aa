/**
 * Turning a seed file's bytes into text, or refusing it. Seeds are short news reports (a few KB);
 * anything far larger is almost certainly a mistake (a dump, an archive, a binary) and would slow
 * every build, so the cap is deliberately low.
 */
import { KbInputError } from './errors';

/** Largest accepted seed file: 1 MiB. A long news article is 10–50 KB. */
export const MAX_SEED_BYTES = 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeSeed(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new KbInputError(file, 'the file is empty');
  if (bytes.length > MAX_SEED_BYTES) {
    throw new KbInputError(
      file,
      `the file is ${formatSize(bytes.length)}, larger than the ${formatSize(MAX_SEED_BYTES)} limit for a seed document`,
    );
  }
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) throw new KbInputError(file, `the file is binary (NUL byte at offset ${i}), not a text document`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new KbInputError(file, `the file is not valid UTF-8 text (first bad byte at offset ${firstInvalidUtf8(bytes)})`);
  }
  // Control characters other than tab, newline, carriage return and form feed mean binary data.
  let controls = 0;
  let firstControl = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) {
      controls++;
      if (firstControl < 0) firstControl = i;
    }
  }
  if (controls > 0) {
    throw new KbInputError(file, `the file contains ${controls} control character(s) (first at character ${firstControl}); it looks binary, not a text document`);
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') throw new KbInputError(file, 'the file contains only whitespace');
  return text.replace(/^\uFEFF/, '');
}

function formatSize(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
