import {
  alpha3ToAlpha2,
  countryCodes,
  countryFlag,
  countryName,
  destinationKind,
  destinationMark,
} from '../../../src/geo/index.js';

describe('alpha-3 table', () => {
  const codes = countryCodes();

  it('holds every ISO 3166-1 country once', () => {
    expect(codes.length).toBeGreaterThanOrEqual(249);
    expect(new Set(codes).size).toBe(codes.length);
    const alpha2 = codes.map((code) => alpha3ToAlpha2(code));
    expect(new Set(alpha2).size).toBe(codes.length);
    for (const code of alpha2) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it('maps to alpha-2 codes Intl knows by name', () => {
    const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
    for (const code of codes) {
      const alpha2 = alpha3ToAlpha2(code) ?? '';
      const name = names.of(alpha2);
      expect(name, code).toBeDefined();
      expect(name, code).not.toBe(alpha2);
    }
  });

  it.each([
    ['DEU', 'DE'], ['JPN', 'JP'], ['USA', 'US'], ['GBR', 'GB'], ['ABW', 'AW'], ['CUW', 'CW'],
    ['ALA', 'AX'], ['SRB', 'RS'], ['ZAF', 'ZA'], ['TLS', 'TL'], ['XKX', 'XK'], ['jpn', 'JP'],
  ])('%s → %s', (alpha3, alpha2) => {
    expect(alpha3ToAlpha2(alpha3)).toBe(alpha2);
  });

  it('knows nothing of regions', () => {
    expect(alpha3ToAlpha2('GLO')).toBeUndefined();
    expect(alpha3ToAlpha2('XEU')).toBeUndefined();
    expect(alpha3ToAlpha2('')).toBeUndefined();
  });
});

describe('countryName', () => {
  it.each([
    ['en', 'Germany'],
    ['de', 'Deutschland'],
    ['fr', 'Allemagne'],
    ['ja', 'ドイツ'],
    ['ar', 'ألمانيا'],
    ['de-AT', 'Deutschland'],
  ])('DEU in %s is %s', (locale, name) => {
    expect(countryName('DEU', locale)).toBe(name);
  });

  it('names GLO "Global" in English and the whole world in the locale’s own words otherwise', () => {
    expect(countryName('GLO', 'en-US')).toBe('Global');
    expect(countryName('GLO', 'fr-CA')).toBe('Monde');
    expect(countryName('GLO', 'ja')).toBe('世界');
    expect(countryName('GLO', 'zh-Hant-TW')).toBe('世界');
    expect(countryName('GLO', 'ar-EG')).toBe('العالم');
    expect(countryName('GLO', 'sw')).toBe('Dunia');
    expect(countryName('GLO', 'de', 'Global Roaming')).toBe('Welt');
    // Intl writes some in lower case; a list entry starts with a capital.
    expect(countryName('GLO', 'nl')).toBe('Wereld');
    expect(countryName('GLO', 'pl')).toBe('Świat');
  });

  it.each([
    ['XEU', 'Europe eSIM', 'en', 'Europe'],
    ['XEU', 'Europe 30', 'de', 'Europa'],
    ['EUROPE', '', 'fr', 'Europe'],
    ['XAS', 'Asia eSIM', 'ja', 'アジア'],
    ['XAM', 'Americas eSIM', 'es', 'América'],
    ['XAF', 'Africa eSIM', 'ar', 'أفريقيا'],
    ['XCB', 'Caribbean Islands eSIM — Jamaica, Barbados, Bahamas & 9 more', 'de', 'Karibik'],
    ['XOC', 'Oceania eSIM', 'nl', 'Oceanië'],
    ['XME', 'Middle East eSIM', 'he', 'המזרח התיכון'],
    ['XBK', 'Balkans eSIM', 'pl', 'Bałkany'],
    ['R17', 'Latin America 10GB', 'pt', 'América Latina'],
    ['R18', 'South America eSIM', 'it', 'America del Sud'],
  ])('names the region %s ("%s") in %s: %s', (code, productName, locale, name) => {
    expect(countryName(code, locale, productName)).toBe(name);
  });

  it('uses the fallback, else the code, for a code that is no country and no region it knows', () => {
    expect(countryName('XQZ', 'en', 'Alps Explorer')).toBe('Alps Explorer');
    expect(countryName('XME', 'sw', 'Middle East eSIM')).toBe('Middle East eSIM');
    expect(countryName('XQZ', 'en')).toBe('XQZ');
    expect(countryName('QQQ', 'en')).toBe('QQQ');
  });

  it.each([
    ['HKG', 'en', 'Hong Kong'], ['HKG', 'de', 'Hongkong'], ['HKG', 'ja', '香港'], ['MAC', 'en', 'Macao'], ['MAC', 'zh', '澳门'],
  ])('names %s in %s as travellers do: %s', (code, locale, name) => {
    expect(countryName(code, locale)).toBe(name);
  });

  it('survives a locale Intl rejects', () => {
    expect(countryName('DEU', 'not a locale!!')).toBe('Germany');
    expect(countryName('GLO', '')).toBe('Global');
  });
});

describe('countryFlag', () => {
  it('builds regional-indicator flags', () => {
    expect(countryFlag('JPN')).toBe('🇯🇵');
    expect(countryFlag('DEU')).toBe('🇩🇪');
    expect(countryFlag('GBR')).toBe('🇬🇧');
    expect(countryFlag('ABW')).toBe('🇦🇼');
  });

  it('is empty for global, regions and unknown codes', () => {
    expect(countryFlag('GLO')).toBe('');
    expect(countryFlag('XEU')).toBe('');
    expect(countryFlag('EUROPE')).toBe('');
    expect(countryFlag('')).toBe('');
  });
});

describe('destinationMark', () => {
  it('is the flag of a country, a mark of its own for each known region and the globe for global', () => {
    expect(destinationMark('JPN')).toBe('🇯🇵');
    expect(destinationMark('GLO', 'Global Roaming')).toBe('🌐');
    const regions = [
      ['XEU', 'Europe eSIM', '🇪🇺'], ['XAS', 'Asia eSIM', '🌏'], ['XAM', 'Americas eSIM', '🌎'], ['XME', 'Middle East eSIM', '🏜️'],
      ['XAF', 'Africa eSIM', '🌍'], ['XCB', 'Caribbean Islands eSIM', '🏝️'], ['XBK', 'Balkans eSIM', '⛰️'], ['XOC', 'Oceania eSIM', '🌊'],
    ] as const;
    for (const [code, name, mark] of regions) expect(destinationMark(code, name), code).toBe(mark);
    // The mock catalogue's eight regions and Global all look different.
    expect(new Set([...regions.map(([code, name]) => destinationMark(code, name)), destinationMark('GLO')]).size).toBe(9);
  });

  it('recognises a region by its product name when its code is unknown, else shows a map', () => {
    expect(destinationMark('R1', 'Europe 30 days')).toBe('🇪🇺');
    expect(destinationMark('R2', 'Alps Explorer')).toBe('🗺️');
    expect(destinationMark('R2')).toBe('🗺️');
  });
});

describe('destinationKind', () => {
  it('tells countries, regions and global apart', () => {
    expect(destinationKind('JPN')).toBe('country');
    expect(destinationKind('GLO')).toBe('global');
    expect(destinationKind('XEU')).toBe('region');
    expect(destinationKind('EUROPE')).toBe('region');
  });
});
