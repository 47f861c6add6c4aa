/**
 * Typed reader for kb.json: checks the schema version and the shape of every record, so that the
 * background fails with a clear message (naming the path of the bad value) instead of breaking
 * later on a missing field.
 */
import { KbFormatError } from './errors';
import { KB_SCHEMA_VERSION, type Kb } from './types';

type Check = (v: unknown, path: string) => void;

const fail = (path: string, want: string, v: unknown): never => {
  const got = v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
  throw new KbFormatError(`kb.json: ${path} should be ${want}, found ${got}`);
};

const str: Check = (v, p) => void (typeof v === 'string' || fail(p, 'a string', v));
const num: Check = (v, p) => void ((typeof v === 'number' && Number.isFinite(v)) || fail(p, 'a number', v));
const bool: Check = (v, p) => void (typeof v === 'boolean' || fail(p, 'true or false', v));
const nullable = (c: Check): Check => (v, p) => (v === null ? undefined : c(v, p));
const oneOf = (...values: string[]): Check => (v, p) => void (values.includes(v as string) || fail(p, `one of ${values.join(', ')}`, v));
const isoDate: Check = (v, p) => void ((typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) || fail(p, 'an ISO date (YYYY-MM-DD)', v));
const arr = (c: Check): Check => (v, p) => {
  if (!Array.isArray(v)) return fail(p, 'an array', v);
  v.forEach((x, i) => c(x, `${p}[${i}]`));
};
const obj = (shape: Record<string, Check>): Check => (v, p) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(p, 'an object', v);
  for (const [k, c] of Object.entries(shape)) {
    if (!(k in v)) throw new KbFormatError(`kb.json: ${p}.${k} is missing`);
    c((v as Record<string, unknown>)[k], `${p}.${k}`);
  }
};

const paragraphRef = { doc: str, paragraph: num };

const document = obj({
  id: str, file: str, title: str, titleSource: oneOf('headline', 'lead'), date: nullable(isoDate),
  dateSource: oneOf('prefix', 'dateline', 'none'), outlet: nullable(str), paragraphs: arr(str),
  quality: obj({
    garbledNames: arr(obj({ surface: str, entity: str, canonical: str })),
    dateInconsistent: bool,
    dateNote: nullable(str),
  }),
});
const relation = obj({ a: str, b: str, shared: num, sameLine: bool });
const line = obj({ id: str, documents: arr(str) });
const story = obj({
  id: str, title: str, dateStart: nullable(isoDate), dateEnd: nullable(isoDate), documents: arr(str),
  paragraphs: arr(obj(paragraphRef)), entities: arr(str), terms: arr(str),
});
const entity = obj({
  id: str, name: str, kind: oneOf('person', 'organisation', 'place'), role: nullable(str), country: nullable(str),
  variants: arr(obj({ form: str, documents: arr(str), garbled: bool })), documents: arr(str),
});
const fact = obj({
  id: str, story: str, kind: oneOf('event', 'number', 'position', 'statement'), text: str,
  sources: arr(obj({ ...paragraphRef, sentence: str })), documentCount: num, lineCount: num,
  numbers: arr(obj({ text: str, value: num })), entities: arr(str), terms: arr(str), date: nullable(isoDate),
});
const quote = obj({ id: str, story: str, speaker: nullable(str), text: str, variants: arr(obj({ text: str, documents: arr(str) })) });
const discrepancy = obj({
  id: str, story: nullable(str), kind: oneOf('name', 'detail', 'number', 'date', 'quote', 'document-date'), subject: str,
  variants: arr(obj({ value: str, documents: arr(str) })), fact: nullable(str), entity: nullable(str),
});
const timelineItem = obj({
  id: str, date: isoDate, label: str, story: nullable(str), documents: arr(str),
  dateBasis: oneOf('stated', 'relative', 'document'), relative: nullable(str),
});

/** Validate a parsed kb.json and return it typed. Throws KbFormatError naming the first bad value. */
export function readKb(json: unknown): Kb {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('the top level', 'an object', json);
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version !== KB_SCHEMA_VERSION) {
    throw new KbFormatError(
      `kb.json: schema version ${JSON.stringify(version)} is not the version this build reads (${KB_SCHEMA_VERSION}); rebuild the extension`,
    );
  }
  obj({
    documents: arr(document), relations: arr(relation), lines: arr(line), stories: arr(story), entities: arr(entity),
    facts: arr(fact), quotes: arr(quote), discrepancies: arr(discrepancy), timeline: arr(timelineItem),
  })(json, 'kb');
  const kb = json as Kb;
  // Cross-references: every document id a record names must exist.
  const docs = new Set(kb.documents.map((d) => d.id));
  const checkDoc = (id: string, where: string) => {
    if (!docs.has(id)) throw new KbFormatError(`kb.json: ${where} names document "${id}", which the KB does not have`);
  };
  kb.stories.forEach((s, i) => s.documents.forEach((d) => checkDoc(d, `stories[${i}]`)));
  kb.facts.forEach((f, i) => f.sources.forEach((s) => checkDoc(s.doc, `facts[${i}]`)));
  const stories = new Set(kb.stories.map((s) => s.id));
  kb.facts.forEach((f, i) => {
    if (!stories.has(f.story)) throw new KbFormatError(`kb.json: facts[${i}] names story "${f.story}", which the KB does not have`);
  });
  return kb;
}
