/**
 * `npm run -s kb` — compile the seeds and print a report a maintainer can check against the texts.
 *   --json        print the whole KB as JSON instead
 *   --seeds DIR   compile another folder (default: seeds/ of this repository)
 * A bad seed prints the problem (naming the file) on stderr and exits with code 2; nothing is written.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KbInputError } from '../lib/kb/errors';
import { SAME_LINE_THRESHOLD } from '../lib/kb/relations';
import type { Kb } from '../lib/kb/types';
import { compileSeedFolder } from './build/kb-assets';

function usage(): never {
  process.stderr.write('usage: npm run -s kb -- [--json] [--seeds DIR]\n');
  process.exit(2);
}

function parseArgs(argv: string[]): { json: boolean; seeds: string } {
  let json = false;
  let seeds = join(dirname(fileURLToPath(import.meta.url)), '..', 'seeds');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--seeds') {
      const dir = argv[++i];
      if (!dir) usage();
      seeds = resolve(dir);
    } else usage();
  }
  return { json, seeds };
}

export function renderReport(kb: Kb, source: string): string {
  const out: string[] = [];
  const w = (s = '') => out.push(s);
  const entityName = new Map(kb.entities.map((e) => [e.id, e.name]));
  const lineOf = new Map(kb.lines.flatMap((l) => l.documents.map((d) => [d, l.id] as const)));

  w(`Backstory knowledge base — ${kb.documents.length} documents from ${source} (schema ${kb.schemaVersion})`);
  w(`${kb.stories.length} stories, ${kb.facts.length} facts, ${kb.quotes.length} quotes, ${kb.entities.length} entities, ${kb.discrepancies.length} discrepancies, ${kb.timeline.length} timeline items`);
  w();
  w('DOCUMENTS');
  for (const d of kb.documents) {
    const date = d.date ? `${d.date} (${d.dateSource})` : 'no date';
    w(`  ${d.id}  ${d.file}`);
    w(`        "${d.title}" (${d.titleSource})`);
    w(`        ${date}; outlet: ${d.outlet ?? 'unknown'}; ${d.paragraphs.length} paragraphs; line ${lineOf.get(d.id)}`);
    if (d.quality.garbledNames.length) w(`        garbled names: ${d.quality.garbledNames.map((g) => `${g.surface} → ${g.canonical}`).join(', ')}`);
    if (d.quality.dateInconsistent) w(`        BAD DATE: ${d.quality.dateNote}`);
    else if (d.quality.dateNote) w(`        date note: ${d.quality.dateNote}`);
  }
  w();
  w(`LINES OF REPORTING (one line when every pair in it shares ≥ ${SAME_LINE_THRESHOLD} of its 3-word phrasing, names, titles and stock phrases left out; * = same line)`);
  for (const l of kb.lines) w(`  ${l.id}: ${l.documents.join(', ')}`);
  w('  shared phrasing: ' + kb.relations.map((r) => `${r.a}–${r.b} ${r.shared.toFixed(3)}${r.sameLine ? '*' : ''}`).join(', '));
  w();
  w('STORIES');
  for (const s of kb.stories) {
    const dates = s.dateStart ? (s.dateStart === s.dateEnd ? s.dateStart : `${s.dateStart} … ${s.dateEnd}`) : 'undated';
    w(`  ${s.id}  ${dates}  "${s.title}"`);
    const byDoc = new Map<string, number[]>();
    for (const p of s.paragraphs) byDoc.set(p.doc, [...(byDoc.get(p.doc) ?? []), p.paragraph]);
    w(`        documents: ${[...byDoc.entries()].map(([d, ps]) => `${d} ¶${ranges(ps)}`).join('; ')}`);
    w(`        entities: ${s.entities.slice(0, 8).map((e) => entityName.get(e) ?? e).join(', ')}`);
    w(`        terms: ${s.terms.join(', ')}`);
    w('        facts:');
    for (const f of kb.facts.filter((x) => x.story === s.id)) {
      const when = f.date ? ` ${f.date}` : '';
      w(`          ${f.id} [${f.kind}${when}] ${f.documentCount} doc${f.documentCount === 1 ? '' : 's'}, ${f.lineCount} independent line${f.lineCount === 1 ? '' : 's'} (${[...new Set(f.sources.map((x) => x.doc))].join(' ')})`);
      w(`               ${f.text}`);
      if (f.numbers.length) w(`               figures: ${f.numbers.map((n) => `${n.text} = ${n.value}`).join(', ')}`);
    }
  }
  w();
  w('QUOTES (grouped across sources)');
  for (const q of kb.quotes.filter((x) => x.variants.length > 1 || x.variants[0]!.documents.length > 1)) {
    w(`  ${q.id} ${q.speaker ? entityName.get(q.speaker) : 'unattributed'} (${q.story})`);
    for (const v of q.variants) w(`        ${v.documents.join(' ')}: "${v.text}"`);
  }
  const single = kb.quotes.filter((x) => x.variants.length === 1 && x.variants[0]!.documents.length === 1).length;
  w(`  (+ ${single} quotes found in one document only)`);
  w();
  w('PEOPLE');
  for (const e of kb.entities.filter((x) => x.kind === 'person')) {
    const forms = e.variants.map((v) => `${v.form}${v.garbled ? ' [garbled]' : ''} (${v.documents.join(' ')})`).join('; ');
    w(`  ${e.name}${e.role ? `, ${e.role}` : ''} — ${forms}`);
  }
  w(`  organisations: ${kb.entities.filter((x) => x.kind === 'organisation').map((x) => `${x.name}${x.country ? ` (${x.country})` : ''}`).join(', ')}`);
  w(`  places: ${kb.entities.filter((x) => x.kind === 'place').map((x) => x.name).join(', ')}`);
  w();
  w('DISCREPANCIES');
  for (const x of kb.discrepancies) {
    w(`  ${x.id} [${x.kind}] ${x.subject}${x.story ? ` (${x.story})` : ''}`);
    for (const v of x.variants) w(`        ${v.documents.join(' ')}: ${v.value}`);
  }
  w();
  w('TIMELINE');
  for (const t of kb.timeline) {
    const basis = t.dateBasis === 'relative' ? `from "${t.relative}"` : t.dateBasis;
    w(`  ${t.date} ${weekday(t.date)}  ${t.label}`);
    w(`        ${basis}; ${t.documents.join(' ')}${t.story ? `; ${t.story}` : ''}`);
  }
  return out.join('\n') + '\n';
}

function weekday(iso: string): string {
  return ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
}

function ranges(ns: number[]): string {
  const parts: string[] = [];
  const sorted = [...ns].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(',');
}

function main(): void {
  // A reader piping into `head` closes the pipe early; that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const args = parseArgs(process.argv.slice(2));
  try {
    const { kb, kbJson } = compileSeedFolder(args.seeds);
    process.stdout.write(args.json ? kbJson : renderReport(kb, args.seeds));
  } catch (e) {
    if (e instanceof KbInputError) {
      process.stderr.write(`kb: ${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
}

main();
