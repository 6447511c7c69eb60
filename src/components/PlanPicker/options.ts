import type { Product, ProductDetail, Variant } from '../../api/schemas.js';
import { formatMinor, variantPrice, type Price } from '../../money/index.js';

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
  variant: Variant;
  price: Price;
  /** "1 GB", or `messages.unlimited` when `data_amount_gb` is 0. */
  data: string;
  /** "7 days", pluralised by Intl in the locale. */
  validity: string;
  /** The discount as a localised percentage ("5%"); undefined without a discount. */
  discount: string | undefined;
  /** The discounted price per GB; undefined for unlimited plans or when every plan has the same data. */
  perGb: string | undefined;
  unlimited: boolean;
  discounted: boolean;
}

/**
 * What each order compares, in turn; a negative key sorts descending. Price first by default: travellers
 * compare cost first and most pick the cheapest plan that covers the trip; at the same price the plan
 * giving more data (then more days) comes first, because it is the better buy. Other sorts break ties by
 * price. Unlimited (0 GB) is the most data there is. Prices compare in minor units: a product has one
 * currency. Array#sort is stable, so full ties keep the API's order.
 */
const sortKeys = ({ price, variant }: PlanOption, sort: PlanSort) => {
  const paid = price.discountedMinor;
  const gb = variant.data_amount_gb || Infinity;
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

/** Formats every plan once per data and locale; keystrokes and re-renders reuse the result. */
export function planOptions(variants: readonly Variant[], locale: string, unlimited: string): PlanOption[] {
  const formatter = (options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 2, ...options }).format;
  const gbText = formatter({ style: 'unit', unit: 'gigabyte' });
  const daysText = formatter({ style: 'unit', unit: 'day', unitDisplay: 'long' });
  const percentText = formatter({ style: 'percent' });
  // Price per GB helps only when the plans differ in size; with one size the price says it all.
  const sizes = new Set(variants.map((variant) => variant.data_amount_gb).filter(Boolean)).size > 1;
  return variants.map((variant) => {
    const gb = variant.data_amount_gb;
    const price = variantPrice(variant, locale);
    const discounted = variant.client_discount > 0;
    return {
      variant,
      price,
      data: gb ? gbText(gb) : unlimited,
      validity: daysText(variant.validity_days),
      discount: discounted ? percentText(variant.client_discount / 100) : undefined,
      // A comparison aid, rounded to the minor unit (half up: amounts are never negative).
      perGb: sizes && gb ? formatMinor(Math.round(price.discountedMinor / gb), price.currency, locale) : undefined,
      unlimited: !gb,
      discounted,
    };
  });
}
