import { alpha3ToAlpha2 } from './codes.js';

/** What a product's `country_code` stands for: one country, a region (XEU, EUROPE…) or GLO. */
export type DestinationKind = 'country' | 'region' | 'global';

const GLOBAL_CODE = 'GLO';

// Intl has no "Global"; region 001 is "World", which reads wrong for a roaming plan. Keyed by
// language; anything missing falls back to English.
const GLOBAL_LABELS: Readonly<Record<string, string>> = {
  en: 'Global',
  de: 'Global',
  fr: 'Monde entier',
  es: 'Global',
  it: 'Globale',
  pt: 'Global',
  nl: 'Wereldwijd',
  ja: 'グローバル',
  zh: '全球',
  ko: '글로벌',
  ar: 'عالمي',
  he: 'גלובלי',
  ru: 'Весь мир',
  uk: 'Весь світ',
  tr: 'Küresel',
  pl: 'Cały świat',
  cs: 'Celý svět',
  el: 'Παγκόσμια',
  th: 'ทั่วโลก',
  vi: 'Toàn cầu',
  hi: 'वैश्विक',
};

const displayNamesCache = new Map<string, Intl.DisplayNames>();

/** A locale Intl accepts: partners pass whatever their app holds, and a typo must not throw. */
export function supportedLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function displayNames(locale: string): Intl.DisplayNames {
  let names = displayNamesCache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([supportedLocale(locale)], { type: 'region', fallback: 'none' });
    displayNamesCache.set(locale, names);
  }
  return names;
}

function language(locale: string): string {
  const dash = locale.search(/[-_]/);
  return (dash === -1 ? locale : locale.slice(0, dash)).toLowerCase();
}

/** Whether a product's `country_code` is one country, a region or the whole world. */
export function destinationKind(code: string): DestinationKind {
  if (code.toUpperCase() === GLOBAL_CODE) return 'global';
  return alpha3ToAlpha2(code) === undefined ? 'region' : 'country';
}

/**
 * The display name of an alpha-3 code in `locale`: "DEU" → "Germany" / "Deutschland" / "ドイツ";
 * `GLO` → a localised "Global"; a code that is no country (XEU, EUROPE…) → `fallback` (pass the
 * product's name) or else the code itself.
 */
export function countryName(code: string, locale: string, fallback?: string): string {
  const kind = destinationKind(code);
  if (kind === 'global') return GLOBAL_LABELS[language(locale)] ?? 'Global';
  const alpha2 = kind === 'country' ? alpha3ToAlpha2(code) : undefined;
  const name = alpha2 === undefined ? undefined : displayNames(locale).of(alpha2);
  return name ?? fallback ?? code;
}

const REGIONAL_INDICATOR_A = 0x1f1e6;

/** The flag emoji of an alpha-3 country code ("JPN" → "🇯🇵"); '' for GLO, regions and unknown codes. */
export function countryFlag(code: string): string {
  const alpha2 = alpha3ToAlpha2(code);
  if (alpha2 === undefined) return '';
  return String.fromCodePoint(
    REGIONAL_INDICATOR_A + alpha2.charCodeAt(0) - 65,
    REGIONAL_INDICATOR_A + alpha2.charCodeAt(1) - 65,
  );
}
