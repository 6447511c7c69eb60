// Checks a response's records one by one, so one bad record costs only itself, plus the rules a record
// cannot check alone (duplicate ids, another product's plan, a second currency). Long lists give the main
// thread back between slices, so 100,000 records never make one long task.
import type * as z from 'zod/mini';
import type { InvalidRecord } from './schemas.js';

/** Our wording for a wrong type (zod/mini ships no messages); every check carries its own. */
const explain = (issue: z.core.$ZodRawIssue) =>
  issue.code === 'invalid_type' ? `expected ${issue.expected}` : undefined;

/** `field: reason` per issue. */
export const describeIssues = (error: z.core.$ZodError): string[] =>
  error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ` : '') + issue.message);

/** The record parsed by `schema`, or its issues in our words. */
export function check<T>(schema: z.ZodMiniType<T>, raw: unknown): { data: T } | { issues: string[] } {
  const result = schema.safeParse(raw, { error: explain });
  return result.success ? { data: result.data } : { issues: describeIssues(result.error) };
}

/** Rules across the records of one response. */
export interface ListRules {
  /** Every record must name this product in `esim_product_id`. */
  productId?: number | undefined;
  /** Every record must be priced in this currency; without it, in the first valid record's. */
  currency?: string | undefined;
}

/** A slice of validation stays well under the 50 ms that makes a long task. */
const SLICE_MS = 8;

/**
 * Gives the main thread back for input and paint: a message, which unlike a timer is neither clamped to
 * 4 ms when nested nor stalled by a test's fake timers.
 */
const yieldToMain = (): Promise<unknown> =>
  new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => resolve(port1.close());
    port2.postMessage(0);
  });

type ListRecord = { id: number; esim_product_id?: number; currency_code?: string };

/**
 * Validates each record alone; the first record with an id is kept and later ones with the same id are
 * reported, as are records breaking `rules`.
 */
export async function validateEach<T extends ListRecord>(
  schema: z.ZodMiniType<T>,
  kind: InvalidRecord['kind'],
  raws: readonly unknown[],
  rules: ListRules = {},
): Promise<{ valid: T[]; invalid: InvalidRecord[] }> {
  const valid: T[] = [];
  const invalid: InvalidRecord[] = [];
  const seen = new Set<number>();
  let { currency } = rules;
  let sliceStart = performance.now();
  for (const [index, raw] of raws.entries()) {
    if (index % 64 === 63 && performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      sliceStart = performance.now();
    }
    const result = check(schema, raw);
    const issues = 'issues' in result ? result.issues : [];
    if ('data' in result) {
      const record = result.data;
      if (seen.has(record.id)) issues.push('id: a duplicate');
      if (rules.productId !== undefined && record.esim_product_id !== rules.productId) {
        issues.push(`esim_product_id: expected ${rules.productId}`);
      }
      if (kind === 'variant' && currency && record.currency_code !== currency) {
        issues.push(`currency_code: expected ${currency}`);
      }
      if (!issues.length) {
        if (kind === 'variant') currency ??= record.currency_code;
        seen.add(record.id);
        valid.push(record);
        continue;
      }
    }
    const id = (raw as { id?: unknown } | null)?.id;
    invalid.push({ kind, id: Number.isSafeInteger(id) ? (id as number) : undefined, issues, raw });
  }
  return { valid, invalid };
}
