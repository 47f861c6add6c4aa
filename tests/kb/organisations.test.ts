import { describe, expect, it } from 'vitest';
import { compileKb } from '../../lib/kb/compile';
import { seedKb } from './helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);
const orgs = (text: string) =>
  compileKb([{ file: '001_a.txt', bytes: utf8(text) }]).entities.filter((e) => e.kind === 'organisation');

describe('organisation names', () => {
  it('a bare organisation word or a kind of body is not an entity', () => {
    const names = orgs(
      'The EU Trade Council met in Brussels on Monday. Delegates told the Council that House leaders wanted more time. ' +
        'Officials said the Armed Forces were not involved.\n',
    ).map((e) => e.name);
    expect(names).not.toContain('Council');
    expect(names).not.toContain('House');
    expect(names).not.toContain('Armed Forces');
  });
  it('folds a short form into the one longer name it ends, when both appear together', () => {
    const e = orgs('The EU Trade Council met in Brussels on Monday. Ministers at the Trade Council agreed to meet again in March.\n');
    const council = e.filter((x) => /Trade Council/.test(x.name));
    expect(council).toHaveLength(1);
    expect(council[0]!.name).toBe('EU Trade Council');
    expect(council[0]!.variants.map((v) => v.form)).toEqual(['EU Trade Council', 'Trade Council']);
  });
  it('keeps them apart when another council of the same kind competes', () => {
    const e = orgs(
      'The EU Trade Council met in Brussels on Monday. The WTO Trade Council met in Geneva. Ministers at the Trade Council agreed to meet again.\n',
    );
    expect(e.filter((x) => /Trade Council/.test(x.name)).map((x) => x.name).sort()).toEqual(['EU Trade Council', 'Trade Council', 'WTO Trade Council']);
  });
  it('in the seeds: one UN Security Council, no bare "Council" or "House"', () => {
    const kb = seedKb();
    const names = kb.entities.filter((x) => x.kind === 'organisation').map((x) => x.name);
    expect(names).toContain('UN Security Council');
    expect(names).not.toContain('Security Council');
    expect(names).not.toContain('Council');
    expect(names).not.toContain('House');
    expect(names).not.toContain('Armed Forces');
  });
  it('one body whatever the word order, with its country in the name', () => {
    const e = orgs(
      'The Polish Defence Ministry said on Monday that the exercise would go ahead. A spokesman for the Ministry of Defence told reporters that ' +
        'the Defence Ministry had informed its allies.\n',
    );
    const ministry = e.filter((x) => /Defence|Ministry/.test(x.name));
    expect(ministry.map((x) => x.name)).toEqual(['Polish Defence Ministry']);
  });
  it('two countries\' ministries stay two', () => {
    const e = orgs('The Polish Defence Ministry and the German Defence Ministry signed the agreement in Warsaw on Monday, officials said.\n');
    expect(e.map((x) => x.name).filter((n) => /Ministry/.test(n)).sort()).toEqual(['German Defence Ministry', 'Polish Defence Ministry']);
  });
  it('in the seeds: one Russian Foreign Ministry for "Foreign Ministry", "Ministry of Foreign Affairs" and "Russian Foreign Ministry"', () => {
    const names = seedKb().entities.filter((x) => x.kind === 'organisation').map((x) => x.name);
    expect(names.filter((n) => /Foreign (?:Ministry|Affairs)/.test(n))).toEqual(['Russian Foreign Ministry']);
  });
});
