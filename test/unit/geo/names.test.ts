import {
  alpha3ToAlpha2,
  countryCodes,
  countryFlag,
  countryName,
  destinationKind,
  destinationMark,
  normalCountryCode,
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

  it('reads a country code from a host prop or URL as the API writes it, or none', () => {
    expect(normalCountryCode(' jpn ')).toBe('JPN');
    expect(normalCountryCode('Deu\n')).toBe('DEU');
    expect(normalCountryCode('   ')).toBeNull();
    expect(normalCountryCode('')).toBeNull();
    expect(normalCountryCode(null)).toBeNull();
    expect(normalCountryCode(undefined)).toBeNull();
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
    // A language the library has no words for gets the English one, the same on every runtime.
    expect(countryName('GLO', 'sw')).toBe('Global');
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
    // Every code vendors use and every leading-words form the library knows.
    ['EU', '', 'en', 'Europe'], ['EUR', '', 'de', 'Europa'], ['APAC', '', 'de', 'Asien'], ['LATAM', '', 'es', 'Latinoamérica'],
    ['MENA', '', 'fr', 'Moyen-Orient'], ['XNA', '', 'en', 'North America'], ['XSA', '', 'en', 'South America'],
    ['XLA', '', 'en', 'Latin America'], ['R1', 'European Union eSIM', 'en', 'Europe'], ['R2', 'Asia Pacific 10GB', 'en', 'Asia'],
    ['R3', 'The Americas eSIM', 'en', 'Americas'], ['R4', 'America 5GB', 'en', 'Americas'], ['R5', 'Balkan eSIM', 'en', 'Balkans'],
    ['R6', 'Central America eSIM', 'en', 'Central America'], ['R7', 'Middle East eSIM', 'en', 'Middle East'],
    ['latin-america', '', 'en', 'Latin America'],
  ])('names the region %s ("%s") in %s: %s', (code, productName, locale, name) => {
    expect(countryName(code, locale, productName)).toBe(name);
  });

  it('uses the fallback, else the code, for a code that is no country and no region it knows', () => {
    expect(countryName('XQZ', 'en', 'Alps Explorer')).toBe('Alps Explorer');
    expect(countryName('XQZ', 'en')).toBe('XQZ');
    expect(countryName('QQQ', 'en')).toBe('QQQ');
  });

  it.each([
    ['HKG', 'en', 'Hong Kong'], ['HKG', 'de', 'Hongkong'], ['HKG', 'ja', '香港'], ['MAC', 'en', 'Macao'], ['MAC', 'zh', '澳门'],
  ])('names %s in %s as travellers do: %s', (code, locale, name) => {
    expect(countryName(code, locale)).toBe(name);
  });

  it('names regions, the world, Palestine and the Falklands the same with a browser’s Intl as with Node’s (no hydration mismatch)', async () => {
    // Chrome ships no names for UN M49 areas ("150", "001"), gives Palestine its short name as the long one
    // and appends "(Islas Malvinas)" to the Falklands; Node does none of that. Load the names with such an Intl.
    const NodeDisplayNames = Intl.DisplayNames;
    class ChromeDisplayNames extends NodeDisplayNames {
      override of(code: string) {
        if (/^\d{3}$/.test(code)) return undefined;
        if (code === 'PS') return new NodeDisplayNames(this.resolvedOptions().locale, { type: 'region', style: 'short' }).of('PS');
        const name = super.of(code);
        return code === 'FK' && name ? `${name} (Islas Malvinas)` : name;
      }
    }
    const names = (module: typeof import('../../../src/geo/names.js')) =>
      ['de', 'fr', 'ja', 'ar', 'en'].flatMap((locale) =>
        [['XEU', 'Europe eSIM'], ['XCB', 'Caribbean eSIM'], ['GLO', 'Global eSIM'], ['PSE'], ['FLK']].map(([code, product]) =>
          module.countryName(code!, locale, product),
        ),
      );
    vi.resetModules();
    const onNode = names(await import('../../../src/geo/names.js'));
    vi.resetModules();
    vi.stubGlobal('Intl', { ...Intl, DisplayNames: ChromeDisplayNames });
    try {
      expect(names(await import('../../../src/geo/names.js'))).toEqual(onNode);
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
    expect(onNode.slice(0, 5)).toEqual(['Europa', 'Karibik', 'Welt', 'Palästina', 'Falklandinseln']);
    expect(onNode.slice(-5)).toEqual(['Europe', 'Caribbean', 'Global', 'Palestine', 'Falkland Islands']);
  });

  it('names regions in the script of the page in Chinese, like the countries beside them', () => {
    expect(countryName('DEU', 'zh-TW')).toBe('德國');
    expect(countryName('XEU', 'zh-TW')).toBe('歐洲');
    expect(countryName('XAS', 'zh-Hant-HK')).toBe('亞洲');
    expect(countryName('XEU', 'zh-CN')).toBe('欧洲');
    expect(countryName('XEU', 'zh')).toBe('欧洲');
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
