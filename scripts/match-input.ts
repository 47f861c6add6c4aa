/**
 * Reading a saved page or text file into an ExtractedArticle for the `match` and `corpus`
 * commands, with the same extraction code the extension runs (linkedom provides the Document).
 * Unreadable inputs (missing, a directory, binary, not UTF-8) raise MatchInputError naming the file.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Browser } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../lib/extract/extract-article';
import { readabilityFallback } from '../lib/extract/readability-fallback';
import { articleFromPlainText } from '../lib/extract/plain-text';
import type { ExtractedArticle } from '../lib/match/types';

export class MatchInputError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'MatchInputError';
  }
}

/** Larger than any news page; a file this big is a mistake, not an article. */
const MAX_BYTES = 20 * 1024 * 1024;

export function readInput(file: string): { text: string; html: boolean } {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new MatchInputError(file, 'is a directory, not a saved page or text file');
    if (!st.isFile()) throw new MatchInputError(file, 'is not a regular file');
    size = st.size;
  } catch (e) {
    if (e instanceof MatchInputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new MatchInputError(file, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? String(e)})`);
  }
  if (size > MAX_BYTES) throw new MatchInputError(file, `is ${Math.round(size / 1024 / 1024)} MB, too large for a page or article`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new MatchInputError(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  if (bytes.includes(0)) throw new MatchInputError(file, 'is a binary file, not a saved page or text file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new MatchInputError(file, 'is not UTF-8 text');
  }
  const ext = extname(file).toLowerCase();
  const html = ext === '.html' || ext === '.htm' || ext === '.xhtml' || (ext !== '.txt' && /^\s*(<!doctype html|<html|<head|<body)/i.test(text));
  return { text, html };
}

/** The article in a saved page or text file; null when the file holds no article text. */
export function articleFromFile(file: string, input: { text: string; html: boolean } = readInput(file)): ExtractedArticle | null {
  const { text, html } = input;
  const url = pathToFileURL(resolve(file)).href;
  if (!html) return articleFromPlainText(text, url);
  const { document } = parseHTML(text);
  return extractArticle(document as unknown as Document, url, { fallback: readabilityFallback });
}

/**
 * As articleFromFile, but the page's inline scripts run first (in happy-dom, with no network and
 * no external script files), so pages whose text is inserted by script after load are read as a
 * browser shows them. happy-dom's VM is not a sandbox: only for pages you trust, such as the
 * project's own fixtures.
 */
export async function articleFromFileWithScripts(file: string, input: { text: string; html: boolean } = readInput(file)): Promise<ExtractedArticle | null> {
  const { text, html } = input;
  const url = pathToFileURL(resolve(file)).href;
  if (!html) return articleFromPlainText(text, url);
  const browser = new Browser({
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      // A page that keeps scheduling timers must not hang the command.
      timer: { maxTimeout: 5_000, maxIntervalTime: 5_000, maxIntervalIterations: 50 },
      // Nothing leaves the machine: every request the page makes is answered empty, locally.
      fetch: { interceptor: { beforeAsyncRequest: async ({ window }) => new window.Response('', { status: 204 }) } },
    },
  });
  try {
    const page = browser.newPage();
    // An https origin keeps scripts away from file: URLs; the address itself is never fetched.
    page.url = 'https://backstory-fixture.invalid/';
    page.content = text;
    await page.waitUntilComplete();
    return extractArticle(page.mainFrame.document as unknown as Document, url, { fallback: readabilityFallback });
  } finally {
    await browser.close();
  }
}
