/**
 * Every string the components show, as plain data a Next.js server component can pass to a client
 * component: text with `{name}` placeholders, and count-dependent text as one entry per
 * Intl.PluralRules category. `compileMessages` turns them into what components call.
 *
 * Adding a string: one line below. A text without placeholders stays a string for components;
 * one placeholder gives `(value) => string`; several give `({ a, b }) => string`; a plural entry
 * gives `(count) => string` (`{count}` is the formatted number), or `(count, { a }) => string`.
 */
export const defaultMessages = {
  // CountryList
  searchLabel: 'Search destinations',
  searchPlaceholder: 'Country or region',
  destinationsLabel: 'Destinations',
  countriesGroup: 'Countries',
  popularGroup: 'Popular',
  regionsGroup: 'Regions and global',
  clearSearch: 'Clear search',
  resultCount: { one: '{count} destination', other: '{count} destinations' },
  noDestinations: 'No destination matches “{query}”.',
  emptyCatalogue: 'No destinations right now.',
  loadingDestinations: 'Loading destinations…',
  // PlanPicker
  plansLabel: 'Data plans for {destination}',
  sortLabel: 'Sort by',
  sortPrice: 'Price',
  sortData: 'Data',
  sortValidity: 'Validity',
  unlimited: 'Unlimited',
  /** The data headline of a per-minute (voice) plan: the API sends 0 GB for it, as for unlimited plans. */
  noData: 'No data',
  discountBadge: '{percent} off',
  originalPrice: 'Was {price}',
  pricePerGb: '{price} per GB',
  noPlans: 'No plans for this destination yet.',
  /** Announced when the plans arrive. */
  planCount: { one: '{count} plan available', other: '{count} plans available' },
  loadingPlans: 'Loading plans…',
  hydratingPlans: 'Getting the latest plans. The first look can take a few seconds.',
  /** Shown and announced when a background refetch no longer lists the chosen plan. */
  planUnavailable: 'Your plan is no longer sold. Please choose another.',
  /** Shown and announced when a background refetch changes the chosen plan's price. */
  planRepriced: 'The price of your plan is now {price}.',
  planHeadline: '{data} · {validity}',
  pricePerDay: '{price} per day',
  saving: 'Save {amount}',
  bestValue: 'Best value',
  planDetails: 'Plan details',
  coverage: { one: 'Covers {count} country', other: 'Covers {count} countries' },
  loadingDetails: 'Loading plan details…',
  detailsUnavailable: 'Plan details are not available right now.',
  yes: 'Yes',
  no: 'No',
  /** A label and its value ("Plan details: 5 GB · 30 days"), with the language's colon and spacing. */
  labelled: '{label}: {value}',
  /** Labels of the facts `GET /variants/:id` sends; a field without one here shows its own name. */
  factNetworkType: 'Network type',
  factHotspot: 'Hotspot',
  factActivationPolicy: 'Activation',
  factTopUp: 'Top-up',
  /** Values of `activation_policy`. */
  activationFirstConnection: 'On first connection',
  activationArrival: 'On arrival',
  // EsimPicker
  changeDestination: 'Change destination',
  chooseDestination: 'Choose your destination',
  // Errors, shared
  retry: 'Try again',
  errorAuth: 'Access to the plan catalogue was refused. Please reload the page, or try again in a few minutes.',
  errorNetwork: 'We could not reach the plan catalogue. Check your connection.',
  errorServer: 'The plan catalogue is having trouble right now.',
  errorData: 'The plan catalogue sent data we could not read.',
  /** Shown while the browser is offline; loading resumes by itself when the connection is back. */
  offline: 'You are offline. We will carry on when your connection is back.',
  /** Added to a loading state that has lasted a few seconds. */
  stillWorking: 'Still working on it…',
} as const satisfies Record<string, string | PluralMessage>;

/** An Intl.PluralRules category. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * Text that depends on a count: one entry per category Intl.PluralRules has for the language
 * (English one/other; Polish one/few/many/other; Arabic all six). `other` is the fallback.
 */
export type PluralMessage = { readonly [C in Exclude<PluralCategory, 'other'>]?: string } & { readonly other: string };

type English = typeof defaultMessages;

/** Every UI string as serialisable data: what `EsimProvider`'s `messages` and `esim-picker/locales/<lang>` hold. */
export type Messages = { -readonly [K in keyof English]: English[K] extends string ? string : PluralMessage };

/** A value put into a placeholder: numbers are formatted in the locale. */
export type MessageValue = string | number;

type Placeholders<T> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;
type Formatter<P extends string> = [P] extends [never]
  ? string
  : true extends IsUnion<P>
    ? (values: Readonly<Record<P, MessageValue>>) => string
    : (value: MessageValue) => string;
type PluralFormatter<P extends string> = [P] extends [never]
  ? (count: number) => string
  : (count: number, values: Readonly<Record<P, MessageValue>>) => string;

/** Messages compiled for one locale, as components use them (`messages.resultCount(3)`). */
export type EsimMessages = {
  readonly [K in keyof English]: English[K] extends string
    ? Formatter<Placeholders<English[K]>>
    : English[K] extends { other: infer Other }
      ? PluralFormatter<Exclude<Placeholders<Other>, 'count'>>
      : never;
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
