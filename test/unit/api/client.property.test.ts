// Properties of the client over generated payloads (valid records, harmless variations and mutations),
// through a fetch double: only EsimApiError escapes, every valid record comes out, every invalid one is
// reported, and whatever comes out can be priced and formatted. Seeded (see arbitraries.ts); fast-check
// prints the seed and path of a failure so it can be replayed with FUZZ_SEED.
import fc from 'fast-check';
import { createEsimClient, isEsimApiError, type Variant } from '../../../src/api/index.js';
import { formatMinor, pricePerGbMinor, variantPrice } from '../../../src/money/index.js';
import { breakProduct, breakVariant, currency, fuzz, ids, validProduct, validVariant, type Json } from './arbitraries.js';

const locale = fc.constantFrom('en-US', 'de-DE', 'ja-JP', 'ar-EG', 'fr-CH');

/** A client whose every request gets `body`; `variantsBody`, if given, answers the variants list instead. */
const serving = (body: unknown, status = 200, headers: Record<string, string> = {}, variantsBody = body) =>
  createEsimClient({
    baseUrl: 'https://api.esim.test',
    token: 'sk_fuzz_token_1234',
    fetch: async (url) => {
      const sent = String(url).endsWith('/variants') ? variantsBody : body;
      return new Response(typeof sent === 'string' ? sent : JSON.stringify(sent), { status, headers });
    },
  });

/** As the client receives a record: through JSON. */
const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

/** Renders a plan the way the picker does; throws if anything about it cannot be shown. */
function render(variant: Variant, where: string) {
  const price = variantPrice(variant, where);
  for (const text of [price.original, price.discounted]) expect(text).toMatch(/\p{Nd}/u);
  expect(price.discountedMinor).toBeLessThanOrEqual(price.originalMinor);
  const gb = variant.data_amount_gb;
  if (gb) {
    formatMinor(pricePerGbMinor(price.discountedMinor, gb)!, price.currency, where);
    formatMinor(Math.round(price.discountedMinor / gb), price.currency, where);
  }
  expect(variant.name.trim()).toBe(variant.name);
  expect(variant.name).not.toBe('');
}

/** Records in a shuffled order, each marked valid or not, with an optional later twin of a valid one. */
function interleave<T>(valid: T[], broken: unknown[], keys: number[], twin: ((record: T) => unknown) | undefined) {
  const rows: { raw: unknown; valid: boolean }[] = [
    ...valid.map((raw) => ({ raw: raw as unknown, valid: true })),
    ...broken.map((raw) => ({ raw, valid: false })),
  ];
  const ordered = rows.map((row, index) => ({ row, key: keys[index] ?? 0 })).sort((a, b) => a.key - b.key).map(({ row }) => row);
  const first = ordered.findIndex((row) => row.valid);
  if (twin && first >= 0) ordered.splice(first + 1, 0, { raw: twin(ordered[first]!.raw as T), valid: false });
  return ordered;
}

const detailCase = fc
  .tuple(fc.integer({ min: 1, max: 2 ** 31 }), currency, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 3 }))
  .chain(([productId, code, validCount, brokenCount]) =>
    fc.record({
      code: fc.constant(code),
      product: validProduct(productId, code),
      records: ids(validCount + brokenCount).chain((list) =>
        fc.record({
          valid: fc.tuple(...list.slice(0, validCount).map((id) => validVariant(id, productId, code))),
          broken: fc.tuple(
            ...list.slice(validCount).map((id) =>
              fc.tuple(validVariant(id, productId, code), breakVariant(productId, code)).map(([v, [, change]]) => change(v)),
            ),
          ),
          keys: fc.array(fc.integer(), { minLength: validCount + brokenCount, maxLength: validCount + brokenCount }),
          twin: fc.boolean(),
        }),
      ),
      where: locale,
    }),
  );

describe('client properties', () => {
  it('getProduct: valid plans come out in order, invalid ones are reported, every plan prices', async () => {
    await fc.assert(
      fc.asyncProperty(detailCase, async ({ product, records, where }) => {
        const twin = records.twin ? (v: Json) => ({ ...v, amount: 45, name: 'Twin' }) : undefined;
        const rows = interleave(records.valid as Json[], records.broken as unknown[], records.keys, twin);
        // With no plans inline the client asks the variants endpoint, which here has none either.
        const variants = rows.map((row) => row.raw);
        const detail = await serving({ ...product, variants }, 200, {}, variants).getProduct(product.id as number);
        expect(detail.variants.map((variant) => variant.id)).toEqual(rows.filter((row) => row.valid).map((row) => (row.raw as Json).id));
        expect(detail.invalidVariants.map((record) => record.raw)).toEqual(rows.filter((row) => !row.valid).map((row) => wire(row.raw)));
        for (const record of detail.invalidVariants) expect(record.issues.length).toBeGreaterThan(0);
        for (const variant of detail.variants) render(variant, where);
        expect(detail.image_url).toMatch(/^(https:\/\/.+)?$/);
      }),
      fuzz,
    );
  });

  it('listProducts: valid products come out in order, invalid ones (and later twins) are reported', async () => {
    const pageCase = fc
      .tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 4 }))
      .chain(([validCount, brokenCount]) =>
        ids(validCount + brokenCount).chain((list) =>
          fc.record({
            valid: fc.tuple(...list.slice(0, validCount).map((id) => currency.chain((code) => validProduct(id, code)))),
            broken: fc.tuple(
              ...list.slice(validCount).map((id) =>
                fc.tuple(currency.chain((code) => validProduct(id, code)), breakProduct).map(([p, [, change]]) => change(p)),
              ),
            ),
            keys: fc.array(fc.integer(), { minLength: validCount + brokenCount, maxLength: validCount + brokenCount }),
            twin: fc.boolean(),
          }),
        ),
      );
    await fc.assert(
      fc.asyncProperty(pageCase, async ({ valid, broken, keys, twin }) => {
        const rows = interleave(valid as Json[], broken as unknown[], keys, twin ? (p: Json) => ({ ...p, name: 'Twin' }) : undefined);
        const page = await serving(rows.map((row) => row.raw)).listProducts();
        expect(page.items.map((item) => item.id)).toEqual(rows.filter((row) => row.valid).map((row) => (row.raw as Json).id));
        expect(page.invalid.map((record) => record.raw)).toEqual(rows.filter((row) => !row.valid).map((row) => wire(row.raw)));
        for (const item of page.items) {
          expect(item.name.trim()).not.toBe('');
          expect(item.image_url).toMatch(/^(https:\/\/.+)?$/);
        }
      }),
      fuzz,
    );
  });

  it('any status and body: the call resolves with renderable data or rejects with an EsimApiError', async () => {
    const body = fc.oneof(
      fc.jsonValue(),
      fc.string(),
      fc.array(fc.oneof(fc.jsonValue(), validVariant(7, 7, 'USD')), { maxLength: 6 }),
      fc.record({ error: fc.dictionary(fc.constantFrom('code', 'name', 'message'), fc.jsonValue()) }),
      fc.tuple(validProduct(7, 'USD'), fc.array(fc.oneof(validVariant(9, 7, 'USD'), fc.jsonValue()), { maxLength: 4 })).map(([p, variants]) => ({ ...p, variants })),
    );
    const status = fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 429, 500, 502, 503);
    const call = fc.constantFrom('listProducts', 'getProduct', 'listVariants', 'getVariant');
    await fc.assert(
      fc.asyncProperty(body, status, call, fc.string(), locale, async (sent, code, method, retryAfter, where) => {
        const client = serving(code === 204 ? null : sent, code, { 'Retry-After': retryAfter.replace(/[^\t\x20-\x7e]/g, '') });
        const outcome = await (method === 'listProducts' ? client.listProducts() : client[method](7)).then(
          (data) => ({ data }),
          (error: unknown) => ({ error }),
        );
        if ('error' in outcome) {
          expect(isEsimApiError(outcome.error)).toBe(true);
          return;
        }
        const { data } = outcome;
        // listVariants gives plans, getProduct a product with plans, getVariant one plan, listProducts none.
        const plans = (Array.isArray(data) ? data : 'variants' in data ? data.variants : 'items' in data ? [] : [data]) as Variant[];
        for (const plan of plans) render(plan, where);
      }),
      fuzz,
    );
  });
});
