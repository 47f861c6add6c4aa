import { describe, expect, it } from 'vitest';
import { claimDifferences } from '../../lib/kb/claim-differences';
import { nameIndex, substantiveQuoteDifference } from '../../lib/kb/discrepancies';
import type { Entity } from '../../lib/kb/types';

const entity = (id: string, kind: Entity['kind'], ...forms: string[]): Entity => ({
  id, name: forms[0]!, kind, role: null, country: null, documents: [], variants: forms.map((form) => ({ form, documents: [], garbled: false })),
});
const names = nameIndex([
  entity('e-interior', 'organisation', 'Interior Ministry'),
  entity('e-justice', 'organisation', 'Justice Ministry'),
  entity('e-oslo', 'place', 'Oslo'),
  entity('e-norway', 'place', 'Norway'),
  entity('e-eu', 'organisation', 'European Union', 'EU'),
  entity('e-ana', 'person', 'Ana Lund', 'Lund', 'Lunt'),
]);
const src = (doc: string, text: string) => ({ doc, text, quotes: [] });

describe('differences inside one claim (sentences of my own)', () => {
  it('finds an office swapped in an otherwise aligned sentence, with the word it qualifies', () => {
    const d = claimDifferences(
      [src('a', 'An Interior Ministry spokesman said the border post would reopen on Friday.'), src('b', 'A Justice Ministry spokesman said the border post would reopen on Friday.')],
      0,
      names,
    );
    expect(d).toEqual([{ aspect: 'name', variants: [{ value: 'Interior Ministry spokesman', documents: ['a'] }, { value: 'Justice Ministry spokesman', documents: ['b'] }] }]);
  });
  it('does not count a garbled spelling of one person, or a capital for its country', () => {
    expect(claimDifferences([src('a', 'Lund said Oslo rejects the plan.'), src('b', 'Lunt said Norway rejects the plan.')], 0, names)).toEqual([]);
  });
  it('finds whose proposal it was when a possessive changes', () => {
    const d = claimDifferences([src('a', "Ana Lund turned down the EU's proposal on quotas."), src('b', "Ana Lund turned down Oslo's proposal on quotas.")], 0, names);
    expect(d[0]!.variants.map((v) => v.value)).toEqual(["EU's proposal", "Oslo's proposal"]);
  });
  it('ignores rewording that changes no name', () => {
    expect(claimDifferences([src('a', 'The Interior Ministry said talks would resume soon.'), src('b', 'Talks are set to restart shortly, the Interior Ministry said.')], 0, names)).toEqual([]);
  });
  it('finds a different manner in the reporter\'s words, not inside a quotation', () => {
    const d = claimDifferences([src('a', 'The letter was handed over in person.'), src('b', 'The letter was handed over privately.')], 0, names);
    expect(d).toEqual([{ aspect: 'manner', variants: [{ value: 'in person', documents: ['a'] }, { value: 'privately', documents: ['b'] }] }]);
    const quoted = 'He said "we met privately" and the letter was handed over in person.';
    const q = { doc: 'b', text: quoted, quotes: [{ start: quoted.indexOf('"'), end: quoted.lastIndexOf('"') + 1 }] };
    expect(claimDifferences([src('a', 'The letter was handed over in person.'), q], 0, names)).toEqual([]);
  });
  it('finds one item of a list that differs', () => {
    const d = claimDifferences([src('a', 'They agreed on fishing quotas, customs and energy.'), src('b', 'They agreed on fishing rights, customs and energy.'), src('c', 'They agreed on Coast Guard, customs and energy.')], 0, names);
    expect(d).toEqual([{ aspect: 'list', variants: [{ value: 'fishing quotas', documents: ['a', 'b'] }, { value: 'Coast Guard', documents: ['c'] }] }]);
  });
});

describe('quotes that differ in substance', () => {
  it('a figure, a negation or a name that one version lacks', () => {
    expect(substantiveQuoteDifference(['We will send 300 observers', 'We will send 500 observers'], names)).toBe(true);
    expect(substantiveQuoteDifference(['We will sign it', 'We will not sign it'], names)).toBe(true);
    expect(substantiveQuoteDifference(['The EU must act', 'Oslo must act'], names)).toBe(true);
  });
  it('not a translation that words the same statement otherwise, nor a garbled name', () => {
    expect(substantiveQuoteDifference(['We hope the EU will take our offer seriously', 'We expect that the EU takes our plan in earnest'], names)).toBe(false);
    expect(substantiveQuoteDifference(['Lund welcomed the envoy', 'Lunt received the envoy'], names)).toBe(false);
  });
});
