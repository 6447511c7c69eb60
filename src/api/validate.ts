// Checks a response's records one by one, so one bad record costs only itself, plus the rules a record
// cannot check alone (duplicate ids, another product's plan, a currency other than the product's). Long lists give the main
// thread back between slices, so 100,000 records never make one long task.
import type * as z from 'zod/mini';
import type { InvalidRecord } from './schemas.js';

/** Our wording for a wrong type (zod/mini ships no messages); every check carries its own. */
const explain = (issue: z.core.$ZodRawIssue) =>
  issue.code === 'invalid_type' ? `expected ${issue.expected}` : undefined;

/** The record parsed by `schema` (`data`), or its issues in our words. */
export function check<T>(schema: z.ZodMiniType<T>, raw: unknown): { data?: T; issues: string[] } {
  const result = schema.safeParse(raw, { error: explain });
  // `field: reason` per issue; records are flat, so a path is one field at most.
  return result.success
    ? { data: result.data, issues: [] }
    : { issues: result.error.issues.map(({ path, message }) => (path.length ? `${String(path[0])}: ` : '') + message) };
}

/** Rules across the plans of one product. */
export interface ListRules {
  /** Every plan must name this product in `esim_product_id`. */
  productId?: number | undefined;
  /**
   * The product's currency, which every plan must share (plans are compared by price). Without it (a plan
   * list alone), each plan keeps its own: guessing one from the plans would let a stray plan hide the rest.
   */
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
 * Validates each record alone; the first valid record with an id is kept and later ones with the same id are
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
  const { currency } = rules;
  let sliceStart = performance.now();
  for (const raw of raws) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      sliceStart = performance.now();
    }
    const { data: record, issues } = check(schema, raw);
    if (record) {
      if (seen.has(record.id)) issues.push('id: a duplicate');
      // Plans (the records of one product) also name its id, and share its currency when known.
      if (rules.productId && record.esim_product_id !== rules.productId) issues.push(`esim_product_id: expected ${rules.productId}`);
      if (currency && record.currency_code !== currency) issues.push(`currency_code: expected ${currency}`);
      if (!issues.length) {
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
