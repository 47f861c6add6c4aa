/**
 * Stage 11, quotes: quotation spans grouped across documents by their words (quotes.ts), each
 * group's speaker by majority of its versions, its representative wording from the cleanest source
 * among the whole versions (an excerpt is not a representative), its wording variants, and its story.
 */
import { EXCERPT_SHARE } from '../discrepancies';
import { collectQuoteSpans, continueSpeakers, groupQuotes, MIN_STATEMENT_WORDS, speakerOfQuote } from '../quotes';
import type { Quote } from '../types';
import type { ClaimContext } from './claims';
import { entityOf } from './entities';
import { cleanest, personForSubject } from './sources';
import { foldPunctuation } from '../../text';
import { leadingSubject, ROLE_NOUNS } from '../wording';
import type { QuoteSpan } from '../quotes';
import type { Sentence } from '../corpus';
import { majorityStory, type StoriesStage } from './stories';

export function quotesStage(ctx: ClaimContext, stories: StoriesStage): Quote[] {
  const { corpus, ids, entities } = ctx;
  const spans = collectQuoteSpans(corpus);
  const groups = groupQuotes(corpus, spans)
    .map((g) => g.sort((a, b) => a - b))
    .sort((a, b) => a[0]! - b[0]!);
  const spanSpeakers = continueSpeakers(
    corpus,
    spans,
    spans.map((q) => speakerOfQuote(corpus, q, entities.mentionsBySentence, (m) => entityOf(entities, m)) ?? speakerByRole(ctx, q)),
  );
  const work = groups.map((g) => {
    const members = g.map((k) => spans[k]!);
    const longest = Math.max(...members.map((q) => q.text.length));
    const sents = members.map((q) => corpus.sentences[q.sentence]!);
    // An excerpt is no representative, unless it is a whole statement that a longer version only
    // adds to ("There will be no change" inside "It simply came to our notice then. There will be
    // no change"): then the cleanest source's version may stand for the quote.
    const fold = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const whole = (q: QuoteSpan) =>
      q.text.length >= EXCERPT_SHARE * longest ||
      (/^[A-Z]/.test(q.text) && q.text.split(/\s+/).length >= MIN_STATEMENT_WORDS && members.some((o) => o !== q && fold(o.text).includes(fold(q.text))));
    const rep = cleanest(ctx, sents.filter((_, i) => whole(members[i]!)));
    const repSpan = members[sents.indexOf(rep)]!;
    const speakers = new Map<string, number>();
    for (const k of g) {
      const sp = spanSpeakers[k];
      if (sp) speakers.set(sp, (speakers.get(sp) ?? 0) + 1);
    }
    const speaker = [...speakers.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
    const byText = new Map<string, Set<number>>();
    for (const q of members) {
      const docSet = byText.get(q.text) ?? new Set<number>();
      docSet.add(q.doc);
      byText.set(q.text, docSet);
    }
    return {
      story: majorityStory(stories, members.map((q) => q.sentence)),
      speaker,
      text: repSpan.text,
      variants: [...byText.entries()]
        .map(([text, docSet]) => ({ text, documents: [...docSet].sort((a, b) => a - b).map((x) => ids[x]!) }))
        .sort((a, b) => (a.documents[0]! < b.documents[0]! ? -1 : a.documents[0]! > b.documents[0]! ? 1 : a.text < b.text ? -1 : 1)),
    };
  });
  return work
    .sort((a, b) => a.story - b.story || b.variants.length - a.variants.length)
    .map((q, k) => ({ id: `q${String(k + 1).padStart(3, '0')}`, story: stories.storyIds[q.story]!, speaker: q.speaker, text: q.text, variants: q.variants }));
}

const ROLE_ALT = ROLE_NOUNS.join('|');
/** ", the spokesperson said" / "” the top US diplomat added": a role phrase attributing the quotation after it. */
const ROLE_AFTER_RE = new RegExp(String.raw`^\s*["”]?\s*,?\s*["”]?\s*(the\s+(?:[A-Za-z.]+\s+){0,3}?(${ROLE_ALT}))\s+(?:said|says|added|told|noted|stressed|explained|acknowledged|insisted)\b`, 'i');
/** "a State Department spokesperson", "the ministry's official": a body's unnamed official. */
const BODY_ROLE_RE = new RegExp(String.raw`^\s*(?:['’]s\s+)?(?:(?:senior|chief|top|deputy|press)\s+)?(${ROLE_ALT})s?\b`, 'i');

/**
 * The speaker of a quotation whose attribution is a role phrase or pronoun, not a name: "The top
 * US diplomat acknowledged that “…”", "She spoke of … “…”", "“…,” the spokesperson said". The
 * phrase stands for the person the sentences before name (personForSubject, as for a fact's
 * wording); when no person fits and the role belongs to a body ("a State Department
 * spokesperson"), the body is the speaker, as a ministry is for its statement. Null otherwise.
 */
export function speakerByRole(ctx: ClaimContext, q: QuoteSpan): string | null {
  const { corpus, entities } = ctx;
  const s = corpus.sentences[q.sentence]!;
  const para = foldPunctuation(corpus.docs[q.doc]!.parsed.paragraphs[q.paragraph]!);
  const opening = leadingSubject(s.folded.replace(/^["“'‘(\s]+/, ''));
  const after = ROLE_AFTER_RE.exec(para.slice(q.end, q.end + 60));
  const subject = opening && q.start > s.offset ? opening : after ? { length: after[1]!.length, kind: 'role' as const, noun: after[2]!.toLowerCase() } : null;
  if (!subject) return bodySpeaker(ctx, s, q.start - s.offset, 0);
  const person = personForSubject(ctx, s, subject);
  if (person !== null) return entities.canon.get(person)?.id ?? null;
  if (subject.kind !== 'role') return null;
  return bodySpeaker(ctx, s, Infinity, 3);
}

/**
 * A body's unnamed official as speaker: an organisation named straight before a role noun ("A
 * senior State Department official and a State Department spokesperson confirmed that they “…”"),
 * before `within` characters of sentence `s`, or in one of the `back` sentences before it.
 */
function bodySpeaker(ctx: ClaimContext, s: Sentence, within: number, back: number): string | null {
  const { corpus, entities } = ctx;
  for (let k = s.id, steps = 0; k >= 0 && steps <= back; k--, steps++) {
    const x = corpus.sentences[k]!;
    if (x.doc !== s.doc) break;
    for (const m of [...entities.mentionsBySentence[k]!].reverse()) {
      if (k === s.id && m.end > within) continue;
      const e = entityOf(entities, m);
      if (!e || entities.resolution.drafts[entities.resolution.of.get(m)!]!.kind !== 'organisation') continue;
      if (BODY_ROLE_RE.test(x.folded.slice(m.end))) return e.id;
    }
  }
  return null;
}
