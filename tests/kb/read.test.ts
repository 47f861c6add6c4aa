import { describe, expect, it } from 'vitest';
import { KbFormatError } from '../../lib/kb/errors';
import { readKb } from '../../lib/kb/read';
import { seedKb } from './helpers';

const json = () => JSON.parse(JSON.stringify(seedKb())) as Record<string, unknown>;

describe('readKb', () => {
  it('accepts a compiled KB read back from JSON', () => {
    expect(readKb(json())).toEqual(seedKb());
  });
  it('refuses another schema version, saying what to do', () => {
    expect(() => readKb({ ...json(), schemaVersion: 99 })).toThrow(/schema version 99 .*rebuild/);
  });
  it('names the path of a missing or mistyped field', () => {
    const k = json();
    delete (k.facts as Record<string, unknown>[])[0]!.lineCount;
    expect(() => readKb(k)).toThrow(/kb\.facts\[0\]\.lineCount is missing/);
    const k2 = json();
    (k2.documents as Record<string, unknown>[])[1]!.date = 'yesterday';
    expect(() => readKb(k2)).toThrow(/kb\.documents\[1\]\.date should be an ISO date/);
  });
  it('refuses references to documents the KB does not have', () => {
    const k = json();
    (k.stories as { documents: string[] }[])[0]!.documents.push('d999');
    expect(() => readKb(k)).toThrow(KbFormatError);
  });
  it('refuses something that is not a KB at all', () => {
    expect(() => readKb(null)).toThrow(KbFormatError);
    expect(() => readKb([])).toThrow(KbFormatError);
    expect(() => readKb('kb')).toThrow(KbFormatError);
  });
});
