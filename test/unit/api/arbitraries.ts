// fast-check generators for the API's records: valid ones (as a real server could send them), harmless
// variations the client must accept, and mutations each of which makes a record invalid.
import fc from 'fast-check';

/** Runs per property: 1,000 in `npm test`, `FUZZ_RUNS` (100,000 in `npm run fuzz`) otherwise. */
export const RUNS = Number(process.env.FUZZ_RUNS) || 1_000;
/** Fixed in `npm test` so a failure reproduces; `npm run fuzz` draws a new one. fast-check prints it on failure. */
export const SEED = Number(process.env.FUZZ_SEED) || 20_261_202;
export const fuzz = { numRuns: RUNS, seed: SEED };

/** Currencies with their minor digits as ISO 4217 (independent of Intl) gives them. */
export const CURRENCY_DIGITS = { USD: 2, EUR: 2, GBP: 2, CHF: 2, JPY: 0, KRW: 0, XOF: 0, KWD: 3, BHD: 3 } as const;
export type Currency = keyof typeof CURRENCY_DIGITS;
export const currency = fc.constantFrom(...(Object.keys(CURRENCY_DIGITS) as Currency[]));

/** A decimal as the API means it, `units / 10^scale`, and the JSON number that carries it (≤ 1e9). */
export const apiAmount = fc
  .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 6 }))
  .map(([units, scale]) => ({ units: BigInt(units), scale, value: Number(`${units}e-${scale}`) }));

const nonBlank = fc.string({ minLength: 1, maxLength: 16 }).filter((text) => text.trim().length > 0);
const discount = fc.oneof(
  fc.constantFrom(0, 2.5, 5, 7.5, 10, 12.5, 100),
  fc.integer({ min: 0, max: 10_000 }).map((hundredths) => Number(`${hundredths}e-2`)),
  fc.double({ min: 0, max: 100, noNaN: true }),
);
const dataGb = fc.oneof(fc.constant(0), fc.constantFrom(0.01, 0.5, 1, 5, 50, 1e6), fc.double({ min: 0.01, max: 1e6, noNaN: true }));

export type Json = Record<string, unknown>;

/** A valid variant of `productId` priced in `code`, with fields the client must accept in any form. */
export const validVariant = (id: number, productId: number, code: Currency) =>
  fc
    .record({
      name: nonBlank,
      description: fc.option(fc.oneof(nonBlank, fc.constant('   ')), { nil: undefined }),
      amount: apiAmount,
      data_amount_gb: dataGb,
      validity_days: fc.integer({ min: 0, max: 3650 }),
      client_discount: fc.option(discount, { nil: undefined }),
      lowerCaseCurrency: fc.boolean(),
      extra: fc.option(fc.oneof(fc.integer(), fc.string({ maxLength: 8 }), fc.constant(null), fc.constant({ tier: 'gold', tags: ['a'] })), { nil: undefined }),
    })
    .map(({ amount, lowerCaseCurrency, extra, description, client_discount, ...rest }): Json => ({
      id,
      esim_product_id: productId,
      ...rest,
      amount: amount.value,
      currency_code: lowerCaseCurrency ? ` ${code.toLowerCase()} ` : code,
      ...(description === undefined ? {} : { description }),
      ...(client_discount === undefined ? {} : { client_discount }),
      ...(extra === undefined ? {} : { partner_note: extra }),
    }));

/** A valid product, its image in any form the client reads (https kept; anything else as ''). */
export const validProduct = (id: number, code: Currency) =>
  fc
    .record({
      name: nonBlank,
      country_code: fc.constantFrom('JPN', 'usa', 'GLO', 'XEU', ' fra '),
      image_url: fc.oneof(
        fc.constant('https://cdn.example.com/x.png'),
        fc.constantFrom('', null, 'http://cdn.example.com/x.png', 'data:image/png;base64,AAAA', 'javascript:alert(1)'),
        fc.constantFrom(' https://cdn.example.com/a b.png ', 'HTTPS://CDN.EXAMPLE.COM/X.PNG', 'https://', 7),
      ),
    })
    .map((fields): Json => ({ id, currency_code: code, ...fields }));

/** Changes that each make a variant of product `productId` in `code` invalid on its own. */
export const breakVariant = (productId: number, code: Currency) =>
  fc.constantFrom<[string, (variant: Json) => unknown]>(
    ['amount 1e21', (v) => ({ ...v, amount: 1e21 })],
    ['negative amount', (v) => ({ ...v, amount: -0.01 })],
    ['amount as text', (v) => ({ ...v, amount: '4.50' })],
    ['data 1e-15 GB', (v) => ({ ...v, data_amount_gb: 1e-15 })],
    ['negative data', (v) => ({ ...v, data_amount_gb: -1 })],
    ['XXX', (v) => ({ ...v, currency_code: 'XXX' })],
    ['ABC', (v) => ({ ...v, currency_code: 'ABC' })],
    ['another currency', (v) => ({ ...v, currency_code: code === 'USD' ? 'EUR' : 'USD' })],
    ['another product', (v) => ({ ...v, esim_product_id: productId + 1 })],
    ['id 0', (v) => ({ ...v, id: 0 })],
    ['id as text', (v) => ({ ...v, id: String(v.id) })],
    ['fractional validity', (v) => ({ ...v, validity_days: 7.5 })],
    ['discount 101', (v) => ({ ...v, client_discount: 101 })],
    ['discount null', (v) => ({ ...v, client_discount: null })],
    ['blank name', (v) => ({ ...v, name: '  ' })],
    ['no amount', ({ amount: _, ...v }) => v],
    ['not an object', () => 'plan'],
    ['null', () => null],
    ['an array', (v) => [v]],
  );

/** Changes that each make a product invalid on its own. */
export const breakProduct = fc.constantFrom<[string, (product: Json) => unknown]>(
  ['XXX', (p) => ({ ...p, currency_code: 'XXX' })],
  ['id as text', (p) => ({ ...p, id: String(p.id) })],
  ['no name', ({ name: _, ...p }) => p],
  ['country code with a space', (p) => ({ ...p, country_code: 'J PN' })],
  ['null', () => null],
);

/** `count` distinct positive ids. */
export const ids = (count: number) =>
  fc.uniqueArray(fc.integer({ min: 1, max: 2 ** 31 }), { minLength: count, maxLength: count });
