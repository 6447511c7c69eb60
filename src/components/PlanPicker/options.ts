import type { Product, ProductDetail, Variant } from '../../api/schemas.js';
import { formatMinor, pricePerGbMinor, variantPrice, type Price } from '../../money/index.js';

/** What a plan is ordered by. */
export type PlanSort = 'price' | 'data' | 'validity';

/** What `onSelect`/`onChange` receive: the contract partners post to their order endpoint (DESIGN.md). */
export interface PlanSelection {
  /** The destination, without its variant list. */
  product: Product;
  variant: Variant;
  /** `variant.amount` unchanged: what the order request takes. */
  orderAmount: number;
  /** `variantPrice(variant, locale)`: before and after the partner's discount, exact and formatted. */
  price: Price;
}

/** One plan as the picker shows it: the variant, its price and its texts formatted in the locale. */
export interface PlanOption {
  /**
   * The plan's position in the API's list. Rows are keyed and chosen by it, never by `variant.id` alone:
   * a server may send two plans with one id, and the card the traveller clicked is the one they pay for.
   */
  row: number;
  /** Stable across refetches, for React keys: the variant id, and after it the count of earlier plans with that id. */
  key: string;
  variant: Variant;
  price: Price;
  /** "1 GB"; for 0 GB `messages.unlimited`, or `messages.noData` for a per-minute plan. */
  data: string;
  /** "7 days", pluralised by Intl in the locale. */
  validity: string;
  /** The discount as a localised percentage ("5%", "7.5%"); undefined without a discount. */
  discount: string | undefined;
  /** What the discount saves, `originalMinor − discountedMinor` formatted ("$0.22"); undefined without one. */
  saving: string | undefined;
  /** The discounted price per GB, where it helps compare: not on 1 GB or unlimited plans, nor when all plans are one size or it rounds to 0. */
  perGb: string | undefined;
  /** The discounted price per day of an unlimited plan lasting more than a day, unless it rounds to 0. */
  perDay: string | undefined;
  /** Lowest price per GB among three or more limited plans. */
  bestValue: boolean;
  /** The API's name says more than destination, data and validity (e.g. "5G Max"), so the card shows it. */
  nameInformative: boolean;
  unlimited: boolean;
  /** 0 GB on a plan whose name speaks of minutes, voice, talk or calls, and not of unlimited or data-only. */
  perMinute: boolean;
  discounted: boolean;
}

/** A plan the picker left out because it cannot be priced (an amount beyond exact money, a size of 1e-15 GB…). */
export interface UnpricedPlan {
  variant: Variant;
  error: unknown;
}

/**
 * What each order compares, in turn; a negative key sorts descending. Price first by default: travellers
 * compare cost first and most pick the cheapest plan that covers the trip; at the same price the plan
 * giving more data (then more days) comes first, because it is the better buy. Other sorts break ties by
 * price. Unlimited is the most data there is; a per-minute plan (also 0 GB) the least. Prices compare in minor units: a product has one
 * currency. Array#sort is stable, so full ties keep the API's order.
 */
const sortKeys = ({ price, variant, unlimited }: PlanOption, sort: PlanSort) => {
  const paid = price.discountedMinor;
  const gb = unlimited ? Infinity : variant.data_amount_gb;
  const days = variant.validity_days;
  return sort === 'data' ? [gb, paid] : sort === 'validity' ? [days, paid] : [paid, -gb, -days];
};

export function sortPlans(options: readonly PlanOption[], sort: PlanSort): PlanOption[] {
  // The first key that differs decides; equal keys subtract to 0 and two unlimited plans to NaN, both skipped.
  return [...options].sort((a, b) => {
    const y = sortKeys(b, sort);
    return sortKeys(a, sort).map((key, i) => key - y[i]!).find(Boolean) || 0;
  });
}

// Words a plan name shares with the card's other facts: the name adds nothing when only these remain.
const SIZE_OR_TIME = /\b\d+(?:[.,]\d+)?\s*(?:gb|mb|tb|days?|d)?\b/g;
const FILLER = /\b(?:esim|e-sim|sim|data|plan|unlimited|days?|gb)\b/g;

/** Whether `name` says anything beyond the destination, data and validity ("Japan 1 GB / 7 days" does not). */
export function nameAddsInformation(name: string, places: readonly string[]): boolean {
  let rest = name.toLowerCase();
  for (const place of places) for (const word of place.toLowerCase().split(/\s+/)) if (word) rest = rest.split(word).join(' ');
  return /[\p{L}\p{N}]/u.test(rest.replace(SIZE_OR_TIME, ' ').replace(FILLER, ' '));
}

/**
 * The plan with the lowest price per GB among three or more limited plans of one currency; ties go to
 * the plan with more data. None when every limited plan costs the same per GB: there is nothing to point at.
 */
function bestValueRow(options: readonly PlanOption[], perGbMinor: ReadonlyMap<number, number>): number | undefined {
  const limited = options.filter((option) => perGbMinor.has(option.row));
  const perGb = (option: PlanOption) => perGbMinor.get(option.row)!;
  if (limited.length < 3 || new Set(limited.map((option) => option.price.currency)).size > 1) return undefined;
  if (new Set(limited.map(perGb)).size === 1) return undefined;
  // On a full tie the earlier plan stays.
  return limited.reduce((best, option) =>
    (perGb(option) - perGb(best) || best.variant.data_amount_gb - option.variant.data_amount_gb) < 0 ? option : best,
  ).row;
}

// The API sends 0 GB both for unlimited data and for per-minute plans; only the plan's name tells them apart
// (descriptions of data plans speak of calls too: "no voice calls or SMS", "activates within 30 minutes").
// Unlimited unless the name speaks of minutes, voice, talk or calls, not negated and not of unlimited or
// data-only: calling a voice plan "Unlimited" would sell a traveller data they do not get.
const DATA_WORDS = /\b(?:unlimited|data[- ]only)\b/i;
const PER_MINUTE_WORDS = /\b(?:minutes?|mins?|voice|talk|calls?)\b/i;
const NEGATED = /\b(?:no|not|without|excl\w*)\b[^.,;:/]*/gi;
const isPerMinute = ({ name }: Variant) => !DATA_WORDS.test(name) && PER_MINUTE_WORDS.test(name.replace(NEGATED, ''));

/** What `onChange` hands the host for `variant` of `product`, priced in `locale`. Throws where `variantPrice` does. */
export function planSelection(product: ProductDetail, variant: Variant, locale: string, price = variantPrice(variant, locale)): PlanSelection {
  // The product without `variants`/`invalidVariants`, so the selection posts small.
  const { variants: _variants, invalidVariants: _invalid, ...rest } = product;
  return { product: rest, variant, orderAmount: variant.amount, price };
}

/** Whether the host already holds `next`: the same plan record, priced and formatted the same. */
export const sameSelection = (last: PlanSelection | null, next: PlanSelection | null) =>
  last === next ||
  (!!last && !!next && last.variant === next.variant && last.price.discounted === next.price.discounted && last.price.original === next.price.original);

/**
 * Formats every plan once per data and locale; keystrokes and re-renders reuse the result. A plan that
 * cannot be priced or formatted is left out and returned in `unpriced`, so one bad record never takes the
 * checkout down.
 */
export function planOptions(
  variants: readonly Variant[],
  locale: string,
  texts: { unlimited: string; noData: string },
  places: readonly string[] = [],
): { options: PlanOption[]; unpriced: UnpricedPlan[] } {
  const formatter = (options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 2, ...options }).format;
  const gbText = formatter({ style: 'unit', unit: 'gigabyte' });
  const daysText = formatter({ style: 'unit', unit: 'day', unitDisplay: 'long' });
  // Up to two decimals, so a 7.5 % discount reads "7.5%", not "8%"; cut, never rounded up (99.995 % reads
  // "99.99%", not "100%" beside a price of $0.01). Given the decimal the API sent: 29 / 100 is 0.28999… as a float.
  const percentText = formatter({ style: 'unit', unit: 'percent', roundingMode: 'trunc' });
  // Price per GB helps only when the plans differ in size; with one size the price says it all.
  const sizes = new Set(variants.map((variant) => variant.data_amount_gb).filter(Boolean)).size > 1;
  const options: PlanOption[] = [];
  const unpriced: UnpricedPlan[] = [];
  const perGbMinor = new Map<number, number>();
  const seen = new Map<number, number>();
  variants.forEach((variant, row) => {
    const twins = seen.get(variant.id) ?? 0;
    seen.set(variant.id, twins + 1);
    try {
      const gb = variant.data_amount_gb;
      const days = variant.validity_days;
      const perMinute = !gb && isPerMinute(variant);
      const unlimited = !gb && !perMinute;
      const price = variantPrice(variant, locale);
      const { currency, discountedMinor, originalMinor } = price;
      // Exact division in the money layer; it throws, like pricing, for sizes such as 1e-15 GB.
      const perUnit = (unit: number) => pricePerGbMinor(discountedMinor, unit)!;
      if (gb) perGbMinor.set(row, perUnit(gb));
      // A figure that rounds to nothing ("$0.00 per day") would make a paid plan look free: none is shown.
      const per = (unit: number, minor = perUnit(unit)) => (minor ? formatMinor(minor, currency, locale) : undefined);
      const discounted = discountedMinor < originalMinor;
      options.push({
        row,
        key: twins ? `${variant.id}.${twins}` : String(variant.id),
        variant,
        price,
        data: gb ? gbText(gb) : perMinute ? texts.noData : texts.unlimited,
        validity: daysText(days),
        discount: discounted ? percentText(`${variant.client_discount}`) : undefined,
        saving: discounted ? formatMinor(originalMinor - discountedMinor, currency, locale) : undefined,
        perGb: sizes && gb && gb !== 1 ? per(gb) : undefined,
        perDay: unlimited && days > 1 ? per(days) : undefined,
        bestValue: false,
        nameInformative: nameAddsInformation(variant.name, places),
        unlimited,
        perMinute,
        discounted,
      });
    } catch (error) {
      unpriced.push({ variant, error });
    }
  });
  const best = bestValueRow(options, perGbMinor);
  for (const option of options) option.bestValue = option.row === best;
  return { options, unpriced };
}
