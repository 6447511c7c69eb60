/**
 * Regions: the API gives a regional product a code that is no country (XEU, EUROPE, EU…) and a
 * name ("Europe eSIM", "Caribbean Islands eSIM — Jamaica, Barbados…"). A region is recognised by its
 * code, else by the leading words of its code or product name, and gets a localised name and a mark.
 */

/** A region the library knows: its UN M49 code (Intl names it in every language) or its own names. */
interface Region {
  /** Decorative mark shown where a country shows its flag. */
  mark: string;
  /** UN M49 area code, named by Intl.DisplayNames. */
  m49?: string;
  /** Names of a region M49 lacks, by language; the product's own words are used elsewhere. */
  names?: Readonly<Record<string, string>>;
  /** What travellers type for it besides its names, "|"-separated. */
  aliases?: string;
}

const REGIONS: Readonly<Record<string, Region>> = {
  europe: { mark: '🇪🇺', m49: '150', aliases: 'eu|european union' },
  asia: { mark: '🌏', m49: '142', aliases: 'asia pacific|apac' },
  americas: { mark: '🌎', m49: '019' },
  latinAmerica: { mark: '🌎', m49: '419', aliases: 'latam' },
  southAmerica: { mark: '🌎', m49: '005' },
  northAmerica: { mark: '🌎', m49: '003' },
  centralAmerica: { mark: '🌎', m49: '013' },
  africa: { mark: '🌍', m49: '002' },
  caribbean: { mark: '🏝️', m49: '029' },
  oceania: { mark: '🌊', m49: '009' },
  middleEast: {
    mark: '🏜️',
    aliases: 'mena|gulf',
    names: {
      en: 'Middle East', de: 'Naher Osten', fr: 'Moyen-Orient', es: 'Oriente Medio', it: 'Medio Oriente',
      pt: 'Oriente Médio', nl: 'Midden-Oosten', pl: 'Bliski Wschód', tr: 'Orta Doğu', ja: '中東', ko: '중동',
      zh: '中东', ar: 'الشرق الأوسط', he: 'המזרח התיכון',
    },
  },
  balkans: {
    mark: '⛰️',
    names: {
      en: 'Balkans', de: 'Balkan', fr: 'Balkans', es: 'Balcanes', it: 'Balcani', pt: 'Bálcãs', nl: 'Balkan',
      pl: 'Bałkany', tr: 'Balkanlar', ja: 'バルカン半島', ko: '발칸반도', zh: '巴尔干', ar: 'البلقان', he: 'הבלקן',
    },
  },
};

// Codes vendors use for regions (the mock catalogue's X-codes among them).
const BY_CODE: Readonly<Record<string, string>> = {
  XEU: 'europe', EUR: 'europe', EU: 'europe', XAS: 'asia', APAC: 'asia', XAM: 'americas', XLA: 'latinAmerica',
  LATAM: 'latinAmerica', XSA: 'southAmerica', XNA: 'northAmerica', XAF: 'africa', XCB: 'caribbean', XOC: 'oceania',
  XME: 'middleEast', MENA: 'middleEast', XBK: 'balkans',
};

// The leading words of a normalised code or product name ("europe esim", "caribbean islands esim").
const BY_WORDS: readonly [RegExp, string][] = [
  [/^europe(an union)?\b/, 'europe'],
  [/^asia( pacific)?\b/, 'asia'],
  [/^latin america\b/, 'latinAmerica'],
  [/^south america\b/, 'southAmerica'],
  [/^north america\b/, 'northAmerica'],
  [/^central america\b/, 'centralAmerica'],
  [/^(the )?americas?\b/, 'americas'],
  [/^africa\b/, 'africa'],
  [/^caribbean\b/, 'caribbean'],
  [/^oceania\b/, 'oceania'],
  [/^middle east\b/, 'middleEast'],
  [/^balkans?\b/, 'balkans'],
];

// Lower case, punctuation to spaces: enough for the English words above.
const fold = (text: string): string => text.toLowerCase().replace(/[^a-z]+/g, ' ').trim();

/** The region a non-country code (and, failing that, its product's name) stands for, or undefined. */
export const regionOf = (code: string, productName = ''): Region | undefined => {
  const key =
    BY_CODE[code.toUpperCase()] ??
    BY_WORDS.find(([words]) => words.test(fold(code)))?.[1] ??
    BY_WORDS.find(([words]) => words.test(fold(productName)))?.[1];
  return key ? REGIONS[key] : undefined;
};

/** The region's name in `locale` by `m49Name` (Intl) or its own table; undefined when neither knows it. */
export const regionName = (
  region: Region,
  locale: string,
  m49Name: (code: string) => string | undefined,
): string | undefined =>
  region.m49 ? m49Name(region.m49) : region.names?.[locale.split(/[-_]/)[0]!.toLowerCase()];

/** Mark for a whole-world product, distinct from every region's. */
export const GLOBAL_MARK = '🌐';
/** Mark for a region the library does not know. */
export const REGION_MARK = '🗺️';
