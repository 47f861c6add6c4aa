/**
 * Real published articles in the built extension: each article of ../shared/realworld (read at run
 * time, never copied), wrapped in one of the four page shapes in turn (scripts/realworld/shapes.ts,
 * our own markup), is opened in Chromium; the extension's verdict and story (read off its host
 * element) must be the ones the same pipeline gives in Node (the `realworld` command). The run
 * prints the extension's own figures by slice. Skipped, saying so, without the real corpus.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ExtensionBrowser } from './harness/chromium';
import { startServer, type TestServer } from './harness/server';
import { settledVerdict, waitForPipeline } from './harness/sidebar';
import { compileSeedFolder } from '../../scripts/build/kb-assets';
import { DEFAULT_SEEDS } from '../../scripts/match-kb';
import { createMatcher } from '../../lib/match/matcher';
import { readRealworld, realworldAvailable, type RealArticle } from '../../scripts/realworld/corpus';
import { evaluate, type Outcome } from '../../scripts/realworld/evaluate';
import { PAGE_SHAPES, renderShape } from '../../scripts/realworld/shapes';

const available = realworldAvailable();
if (!available) console.log('real-corpus browser test skipped: ../shared/realworld is not beside the project');

const articles: RealArticle[] = available ? readRealworld() : [];
/** One shape per article, in turn, so every shape is covered by about a quarter of the corpus. */
const shapeOf = (i: number) => PAGE_SHAPES[i % PAGE_SHAPES.length]!;

let server: TestServer;
let ext: ExtensionBrowser;
let page: Page;
const expected = new Map<string, Outcome>();
const seen: { a: RealArticle; verdict: string; story: string | null; expectedStory: string | null }[] = [];

describe.skipIf(!available)('real articles: the extension agrees with the match pipeline', () => {
  beforeAll(async () => {
    const assets = compileSeedFolder(DEFAULT_SEEDS);
    const matcher = createMatcher(assets.kb);
    server = await startServer();
    articles.forEach((a, i) => {
      const shape = shapeOf(i);
      const [o] = evaluate(assets.kb, assets.vocabulary, matcher, [a], { shapes: [shape] });
      expected.set(a.file, o!);
      const path = `/real/${a.file.replace(/\.json$/, '')}-${shape}.html`;
      server.page(path, renderShape(shape, { title: a.title, paragraphs: a.paragraphs, date: a.date, language: a.language, url: `${server.base}${path}` }));
    });
    ext = await launchChromium();
    page = await ext.context.newPage();
  }, 180_000);
  afterAll(async () => {
    const rows = new Map<string, { n: number; right: number }>();
    for (const s of seen) {
      const key = `${s.a.label} ${s.a.language === 'en' ? 'en' : 'other'}`;
      const r = rows.get(key) ?? { n: 0, right: 0 };
      r.n++;
      const ok = s.a.label === 'positive' ? s.verdict === 'match' && s.story === s.expectedStory : s.a.label === 'near' ? s.verdict !== 'match' : s.verdict === 'none';
      if (ok) r.right++;
      rows.set(key, r);
    }
    if (rows.size) {
      console.log('Built extension on real articles (one page shape per article, in turn): right / pages');
      for (const [k, r] of [...rows].sort()) console.log(`  ${k}: ${r.right} / ${r.n}`);
    }
    await ext?.close();
    await server?.close();
  });

  articles.forEach((a, i) => {
    it(`${a.file} (${shapeOf(i)})`, async () => {
      const want = expected.get(a.file)!;
      await page.goto(`${server.base}/real/${a.file.replace(/\.json$/, '')}-${shapeOf(i)}.html`);
      await waitForPipeline(page);
      const got = await settledVerdict(page, want);
      seen.push({ a, verdict: got.verdict, story: got.story, expectedStory: want.expectedStory });
      expect(got).toEqual({ verdict: want.verdict, story: want.verdict === 'none' ? null : want.story });
    });
  });
});
