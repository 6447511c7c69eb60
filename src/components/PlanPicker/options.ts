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

const cmp = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);
// Unlimited (0 GB) is the most data there is.
const gb = (option: PlanOption) => option.variant.data_amount_gb || Infinity;
const paid = (option: PlanOption) => option.price.discountedMinor;
const days = (option: PlanOption) => option.variant.validity_days;

/**
 * Orders, each with its tie-breaks. Price first by default: travellers compare cost first and most pick
 * the cheapest plan that covers the trip; at the same price the plan giving more data (then more days)
 * comes first, because it is the better buy. Other sorts break ties by price. Array#sort is stable, so
 * full ties keep the API's order. Prices compare in minor units: a product has one currency.
 */
const COMPARE: Record<PlanSort, (a: PlanOption, b: PlanOption) => number> = {
  price: (a, b) => cmp(paid(a), paid(b)) || cmp(gb(b), gb(a)) || cmp(days(b), days(a)),
  data: (a, b) => cmp(gb(a), gb(b)) || cmp(paid(a), paid(b)),
  validity: (a, b) => cmp(days(a), days(b)) || cmp(paid(a), paid(b)),
};

export function sortPlans(options: readonly PlanOption[], sort: PlanSort): PlanOption[] {
  return [...options].sort(COMPARE[sort] ?? COMPARE.price);
}

/** The product as a selection carries it: without `variants`/`invalidVariants`, so it posts small. */
export function productOf(detail: ProductDetail): Product {
  const { variants: _variants, invalidVariants: _invalid, ...product } = detail;
  return product;
}

/** Formats every plan once per data and locale; keystrokes and re-renders reuse the result. */
export function planOptions(variants: readonly Variant[], locale: string, unlimited: string): PlanOption[] {
  const unit = (name: string, long?: boolean) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: long ? 'long' : 'short', maximumFractionDigits: 2 });
  const dataFormat = unit('gigabyte');
  const dayFormat = unit('day', true);
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  // Price per GB helps only when the plans differ in size; with one size the price says it all.
  const sizes = new Set(variants.map((variant) => variant.data_amount_gb).filter(Boolean));
  return variants.map((variant) => {
    const price = variantPrice(variant, locale);
    const perGb = sizes.size > 1 ? pricePerGbMinor(price.discountedMinor, variant.data_amount_gb) : undefined;
    const discounted = variant.client_discount > 0;
    return {
      variant,
      price,
      data: variant.data_amount_gb ? dataFormat.format(variant.data_amount_gb) : unlimited,
      validity: dayFormat.format(variant.validity_days),
      discount: discounted ? percentFormat.format(variant.client_discount / 100) : undefined,
      perGb: perGb === undefined ? undefined : formatMinor(perGb, price.currency, locale),
      unlimited: !variant.data_amount_gb,
      discounted,
    };
  });
}
