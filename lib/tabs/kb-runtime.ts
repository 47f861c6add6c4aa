/**
 * The KB and the matcher built from it, loaded once per service-worker life. The worker can be
 * stopped at any time between events; the next message simply loads them again (the KB is an
 * extension file, read without any network). A failed load is not cached, so a transient failure
 * does not stick until the browser restarts.
 */
import type { Fact, Kb } from '../kb/types';
import { fingerprintFact, kbFingerprint } from '../history/fingerprint';
import type { Analysis, ExtractedArticle } from '../match/types';

export interface Matcher {
  analyse(article: ExtractedArticle): Analysis;
}

export interface KbRuntime {
  kb: Kb;
  /**
   * The matcher, built on first use: the popup's history and KB-change queries need only the KB,
   * so opening the popup on a sleeping worker does not wait for the matcher's indexes.
   */
  matcher(): Matcher;
  /** kbFingerprint() of this KB: changes whenever any fact a reader could see changes. */
  version: string;
  fact(id: string): Fact | undefined;
  factFingerprint(id: string): string | undefined;
}

export interface KbSource {
  get(): Promise<KbRuntime>;
}

export function createKbSource(load: () => Promise<Kb>, createMatcher: (kb: Kb) => Matcher): KbSource {
  let pending: Promise<KbRuntime> | null = null;
  async function build(): Promise<KbRuntime> {
    const kb = await load();
    let matcher: Matcher | null = null;
    const facts = new Map(kb.facts.map((f) => [f.id, f]));
    const prints = new Map<string, string>();
    return {
      kb,
      matcher: () => (matcher ??= createMatcher(kb)),
      version: kbFingerprint(kb),
      fact: (id) => facts.get(id),
      factFingerprint(id) {
        const fact = facts.get(id);
        if (!fact) return undefined;
        let print = prints.get(id);
        if (print === undefined) prints.set(id, (print = fingerprintFact(fact)));
        return print;
      },
    };
  }
  return {
    get() {
      pending ??= build().catch((error: unknown) => {
        pending = null;
        throw error;
      });
      return pending;
    },
  };
}
