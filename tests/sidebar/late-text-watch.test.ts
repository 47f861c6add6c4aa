// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LateTextWatch } from '@/components/sidebar/late-text-watch';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
let ctx: ContentScriptContext;
let own: HTMLElement;
let settled: number;

function watch(options: { maxSettles?: number; windowMs?: number } = {}) {
  return new LateTextWatch(ctx, { ignore: (n) => own.contains(n), onSettled: () => settled++, settleMs: 30, windowMs: options.windowMs ?? 5_000, maxSettles: options.maxSettles ?? 10 });
}

beforeEach(() => {
  ctx = new ContentScriptContext('test', {});
  document.body.innerHTML = '<main id="app"></main>';
  own = document.createElement('div');
  document.body.append(own);
  settled = 0;
});
afterEach(() => ctx.abort());

const add = (text: string, parent: Node = document.getElementById('app')!) => parent.appendChild(document.createElement('p')).append(text);

describe('watching for late text', () => {
  it('calls back once when a burst of changes has settled', async () => {
    const w = watch();
    w.start();
    add('one');
    await wait(10);
    add('two');
    await wait(10);
    add('three');
    expect(settled).toBe(0);
    await wait(80);
    expect(settled).toBe(1);
    w.stop();
  });

  it("does not count Backstory's own changes or mutations it was told to discard", async () => {
    const w = watch();
    w.start();
    add('ours', own);
    add('fallback marks');
    w.discardPending();
    await wait(80);
    expect(settled).toBe(0);
    w.stop();
  });

  it('gives up after its number of looks and after its window', async () => {
    const w = watch({ maxSettles: 2 });
    w.start();
    for (let i = 0; i < 4; i++) {
      add(`p${i}`);
      await wait(60);
    }
    expect(settled).toBe(2);
    expect(w.watching).toBe(false);
    const short = watch({ windowMs: 20 });
    short.start();
    await wait(40);
    add('too late');
    await wait(60);
    expect(settled).toBe(2);
  });

  it('stops with the extension context', async () => {
    const w = watch();
    w.start();
    add('x');
    ctx.abort();
    await wait(60);
    expect(settled).toBe(0);
    expect(w.watching).toBe(false);
  });
});
