import { describe, expect, it } from 'vitest';
import { fingerprintFact, kbFingerprint } from '@/lib/history';
import { createKbSource } from '@/lib/tabs/kb-runtime';
import { analysis, kb } from './fixtures';

describe('KB runtime', () => {
  it('loads the KB once, even for concurrent callers, and builds the matcher once when first needed', async () => {
    let loads = 0;
    let matchers = 0;
    const source = createKbSource(
      async () => (loads++, kb()),
      () => (matchers++, { analyse: () => analysis('none') }),
    );
    const [a, b] = await Promise.all([source.get(), source.get()]);
    expect(a).toBe(b);
    expect(await source.get()).toBe(a);
    expect([loads, matchers]).toEqual([1, 0]); // nothing has needed the matcher yet
    expect(a.matcher()).toBe(b.matcher());
    expect([loads, matchers]).toEqual([1, 1]);
  });

  it('tries again after a failed load instead of keeping the failure', async () => {
    let attempt = 0;
    const source = createKbSource(
      async () => {
        attempt++;
        if (attempt === 1) throw new Error('kb.json: unexpected end of input');
        return kb();
      },
      () => ({ analyse: () => analysis('none') }),
    );
    await expect(source.get()).rejects.toThrow('kb.json: unexpected end of input');
    expect((await source.get()).kb.stories).toHaveLength(1);
  });

  it('knows each fact and its fingerprint, and the KB version', async () => {
    const k = kb();
    const runtime = await createKbSource(async () => k, () => ({ analyse: () => analysis('none') })).get();
    expect(runtime.version).toBe(kbFingerprint(k));
    expect(runtime.fact('f2')?.text).toBe('Beta followed');
    expect(runtime.factFingerprint('f2')).toBe(fingerprintFact(k.facts[1]!));
    expect(runtime.factFingerprint('nope')).toBeUndefined();
  });
});
