/**
 * Every string the components show. Partners replace any of them through `EsimProvider`'s `messages`;
 * numbers, currencies, units and plurals come from Intl in the provider's locale, not from here.
 */
export interface EsimMessages {
  // CountryList
  searchLabel: string;
  searchPlaceholder: string;
  destinationsLabel: string;
  countriesGroup: string;
  regionsGroup: string;
  clearSearch: string;
  resultCount: (count: number) => string;
  noDestinations: (query: string) => string;
  emptyCatalogue: string;
  loadingDestinations: string;
  // PlanPicker
  plansLabel: (destination: string) => string;
  sortLabel: string;
  sortPrice: string;
  sortData: string;
  sortValidity: string;
  unlimited: string;
  discountBadge: (percent: string) => string;
  originalPrice: (price: string) => string;
  pricePerGb: (price: string) => string;
  noPlans: string;
  loadingPlans: string;
  hydratingPlans: string;
  /** Shown and announced when a background refetch no longer lists the chosen plan. */
  planUnavailable: string;
  // EsimPicker
  changeDestination: string;
  chooseDestination: string;
  // Errors, shared
  retry: string;
  errorAuth: string;
  errorNetwork: string;
  errorServer: string;
  errorData: string;
  /** Shown while the browser is offline; loading resumes by itself when the connection is back. */
  offline: string;
  /** Added to a loading state that has lasted a few seconds. */
  stillWorking: string;
}

export const defaultMessages: EsimMessages = {
  searchLabel: 'Search destinations',
  searchPlaceholder: 'Country or region',
  destinationsLabel: 'Destinations',
  countriesGroup: 'Countries',
  regionsGroup: 'Regions and global',
  clearSearch: 'Clear search',
  resultCount: (count) => (count === 1 ? '1 destination' : `${count} destinations`),
  noDestinations: (query) => `No destination matches “${query}”.`,
  emptyCatalogue: 'No destinations right now.',
  loadingDestinations: 'Loading destinations…',
  plansLabel: (destination) => `Data plans for ${destination}`,
  sortLabel: 'Sort by',
  sortPrice: 'Price',
  sortData: 'Data',
  sortValidity: 'Validity',
  unlimited: 'Unlimited',
  discountBadge: (percent) => `${percent} off`,
  originalPrice: (price) => `Was ${price}`,
  pricePerGb: (price) => `${price} per GB`,
  noPlans: 'No plans for this destination yet.',
  loadingPlans: 'Loading plans…',
  hydratingPlans: 'Getting the latest plans. The first look can take a few seconds.',
  planUnavailable: 'Your plan is no longer sold. Please choose another.',
  changeDestination: 'Change destination',
  chooseDestination: 'Choose your destination',
  retry: 'Try again',
  errorAuth: 'Access to the plan catalogue was refused. Reload the page; if it keeps happening, the shop’s access key needs renewing.',
  errorNetwork: 'We could not reach the plan catalogue. Check your connection.',
  errorServer: 'The plan catalogue is having trouble right now.',
  errorData: 'The plan catalogue sent data we could not read.',
  offline: 'You are offline. We will carry on when your connection is back.',
  stillWorking: 'Still working on it…',
};

// Languages written right to left (Arabic, Hebrew, Persian, Urdu, Pashto, Sindhi, Uyghur, Yiddish, Dhivehi, Sorani).
const RTL_LANGUAGE = /^(ar|he|fa|ur|ps|sd|ug|yi|dv|ckb)([-_]|$)/i;

/** Writing direction of a BCP 47 locale, for the `dir` attribute of the components' roots. */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGE.test(locale) ? 'rtl' : 'ltr';
}

/** A locale Intl accepts, or `en-US`: a typo in a partner's config must not blank the picker. */
export function resolveLocale(locale: string | undefined): string {
  if (!locale) return 'en-US';
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}
