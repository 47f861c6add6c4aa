// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://news.example/2021/harbour"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageController, type Send } from '@/components/sidebar/page-controller';
import type { PrefilterVocabulary } from '@/lib/kb/types';
import type { ExtractedArticle } from '@/lib/match/types';
import type { AnalyseReply, Message } from '@/lib/messages';
import { createSettingsStore, type SettingsStorage } from '@/lib/settings';
import { DOCS, reply } from './view-fixture';

const ARTICLE = `<article><h1>Council approves harbour plan</h1>
<p>The council approved the harbour plan. Councillors met on Monday evening in the town hall to vote on the harbour plan after months of debate.</p>
<p>It will cost 50 million. The harbour plan includes a new quay, a ferry terminal and the dredging of the old channel by the council.</p>
<p>Opponents of the harbour plan said the council had not listened to fishermen, who fear the works will disrupt the season.</p></article>`;

const VOCABULARY: PrefilterVocabulary = { schemaVersion: 1, terms: ['harbour', 'council', 'quay', 'ferry'], minHits: 2 };

const settings = createSettingsStore(fakeBrowser.storage as unknown as SettingsStorage);
let ctx: ContentScriptContext;
let sent: Message[];
let analyseReply: AnalyseReply;
/** What the background extracts from markup sent with analyse-page-html (it runs Readability). */
let markupArticle: ExtractedArticle | null;
/** The page as it was when its markup was sent. */
let pageWhenSent = '';

const send: Send = async (message) => {
  const m = message as Message;
  sent.push(m);
  switch (m.type) {
    case 'analyse':
      return analyseReply as never;
    case 'analyse-page-html':
      pageWhenSent = document.documentElement.outerHTML;
      return (markupArticle ? { ...analyseReply, article: markupArticle } : { article: null }) as never;
    case 'document':
      return { document: DOCS.find((d) => d.id === m.doc) ?? null } as never;
    default:
      return { ok: true } as never;
  }
};

const host = () => document.querySelector('backstory-sidebar') as HTMLElement | null;
const inShadow = (sel: string) => host()?.shadowRoot?.querySelector(sel) ?? null;

async function start(): Promise<PageController> {
  const controller = new PageController({ ctx, settings, vocabulary: VOCABULARY, send, css: '.bs-panel { position: fixed; }' });
  await controller.start();
  return controller;
}

beforeEach(() => {
  fakeBrowser.reset();
  document.body.innerHTML = ARTICLE;
  ctx = new ContentScriptContext('test', {});
  sent = [];
  analyseReply = reply();
  markupArticle = null;
});

afterEach(() => {
  ctx.abort();
  document.querySelectorAll('backstory-sidebar').forEach((el) => el.remove());
});

describe('the content script on a covered article', () => {
  it('opens the sidebar on a match and marks the matching sentences', async () => {
    await start();
    await vi.waitFor(() => expect(host()?.getAttribute('data-marks')).toBe('2'));
    expect(host()!.getAttribute('data-verdict')).toBe('match');
    expect(host()!.getAttribute('data-story')).toBe('s1');
    expect(host()!.parentElement).toBe(document.documentElement);
    expect(inShadow('[data-testid="panel"]')).not.toBeNull();
    const analysed = sent.find((m) => m.type === 'analyse');
    expect(analysed && analysed.type === 'analyse' && analysed.article.paragraphs[1]).toContain('It will cost 50 million.');
    // Without the Highlight API (happy-dom), marks are <mark> elements with their tone.
    const marks = Array.from(document.querySelectorAll('mark.backstory-mark'));
    expect(marks.map((m) => [m.textContent, m.getAttribute('data-backstory-tone')])).toEqual([
      ['The council approved the harbour plan.', 'same'],
      ['It will cost 50 million.', 'differs'],
    ]);
    // The fact with a mark gets an "On this page" link, and so does the differing sentence (the
    // differences are in a later part of the panel, drawn when the page is idle).
    await vi.waitFor(() => expect(inShadow('[data-fact-id="f-harbour"] [data-testid="on-page-link"]')).not.toBeNull());
    await vi.waitFor(() => expect(inShadow('[data-testid="difference-on-page-link"]')).not.toBeNull());
    // The live region is filled after it is rendered, so that screen readers announce it.
    await vi.waitFor(() => expect(inShadow('[data-testid="announcer"]')!.textContent).toBe('Backstory: this article covers “Harbour plan approved”. 3 key facts, 2 related reports.'));
  });

  it('"On this page" takes the reader to the mark (a focusable <mark> in the fallback)', async () => {
    await start();
    await vi.waitFor(() => expect(inShadow('[data-testid="difference-on-page-link"]')).not.toBeNull());
    (inShadow('[data-fact-id="f-harbour"] [data-testid="on-page-link"]') as HTMLButtonElement).click();
    expect(document.activeElement?.textContent).toBe('The council approved the harbour plan.');
    (inShadow('[data-testid="difference-on-page-link"]') as HTMLButtonElement).click();
    expect(document.activeElement?.textContent).toBe('It will cost 50 million.');
  });

  it('turning Backstory off removes the sidebar and every mark, and on brings them back', async () => {
    const original = document.body.innerHTML;
    await start();
    await vi.waitFor(() => expect(host()?.getAttribute('data-marks')).toBe('2'));
    await settings.update({ enabled: false });
    await vi.waitFor(() => expect(host()).toBeNull());
    expect(document.body.innerHTML).toBe(original);
    expect(document.getElementById('backstory-highlight-style')).toBeNull();
    await settings.update({ enabled: true });
    await vi.waitFor(() => expect(host()?.getAttribute('data-marks')).toBe('2'));
  });

  it('switching this site off works like switching off everywhere', async () => {
    await start();
    await vi.waitFor(() => expect(host()).not.toBeNull());
    await settings.update({ disabledSites: ['news.example'] });
    await vi.waitFor(() => expect(host()).toBeNull());
    expect(sent.at(-1)).toEqual({ type: 'page-state', url: location.href, lang: null });
  });

  it('does nothing at all where Backstory is off at load', async () => {
    await settings.update({ enabled: false });
    await start();
    await new Promise((r) => setTimeout(r, 20));
    expect(host()).toBeNull();
    expect(sent.some((m) => m.type === 'analyse')).toBe(false);
  });

  it('mounts no host element when the verdict is none', async () => {
    analyseReply = { ...reply({ verdict: 'none', story: null, alignments: [] }), view: null } as unknown as AnalyseReply;
    await start();
    await vi.waitFor(() => expect(sent.some((m) => m.type === 'analyse')).toBe(true));
    await new Promise((r) => setTimeout(r, 20));
    expect(host()).toBeNull();
    expect(document.querySelector('mark')).toBeNull();
  });

  it('stops at the prefilter on a page without the vocabulary, and tells the background', async () => {
    document.body.innerHTML = '<article><h1>Recipes</h1><p>' + 'Bake the bread slowly. '.repeat(20) + '</p></article>';
    await start();
    await vi.waitFor(() => expect(sent).toEqual([{ type: 'page-state', url: location.href, lang: null }]));
    expect(host()).toBeNull();
  });

  it('keeps the panel closed on related and in badge-only mode; the command opens it', async () => {
    await settings.update({ badgeOnly: true });
    const controller = await start();
    await vi.waitFor(() => expect(host()?.getAttribute('data-verdict')).toBe('match'));
    expect(inShadow('[data-testid="panel"]')).toBeNull();
    // Badge only: no marks painted, no tab; the reader sees nothing on the page.
    expect(host()!.getAttribute('data-marks')).toBe('0');
    expect(document.querySelector('mark')).toBeNull();
    expect(host()!.getAttribute('data-view')).toBe('hidden');
    expect(controller.command('toggle')).toEqual({ open: true });
    expect(inShadow('[data-testid="panel"]')).not.toBeNull();
    expect(controller.command('close')).toEqual({ open: false });
    expect(inShadow('[data-testid="panel"]')).toBeNull();
  });

  it('opened from the keyboard command, takes focus, and gives it back to the page on Escape', async () => {
    await settings.update({ badgeOnly: true });
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    const controller = await start();
    await vi.waitFor(() => expect(host()).not.toBeNull());
    controller.command('open');
    const panel = inShadow('[data-testid="panel"]') as HTMLElement;
    await vi.waitFor(() => expect(host()!.shadowRoot!.activeElement).toBe(panel));
    panel.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(inShadow('[data-testid="panel"]')).toBeNull();
    expect(document.activeElement).toBe(input);
  });

  it('opens when the command arrives while the analysis is still on its way', async () => {
    await settings.update({ badgeOnly: true });
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const slowSend: Send = async (message) => {
      if ((message as Message).type === 'analyse') await gate;
      return send(message);
    };
    const controller = new PageController({ ctx, settings, vocabulary: VOCABULARY, send: slowSend, css: '' });
    await controller.start();
    expect(controller.command('open')).toEqual({ open: false });
    release();
    await vi.waitFor(() => expect(inShadow('[data-testid="panel"]')).not.toBeNull());
  });

  it('mentions a failure to record the visit without hiding anything', async () => {
    analyseReply = { ...reply(), storageError: 'The browser refused to store more data' };
    await start();
    await vi.waitFor(() => expect(inShadow('[data-testid="storage-error"]')?.textContent).toContain('The browser refused to store more data'));
    expect(inShadow('[data-testid="key-facts"]')).not.toBeNull();
  });

  it('"Not this story" takes the marks away, tells the background, and can be undone', async () => {
    await start();
    await vi.waitFor(() => expect(inShadow('[data-testid="not-this-story"]')).not.toBeNull());
    // Marks are painted after the panel shows, in slices.
    await vi.waitFor(() => expect(Number(host()!.getAttribute('data-marks'))).toBeGreaterThan(0));
    const marks = host()!.getAttribute('data-marks');
    (inShadow('[data-testid="not-this-story"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(sent.some((m) => m.type === 'dismiss-story')).toBe(true));
    expect(sent.find((m) => m.type === 'dismiss-story')).toEqual({ type: 'dismiss-story', url: location.href, story: 's1', canonical: null });
    expect(document.querySelector('mark')).toBeNull();
    expect(host()!.getAttribute('data-marks')).toBe('0');
    // The panel stays on its note with "Undo"; closed, nothing of Backstory is shown.
    (inShadow('[data-testid="undo-dismiss"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(sent.some((m) => m.type === 'undismiss-story')).toBe(true));
    expect(sent.find((m) => m.type === 'undismiss-story')).toEqual({ type: 'undismiss-story', url: location.href, story: 's1', canonical: null });
    await vi.waitFor(() => expect(host()!.getAttribute('data-marks')).toBe(marks));
    expect(inShadow('[data-testid="not-this-story"]')).not.toBeNull();
    (inShadow('[data-testid="not-this-story"]') as HTMLButtonElement).click();
    (inShadow('[data-testid="close"]') as HTMLButtonElement).click();
    expect(inShadow('[data-testid="panel"]')).toBeNull();
    expect(inShadow('[data-testid="edge-tab"]')).toBeNull();
    expect(host()!.getAttribute('data-view')).toBe('hidden');
  });

  it('puts its host back when a page script removes it', async () => {
    await start();
    await vi.waitFor(() => expect(host()).not.toBeNull());
    const el = host()!;
    el.remove();
    await vi.waitFor(() => expect(host()).toBe(el));
    expect(el.shadowRoot!.querySelector('[data-testid="panel"]')).not.toBeNull();
  });

  it('leaves nothing behind when the extension context is invalidated', async () => {
    const original = document.body.innerHTML;
    await start();
    await vi.waitFor(() => expect(host()?.getAttribute('data-marks')).toBe('2'));
    ctx.abort();
    expect(host()).toBeNull();
    expect(document.body.innerHTML).toBe(original);
  });

  it('remembers the side and width the reader chooses', async () => {
    await start();
    await vi.waitFor(() => expect(inShadow('[data-testid="side-toggle"]')).not.toBeNull());
    (inShadow('[data-testid="side-toggle"]') as HTMLButtonElement).click();
    await vi.waitFor(async () => expect((await settings.get()).sidebarSide).toBe('left'));
    expect(inShadow('.bs-panel--left')).not.toBeNull();
    (inShadow('[data-testid="resize-handle"]') as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await vi.waitFor(async () => expect((await settings.get()).sidebarWidth).toBe(396));
  });
});

describe('text that arrives late', () => {
  it('analyses an article whose text is inserted after load, once the DOM settles', async () => {
    document.body.innerHTML = '<main id="app"></main>';
    await start();
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toEqual(['page-state']));
    document.getElementById('app')!.insertAdjacentHTML('beforeend', ARTICLE);
    await vi.waitFor(() => expect(host()?.getAttribute('data-marks')).toBe('2'), { timeout: 4000 });
    expect(sent.filter((m) => m.type === 'analyse')).toHaveLength(1);
  });

  it('opens by itself when late text turns a related page into a match, unless the reader chose', async () => {
    analyseReply = reply({ verdict: 'related' });
    document.body.innerHTML = '<main id="app">' + ARTICLE + '</main>';
    const controller = await start();
    await vi.waitFor(() => expect(host()?.getAttribute('data-verdict')).toBe('related'));
    expect(inShadow('[data-testid="panel"]')).toBeNull();
    analyseReply = reply();
    document.getElementById('app')!.insertAdjacentHTML('beforeend', '<p>' + 'The harbour plan also covers the old quay and the ferry terminal near the council offices. '.repeat(4) + '</p>');
    await vi.waitFor(() => expect(host()?.getAttribute('data-verdict')).toBe('match'), { timeout: 4000 });
    expect(inShadow('[data-testid="panel"]')).not.toBeNull();
    // Once the reader closes it, a further re-run leaves it closed.
    controller.command('close');
    document.getElementById('app')!.insertAdjacentHTML('beforeend', '<p>' + 'Fishermen asked the council to delay the harbour works until the end of the season. '.repeat(4) + '</p>');
    await vi.waitFor(() => expect(sent.filter((m) => m.type === 'analyse').length).toBe(3), { timeout: 4000 });
    expect(inShadow('[data-testid="panel"]')).toBeNull();
  });

  it('paints a mark when its sentence appears later', async () => {
    document.body.innerHTML = ARTICLE.replace('It will cost 50 million. ', '');
    // The analysis (made elsewhere) knows both sentences; only one is on the page so far.
    await start();
    await vi.waitFor(() => expect(host()?.getAttribute('data-marks')).toBe('1'));
    const p = document.querySelectorAll('article p')[1]!;
    p.prepend(document.createTextNode('It will cost 50 million. '));
    await vi.waitFor(() => expect(host()?.getAttribute('data-marks')).toBe('2'), { timeout: 4000 });
  });
});

describe('a page without article markup', () => {
  const SOUP_PARAGRAPHS = [
    'The council approved the harbour plan. Councillors met on Monday evening in the town hall to vote on the harbour plan after months of debate.',
    'It will cost 50 million. The harbour plan includes a new quay, a ferry terminal and the dredging of the old channel by the council.',
  ];
  const SOUP = `<div class="wrap"><div class="hd">Council approves harbour plan</div>${SOUP_PARAGRAPHS.map((p) => `<div class="para">${p}</div>`).join('')}</div>`;
  const soupArticle = (): ExtractedArticle => ({ url: location.href, title: 'Council approves harbour plan', paragraphs: SOUP_PARAGRAPHS, publishedAt: null, site: 'news.example', lang: 'en', method: 'readability' });
  // Div soup passes the prefilter on what its head declares.
  beforeEach(() => {
    for (const [property, content] of [['og:type', 'article'], ['og:title', 'Council approves harbour plan']] as const) {
      const meta = document.createElement('meta');
      meta.setAttribute('property', property);
      meta.setAttribute('content', content);
      meta.className = 'test-og';
      document.head.append(meta);
    }
  });
  afterEach(() => document.querySelectorAll('meta.test-og').forEach((m) => m.remove()));

  it('hands the page\'s markup, untouched, to the background and shows its answer with marks', async () => {
    document.body.innerHTML = SOUP;
    const original = document.documentElement.outerHTML;
    markupArticle = soupArticle();
    await start();
    await vi.waitFor(() => expect(host()?.getAttribute('data-marks')).toBe('2'));
    expect(host()!.getAttribute('data-verdict')).toBe('match');
    expect(sent.map((m) => m.type)).toEqual(['analyse-page-html']);
    const message = sent[0]!;
    if (message.type !== 'analyse-page-html') throw new Error('unexpected message');
    expect(message.url).toBe(location.href);
    expect(message.html).toContain(`<div class="para">${SOUP_PARAGRAPHS[1]}</div>`);
    // Serialising read the page and changed nothing (the marks came after the answer).
    expect(pageWhenSent).toBe(original);
  });

  it('leaves its own sidebar out of the markup it sends on a later look', async () => {
    document.body.innerHTML = SOUP;
    markupArticle = soupArticle();
    await start();
    await vi.waitFor(() => expect(host()).not.toBeNull());
    document.body.insertAdjacentHTML('beforeend', `<div class="para">${'The harbour plan also covers the old quay and the ferry terminal near the council offices. '.repeat(4)}</div>`);
    await vi.waitFor(() => expect(sent.filter((m) => m.type === 'analyse-page-html')).toHaveLength(2), { timeout: 4000 });
    const later = sent.at(-1)!;
    expect(later.type === 'analyse-page-html' && later.html).toContain('also covers the old quay');
    expect(later.type === 'analyse-page-html' && later.html).not.toContain('backstory-sidebar');
  });

  it('reports the page as not analysed when the background finds no article in it', async () => {
    document.body.innerHTML = SOUP;
    await start();
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toEqual(['analyse-page-html', 'page-state']));
    expect(host()).toBeNull();
  });

  it('refuses a page whose markup is too large to hand over, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    document.body.innerHTML = `${SOUP}<div class="para">${'Harbour council quay ferry words. '.repeat(70_000)}</div>`;
    markupArticle = soupArticle();
    await start();
    await vi.waitFor(() => expect(sent.map((m) => m.type)).toEqual(['page-state']));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/markup is \d+ characters, more than the 2097152 it hands over for analysis/));
    expect(host()).toBeNull();
    warn.mockRestore();
  });
});

describe('the host element', () => {
  it('carries its own reset and stylesheet in an open shadow root, and keeps keystrokes from the page', async () => {
    await start();
    await vi.waitFor(() => expect(inShadow('[data-testid="panel"]')).not.toBeNull());
    const style = host()!.shadowRoot!.querySelector('style')!;
    expect(style.textContent).toMatch(/^:host\{all:initial !important;\}/);
    expect(style.textContent).toContain('.bs-panel { position: fixed; }');
    const pageKeys: string[] = [];
    document.addEventListener('keydown', (e) => pageKeys.push(e.key));
    (inShadow('[data-testid="close"]') as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    expect(pageKeys).toEqual([]);
  });

  it('puts a "Skip to Backstory" control first in the document, which opens the panel and focuses it', async () => {
    await settings.update({ badgeOnly: true });
    await start();
    await vi.waitFor(() => expect(host()?.getAttribute('data-verdict')).toBe('match'));
    const skip = document.documentElement.firstElementChild!;
    expect(skip.localName).toBe('backstory-skip');
    const button = skip.shadowRoot!.querySelector<HTMLButtonElement>('[data-testid="skip"]')!;
    expect(button.textContent).toBe('Skip to Backstory');
    button.click();
    await vi.waitFor(() => expect(inShadow('[data-testid="panel"]')).not.toBeNull());
    expect(host()!.getAttribute('data-view')).toBe('panel');
    await vi.waitFor(() => expect(host()!.shadowRoot!.activeElement).toBe(inShadow('[data-testid="panel"]')));
  });

  it('gives the page a margin while the panel is pushed beside it, and gives the page\'s own back', async () => {
    document.documentElement.style.setProperty('margin-right', '3px');
    await start();
    // happy-dom lays nothing out: the article fills the 1024 px viewport, so the panel pushes.
    await vi.waitFor(() => expect(host()?.getAttribute('data-view')).toBe('panel'));
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('380px');
    expect(document.documentElement.style.getPropertyPriority('margin-right')).toBe('important');
    (inShadow('[data-testid="close"]') as HTMLButtonElement).click();
    expect(host()!.getAttribute('data-view')).toBe('tab');
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('36px');
    await settings.update({ enabled: false });
    await vi.waitFor(() => expect(host()).toBeNull());
    expect(document.documentElement.style.getPropertyValue('margin-right')).toBe('3px');
    expect(document.documentElement.style.getPropertyPriority('margin-right')).toBe('');
    document.documentElement.style.removeProperty('margin-right');
  });
});
