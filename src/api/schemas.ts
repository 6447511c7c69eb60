// Response schemas. zod ships in the root bundle and zod/mini pulls in code per feature used, so each
// schema is `z.unknown()` with one custom check: a record's check copies the object (extra fields kept)
// and reads its fields from a table, where each field's `fix` normalises it (and supplies its default),
// then `ok` must hold. z.looseObject alone would add 1.3 kB gzip, per-field types, defaults, pipes and
// built-in checks 0.3–2 kB each; zod/mini also ships no locale, so every message is our own.
import * as z from 'zod/mini';

/** Only http(s) images may reach an `<img src>`; anything else (javascript:, data:, garbage) becomes ''. */
export function safeImageUrl(value: string | null | undefined): string {
  try {
    const url = new URL(value!);
    return /^https?:$/.test(url.protocol) ? url.href : '';
  } catch {
    return '';
  }
}

/** [message, ok, fix]: `fix` runs first (a non-matching type must come out failing `ok`). */
type Field = [string, (value: unknown) => unknown, ((value: unknown) => unknown)?];

/** A JSON object whose `fields` must pass their rules; other fields are kept as sent. */
const record = <T>(fields: Record<string, Field>) =>
  z.unknown().check(
    z.check((ctx) => {
      const raw = ctx.value as Record<string, unknown>;
      const issue = (message: string, input: unknown, path?: string[]) => {
        ctx.issues.push({ code: 'custom', message, input, path });
      };
      if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return issue('expected an object', raw);
      const out: Record<string, unknown> = (ctx.value = { ...raw });
      for (const key in fields) {
        const [message, ok, fix = (value: unknown) => value] = fields[key]!;
        const value = fix(raw[key]);
        if (ok(value)) out[key] = value;
        else issue(message, raw[key], [key]);
      }
    }),
  ) as z.ZodMiniType<T>;

/** The value trimmed if it is a string, else ''. */
export const str = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const isStringOrNull = (value: unknown) => value == null || typeof value === 'string';
/** Absent (not null) reads as `fallback`. */
const orElse = (fallback: unknown) => (value: unknown) => (value === undefined ? fallback : value);
const whole = (min: number): Field => [`expected an integer >= ${min}`, (v) => Number.isSafeInteger(v) && (v as number) >= min];
const atLeast0: Field = ['expected a number >= 0', (v) => Number.isFinite(v) && (v as number) >= 0];
const text: Field = ['expected text', Boolean, str];
const upper = (value: unknown) => str(value).toUpperCase();
const matches = (pattern: RegExp) => (value: unknown) => pattern.test(value as string);
const currency: Field = ['expected 3 letters', matches(/^[A-Z]{3}$/), upper];

const productFields: Record<string, Field> = {
  id: whole(1),
  name: text,
  country_code: ['expected 2-8 letters/digits', matches(/^[A-Z0-9]{2,8}$/), upper],
  currency_code: currency,
  // A string, null or absent; anything but an http(s) URL reads as ''.
  image_url: ['expected a string or null', isStringOrNull, (v) => (isStringOrNull(v) ? safeImageUrl(v as string | null) : 0)],
};

/** A product (destination) as the list endpoint returns it. Extra fields the API adds are kept. */
export interface Product {
  id: number;
  name: string;
  country_code: string;
  currency_code: string;
  /** An http(s) URL, or '' when absent or unsafe. */
  image_url: string;
  [field: string]: unknown;
}

/** A data plan of a product. `amount` is what the order request takes. */
export interface Variant {
  id: number;
  esim_product_id: number;
  name: string;
  /** Trimmed; undefined when absent, null or blank. */
  description: string | undefined;
  currency_code: string;
  amount: number;
  data_amount_gb: number;
  validity_days: number;
  /** Percent, 0 to 100; 0 when absent. */
  client_discount: number;
  [field: string]: unknown;
}

export const productSchema = record<Product>(productFields);

export const variantSchema = record<Variant>({
  id: whole(1),
  esim_product_id: whole(1),
  name: text,
  description: ['expected a string or null', isStringOrNull, (v) => (isStringOrNull(v) ? (v as string | null)?.trim() || undefined : 0)],
  currency_code: currency,
  amount: atLeast0,
  data_amount_gb: atLeast0,
  validity_days: whole(0),
  client_discount: ['expected 0 to 100', (v) => Number.isFinite(v) && (v as number) >= 0 && (v as number) <= 100, orElse(0)],
});

/** Any JSON array (its elements are checked one by one elsewhere). */
export const listSchema = z.unknown().check(
  z.check((ctx) => {
    if (!Array.isArray(ctx.value)) ctx.issues.push({ code: 'custom', message: 'expected an array', input: ctx.value });
  }),
) as z.ZodMiniType<unknown[]>;

/** The detail body before its variants are checked one by one (see `parseEach`); no variants read as []. */
export const productDetailEnvelopeSchema = record<Product & { variants: unknown[] }>({
  ...productFields,
  variants: ['expected an array', Array.isArray, orElse([])],
});

/** A record the API sent that failed validation: left out of the result and reported here. */
export interface InvalidRecord {
  kind: 'product' | 'variant';
  /** The record's `id` when it had a usable one. */
  id: number | undefined;
  /** Human-readable reasons, one per failed field, e.g. `amount: expected a number >= 0`. */
  issues: string[];
  /** The record as received. */
  raw: unknown;
}

/** `getProduct`'s result: the product with its valid variants and those that were left out. */
export type ProductDetail = Product & {
  variants: Variant[];
  invalidVariants: InvalidRecord[];
};

/** `field: reason` per issue (every message is our own). */
export const describeIssues = (error: z.core.$ZodError): string[] =>
  error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ` : '') + issue.message);

/** Validates each record alone so that one bad record costs only itself. */
export function parseEach<T>(
  schema: z.ZodMiniType<T>,
  kind: InvalidRecord['kind'],
  raws: readonly unknown[],
): { valid: T[]; invalid: InvalidRecord[] } {
  const valid: T[] = [];
  const invalid: InvalidRecord[] = [];
  for (const raw of raws) {
    const result = schema.safeParse(raw);
    if (result.success) valid.push(result.data);
    else {
      const id = (raw as { id?: unknown } | null)?.id;
      invalid.push({ kind, id: Number.isSafeInteger(id) ? (id as number) : undefined, issues: describeIssues(result.error), raw });
    }
  }
  return { valid, invalid };
}
