import { describe, expect, it } from 'vitest';
import { countryBefore, countryOfName, countryOfWord, organisationCountry } from '../../lib/kb/organisation-country';

describe("an organisation's country, as the reports write it", () => {
  it('from a nationality in its name or a country word before it', () => {
    expect(countryOfName('Polish Interior Ministry')).toBe('Poland');
    expect(countryOfName('Interior Ministry')).toBeNull();
    expect(countryBefore('Officials at Ukraine’s ')).toBe('Ukraine');
    expect(countryBefore('a spokesman for the US ')).toBe('United States');
  });
  it('not from a capital, a region or a bloc', () => {
    expect(countryBefore('officials in Warsaw’s ')).toBeNull();
    expect(countryOfWord('European')).toBeNull();
    expect(countryOfWord('UN')).toBeNull();
  });
  it('the country most mentions give; none when nothing says or two countries tie', () => {
    expect(organisationCountry(['Poland', null, 'Poland', 'Ukraine'])).toBe('Poland');
    expect(organisationCountry([null, null])).toBeNull();
    expect(organisationCountry(['Poland', 'Ukraine'])).toBeNull();
  });
});
