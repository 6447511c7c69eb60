// The API's records as zod schemas, and their public types as the schemas' output: one source of truth.
// The schemas also normalise (trim, upper-case codes, https-only images, defaults), so a partner who
// parses with them gets what the client returns. Bounds come from src/money: whatever passes can be priced.
import * as z from 'zod/mini';
import { isCurrencyCode, isPlanData, MAX_AMOUNT, MAX_VALIDITY_DAYS } from '../money/index.js';

// Zod compiles object parsers with `new Function` after probing whether eval is allowed; under a strict
// Content-Security-Policy (no 'unsafe-eval') the caught probe still fires a `securitypolicyviolation` on
// the partner's page. An object schema reads the setting once, when it is built, so ours are built with
// eval off and the setting is put back at once: zod keeps it on globalThis, shared with the partner's zod.
function withoutEval<T>(build: () => T): T {
  const { jitless } = z.config();
  z.config({ jitless: true });
  try {
    return build();
  } finally {
    z.config({ jitless });
  }
}

/** The value trimmed if it is a string, else ''. */
export const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * An image URL safe for `<img src>` on a strict CSP or mixed-content checkout: `https:` only, else ''
 * (`http:`, `data:`, `javascript:`, relative or malformed). Decides by prefix first, so the common empty
 * or https case never throws.
 */
export function safeImageUrl(value: unknown): string {
  const text = trimmed(value);
  if (!/^https:\/\/./i.test(text)) return '';
  try {
    return new URL(text).href;
  } catch {
    return '';
  }
}

// Checks are refinements with our own words: zod/mini ships no messages, and each built-in check class
// (z.int, z.gte, z.minLength, z.regex…) costs 150–450 B gzip in a partner's bundle for what one line says.

/** A number from `min` to `max`, a safe integer when `integer`. */
const range = (min: number, max: number, integer?: boolean) =>
  z.number().check(
    z.refine(
      (value) => value >= min && value <= max && (!integer || Number.isSafeInteger(value)),
      `expected ${integer ? 'an integer' : 'a number'} from ${min} to ${max}`,
    ),
  );

/** Trimmed and upper-cased, then passing `test`. */
const code = (test: (value: string) => boolean, expected: string) =>
  z.string().check(z.overwrite((value) => value.trim().toUpperCase()), z.refine(test, `expected ${expected}`));

/** Any JSON array; its records are checked one by one (z.array would add 400 B gzip to say the same). */
const list = z.custom<unknown[]>(Array.isArray, 'expected an array');

/** Trimmed, at least one character. */
const text = z.string().check(z.overwrite((value) => value.trim()), z.refine(Boolean, 'expected non-blank text'));
const id = range(1, Number.MAX_SAFE_INTEGER, true);
const currencyCode = code(isCurrencyCode, 'an ISO 4217 currency code in use');

/** A product (destination) as the list endpoint returns it. Fields the API adds are kept as sent. */
export const productSchema = /* @__PURE__ */ withoutEval(() =>
  z.looseObject({
    id,
    name: text,
    /** ISO 3166-1 alpha-3 (`JPN`), `GLO`, or a region code the API defines. */
    country_code: code((value) => /^[A-Z0-9]{2,8}$/.test(value), '2 to 8 letters or digits'),
    currency_code: currencyCode,
    /** An https URL, or '' when absent, null, not a string or unsafe: a picture never costs a destination (a transform, like z.catch without its 3 kB gzip). */
    image_url: z.transform(safeImageUrl),
  }),
);

/**
 * A data plan of a product. `amount` is what the order request takes. `GET /variants/:id` adds `regions`
 * and extended fields the reference does not define: they are kept as sent, untyped (a typed reading
 * would cost 130 B gzip against the 9 kB `createEsimClient` budget; the plan picker reads them defensively).
 */
export const variantSchema = /* @__PURE__ */ withoutEval(() =>
  z.looseObject({
    id,
    esim_product_id: id,
    name: text,
    /** Trimmed; undefined when absent, null, blank or not a string: optional text never costs the plan. */
    description: z.transform((value) => (typeof value === 'string' && value.trim()) || undefined),
    currency_code: currencyCode,
    amount: range(0, MAX_AMOUNT),
    /** 0 for unlimited or per-minute plans. */
    data_amount_gb: z.number().check(z.refine(isPlanData, 'expected 0 (unlimited) or 0.01 to 1000000')),
    validity_days: range(0, MAX_VALIDITY_DAYS, true),
    /** Percent off `amount`, 0 to 100; 0 when absent (never when null). */
    client_discount: z._default(range(0, 100), 0),
  }),
);

/**
 * The detail body before its variants are checked one by one, so one bad plan costs only itself;
 * no `variants` (absent or null) reads as none.
 */
export const productDetailEnvelopeSchema = /* @__PURE__ */ withoutEval(() =>
  z.looseObject({
    ...productSchema.shape,
    variants: z._default(z.custom<unknown[] | null>((value) => value === null || Array.isArray(value), 'expected an array'), null),
  }),
);

/** A JSON array whose elements are checked one by one. */
export const listSchema = list;

export type Product = z.output<typeof productSchema>;
export type Variant = z.output<typeof variantSchema>;

/** A record the API sent that failed validation: left out of the result and reported here. */
export interface InvalidRecord {
  kind: 'product' | 'variant';
  /** The record's `id` when it had a usable one. */
  id: number | undefined;
  /** Human-readable reasons, one per failed field, e.g. `amount: expected <= 1000000000`. */
  issues: string[];
  /** The record as received. */
  raw: unknown;
}

/** `getProduct`'s result: the product with its valid variants and those that were left out. */
export type ProductDetail = Product & {
  variants: Variant[];
  invalidVariants: InvalidRecord[];
};
