/**
 * Reading a labelled real-article folder (by default `../shared/realworld/` beside the project): one
 * JSON file per article with `label` (positive/near/far), `event` (E1/E2/E3 or null), `language`,
 * `title`, `date`, `source` and `text` (paragraphs separated by blank lines). The texts belong to
 * their publishers: they are read from that folder at run time and never copied into the project.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type RealLabel = 'positive' | 'near' | 'far';

export interface RealArticle {
  file: string;
  label: RealLabel;
  event: string | null;
  language: string;
  title: string;
  date: string | null;
  source: string;
  paragraphs: string[];
}

export const DEFAULT_REALWORLD = fileURLToPath(new URL('../../../shared/realworld/', import.meta.url));

export function realworldAvailable(dir: string = DEFAULT_REALWORLD): boolean {
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.json'));
}

/** Titles in the index are sometimes descriptive ("[no headline …] …" or "… (from URL)"): strip the notes. */
function cleanTitle(t: string): string {
  return t
    .replace(/^\[[^\]]*\]\s*/, '')
    .replace(/\s*\((?:from URL|slug)[^)]*\)\s*$/i, '')
    .trim();
}

export function readRealworld(dir: string = DEFAULT_REALWORLD): RealArticle[] {
  const out: RealArticle[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    let raw: Record<string, unknown>;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    } catch (e) {
      throw new Error(`${join(dir, file)}: not valid JSON (${(e as Error).message})`);
    }
    const label = raw.label;
    if (label !== 'positive' && label !== 'near' && label !== 'far') throw new Error(`${join(dir, file)}: label must be positive, near or far`);
    if (typeof raw.text !== 'string' || !raw.text.trim()) throw new Error(`${join(dir, file)}: no text`);
    out.push({
      file,
      label,
      event: typeof raw.event === 'string' ? raw.event : null,
      language: typeof raw.language === 'string' ? raw.language : 'und',
      title: cleanTitle(typeof raw.title === 'string' ? raw.title : ''),
      date: typeof raw.date === 'string' ? raw.date : null,
      source: typeof raw.source === 'string' ? raw.source : '',
      paragraphs: raw.text
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean),
    });
  }
  return out;
}
