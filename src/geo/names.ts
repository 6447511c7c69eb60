import { alpha3ToAlpha2 } from './codes.js';
import { GLOBAL_MARK, localName, REGION_MARK, regionOf, WORLD_NAMES } from './regions.js';

/** What a product's `country_code` stands for: one country, a region (XEU, EUROPE…) or GLO. */
export type DestinationKind = 'country' | 'region' | 'global';


/**
 * `make(locale)` cached per locale; a locale Intl rejects (partners pass whatever their app holds,
 * and a typo must not throw) gets `make('en')`.
 */
export const perLocale = <T>(make: (locale: string) => T): ((locale: string) => T) => {
  const cache = new Map<string, T>();
  return (locale) => {
    let value = cache.get(locale);
    if (value === undefined) {
      try {
        value = make(locale);
      } catch {
        value = make('en');
      }
      cache.set(locale, value);
    }
    return value;
  };
};

const displayNames = perLocale((locale) => new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' }));
const shortNames = perLocale((locale) => new Intl.DisplayNames(locale, { type: 'region', fallback: 'none', style: 'short' }));
// Places whose long CLDR name is an administrative title no traveller uses ("Hong Kong SAR China",
// "Sonderverwaltungsregion Macau", "Palestinian Territories"); their short name is the one on every
// ticket and eSIM shop, and the one Chrome's patched ICU gives as the long name too.
const BY_SHORT_NAME = new Set(['HK', 'MO', 'PS']);
// Chrome appends the other name of the Falklands ("Falkland Islands (Islas Malvinas)"), Node does not: the
// first name alone renders the same on a server and in the browser, so hydration matches.
const firstName = (name: string | undefined) => name?.split(/ ?[(（]| - /)[0];

const isGlobal = (code: string): boolean => code.toUpperCase() === 'GLO';

/** Whether a product's `country_code` is one country, a region or the whole world. */
export const destinationKind = (code: string): DestinationKind =>
  alpha3ToAlpha2(code) ? 'country' : isGlobal(code) ? 'global' : 'region';

/**
 * The display name of an alpha-3 code in `locale`: "DEU" → "Germany" / "Deutschland" / "ドイツ";
 * `GLO` → a localised "Global"; a region the library recognises by its code or by `fallback` (pass the
 * product's name: "Europe eSIM") → its localised name ("Europa"); any other code → `fallback`, else the code.
 */
export const countryName = (code: string, locale: string, fallback?: string): string => {
  const alpha2 = alpha3ToAlpha2(code);
  if (alpha2) {
    const name = (BY_SHORT_NAME.has(alpha2) ? shortNames : displayNames)(locale).of(alpha2);
    return (alpha2 === 'FK' ? firstName(name) : name) ?? fallback ?? code;
  }
  if (isGlobal(code)) return localName(WORLD_NAMES, locale);
  const region = regionOf(code, fallback);
  return region ? localName(region.names, locale) : (fallback ?? code);
};

/**
 * `text` without direction controls (embeddings, overrides, isolates): a name from the API needs none to be laid
 * out, and one could reorder what is written beside it. An isolate around it is not enough everywhere: in a list
 * row, Chromium let the name's own U+2069 close the <bdi> around it.
 */
export const withoutDirectionControls = (text: string): string => text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');

/** The flag emoji of an alpha-3 country code ("JPN" → "🇯🇵"); '' for GLO, regions and unknown codes. */
export const countryFlag = (code: string): string =>
  // Regional indicator symbols: 🇦 is U+1F1E6, 'A' + 127397.
  String.fromCodePoint(...[...(alpha3ToAlpha2(code) ?? '')].map((c) => c.charCodeAt(0) + 127397));

/**
 * What a list shows before a destination's name, decorative: the flag of a country, a region's own
 * mark (Europe 🇪🇺, Asia 🌏, Americas 🌎, Africa 🌍, Middle East 🏜️, Caribbean 🏝️, Balkans ⛰️,
 * Oceania 🌊; 🗺️ for a region it does not know) and 🌐 for GLO. Pass the product's name for regions.
 */
export const destinationMark = (code: string, productName?: string): string =>
  countryFlag(code) || (isGlobal(code) ? GLOBAL_MARK : (regionOf(code, productName)?.mark ?? REGION_MARK));
