// Response schemas. zod ships in the root bundle and zod/mini pulls in code per feature used, so these use
// only string, number, unknown, _default, looseObject and one custom check (`rule`): pipe,
// transform, int, regex, array and the built-in checks would each add 0.3–2 kB. zod/mini also ships no
// locale (every built-in message reads "Invalid input"), so rules carry their own message.
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

/** The one check every rule uses: `fix` (if given) normalises the value, then `ok` must hold. */
function rule<T>(ok: (value: T) => unknown, message: string, fix?: (value: T) => T) {
  return z.check<T>((ctx) => {
    if (fix) ctx.value = fix(ctx.value);
    if (!ok(ctx.value)) ctx.issues.push({ code: 'custom', message, input: ctx.value });
  });
}

/** `schema` with its output rewritten by `fix`: what pipe + transform do, for a fraction of the bytes. */
function mapped<I, O>(schema: z.ZodMiniType<I>, fix: (value: I) => O): z.ZodMiniType<O> {
  return schema.check(rule<I>(() => 1, '', fix as never)) as never;
}

const whole = (min: number) =>
  z.number().check(rule((v: number) => Number.isSafeInteger(v) && v >= min, `expected an integer >= ${min}`));
const id = whole(1);
const atLeast0 = z.number().check(rule((v: number) => v >= 0, 'expected a number >= 0'));
const text = z.string().check(rule<string>(Boolean, 'expected text', (v) => v.trim()));
const code = (pattern: RegExp, message: string) =>
  z.string().check(rule((v: string) => pattern.test(v), message, (v) => v.trim().toUpperCase()));
/** A string, null or absent (read as null). Checked by a rule: z.nullable would cost another 0.6 kB. */
const nullableText = z._default(
  z.unknown().check(rule((v) => v === null || typeof v === 'string', 'expected a string or null')),
  null,
) as z.ZodMiniType<string | null>;
/** Any JSON array (its elements are checked one by one elsewhere). */
export const listSchema = z.unknown().check(rule(Array.isArray, 'expected an array')) as z.ZodMiniType<unknown[]>;

const productShape = {
  id,
  name: text,
  country_code: code(/^[A-Z0-9]{2,8}$/, 'expected 2-8 letters/digits'),
  currency_code: code(/^[A-Z]{3}$/, 'expected 3 letters'),
  image_url: mapped(nullableText, safeImageUrl),
};

export const productSchema = z.looseObject(productShape);

export const variantSchema = z.looseObject({
  id,
  esim_product_id: id,
  name: text,
  description: mapped(nullableText, (value) => value?.trim() || undefined),
  currency_code: productShape.currency_code,
  amount: atLeast0,
  data_amount_gb: atLeast0,
  validity_days: whole(0),
  client_discount: z._default(
    z.number().check(rule((v: number) => v >= 0 && v <= 100, 'expected 0 to 100')),
    0,
  ),
});

/** The detail body before its variants are checked one by one (see `parseEach`). */
export const productDetailEnvelopeSchema = z.looseObject({ ...productShape, variants: z._default(listSchema, []) });

/** The API's error body; a missing field reads as ''. */
const errorText = z._default(z.string(), '');
export const errorBodySchema = z.looseObject({
  error: z.looseObject({ name: errorText, code: errorText, message: errorText }),
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

/** `field: reason` per issue. Type issues are worded here, since zod/mini has no messages of its own. */
export function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const reason =
      issue.code !== 'invalid_type' ? issue.message : issue.input === undefined ? 'required' : `expected ${issue.expected}`;
    return issue.path.length ? `${issue.path.join('.')}: ${reason}` : reason;
  });
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
    else {
      const id = (raw as { id?: unknown } | null)?.id;
      invalid.push({ kind, id: Number.isSafeInteger(id) ? (id as number) : undefined, issues: describeIssues(result.error), raw });
    }
  }
  return { valid, invalid };
}
