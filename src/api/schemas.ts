import * as z from 'zod/mini';

/** Only http(s) images may reach an `<img src>`; anything else (javascript:, data:, garbage) becomes ''. */
export function safeImageUrl(value: string | null | undefined): string {
  if (!value) return '';
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

const id = z.int().check(z.positive());
const nonEmptyText = z.string().check(z.trim(), z.minLength(1));
const currencyCode = z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z]{3}$/));
const countryCode = z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z0-9]{2,8}$/));
const nonNegativeNumber = z.number().check(z.nonnegative());

export const productSchema = z.looseObject({
  id,
  name: nonEmptyText,
  country_code: countryCode,
  currency_code: currencyCode,
  image_url: z.pipe(z.nullish(z.string()), z.transform(safeImageUrl)),
});

export const variantSchema = z.looseObject({
  id,
  esim_product_id: id,
  name: nonEmptyText,
  description: z.pipe(z.nullish(z.string()), z.transform((value) => value?.trim() || undefined)),
  currency_code: currencyCode,
  amount: nonNegativeNumber,
  data_amount_gb: nonNegativeNumber,
  validity_days: z.int().check(z.nonnegative()),
  client_discount: z._default(z.number().check(z.gte(0), z.lte(100)), 0),
});

/** The detail body before its variants are checked one by one (see `parseProductDetail`). */
export const productDetailEnvelopeSchema = z.looseObject({
  ...productSchema.def.shape,
  variants: z._default(z.array(z.unknown()), []),
});

export const errorBodySchema = z.object({
  error: z.looseObject({
    name: z.optional(z.string()),
    code: z.optional(z.string()),
    message: z.optional(z.string()),
  }),
});

/** A product (destination) as the list endpoint returns it. Extra fields the API adds are kept. */
export type Product = z.output<typeof productSchema>;
/** A data plan of a product. `amount` is what the order request takes. */
export type Variant = z.output<typeof variantSchema>;

/** A record the API sent that failed validation: left out of the result and reported here. */
export interface InvalidRecord {
  kind: 'product' | 'variant';
  /** The record's `id` when it had a usable one. */
  id: number | undefined;
  /** Human-readable reasons, one per failed field, e.g. `amount: Too small`. */
  issues: string[];
  /** The record as received. */
  raw: unknown;
}

/** `getProduct`'s result: the product with its valid variants and those that were left out. */
export type ProductDetail = Product & {
  variants: Variant[];
  invalidVariants: InvalidRecord[];
};

function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) =>
    issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  );
}

function rawId(raw: unknown): number | undefined {
  const value = (raw as { id?: unknown } | null)?.id;
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
}

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
    else invalid.push({ kind, id: rawId(raw), issues: describeIssues(result.error), raw });
  }
  return { valid, invalid };
}

export { describeIssues };
