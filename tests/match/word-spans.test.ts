/**
 * The matcher's own word splitter must cut every text exactly as lib/text does, because the KB it
 * compares against was built with lib/text: one word split differently is a word that never matches.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tokenSpans } from '../../lib/text';
import { wordSpans } from '../../lib/match/word-spans';
import { SEEDS } from './helpers';

const PAGES = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

/** Page text without markup: any string will do, as long as it is varied real-world text. */
function textOf(html: string): string {
  return html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, '\u00a0');
}

describe('wordSpans', () => {
  it('splits awkward cases as lib/text does', () => {
    const cases = [
      'U.S. and U.N. officials met; the U.S.A team, a.b.c and e.g. lists',
      'Russia’s reply: 100,000 troops, 2.5 km, 30,000. In 2022, the 1,2,3 count… 5,000.',
      'won’t can’t Nebenzia’s “open door” — rock‘n’roll ’90s o’clock dogs\' Belarus-Ukraine',
      'Zürich, São Paulo, naïve café; Ελλάδα and Россия; e\u0301te\u0301; 𝐀𝐁𝐂 math letters; emoji 🙂 here',
      "It's JAMES'S and Jones's, the ′prime′ quote 's alone, x's, 9's, o’clock’s ROCK’N’ROLL’S",
    ];
    for (const text of cases) expect(wordSpans(text), text).toEqual(tokenSpans(text));
  });

  it('splits every seed and every fixture page as lib/text does', () => {
    const texts = [
      ...readdirSync(SEEDS).map((f) => readFileSync(`${SEEDS}${f}`, 'utf8')),
      ...readdirSync(PAGES).filter((f) => f.endsWith('.html')).map((f) => textOf(readFileSync(`${PAGES}${f}`, 'utf8'))),
    ];
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) {
      for (const line of text.split(/\n+/)) {
        const mine = wordSpans(line);
        const theirs = tokenSpans(line);
        if (mine.length !== theirs.length || mine.some((m, i) => m.token !== theirs[i]!.token || m.start !== theirs[i]!.start || m.end !== theirs[i]!.end)) {
          expect(mine, line.slice(0, 200)).toEqual(theirs);
        }
      }
    }
  });
});
