import * as z from 'zod/mini';
import { productSchema, safeImageUrl, variantSchema } from '../../../src/api/schemas.js';
import { check, validateEach } from '../../../src/api/validate.js';
import { variantPrice } from '../../../src/money/index.js';

const plan = {
  id: 2, esim_product_id: 1, name: 'Plan', currency_code: 'USD', amount: 4.5, data_amount_gb: 1, validity_days: 7,
};
const issuesOf = (schema: z.ZodMiniType, raw: unknown) => {
  const result = check(schema, raw);
  return 'issues' in result ? result.issues : [];
};

describe('record schemas', () => {
  it('normalise a copy and leave the record as received untouched', () => {
    const raw = { id: 1, name: ' Japan ', country_code: 'jpn', currency_code: ' usd', image_url: null, extra: [1] };
    const before = structuredClone(raw);
    expect(productSchema.parse(raw)).toEqual({
      id: 1, name: 'Japan', country_code: 'JPN', currency_code: 'USD', image_url: '', extra: [1],
    });
    expect(raw).toEqual(before);
  });

  it('read absent optional fields as their defaults and name every wrong field', () => {
    expect(variantSchema.parse(plan)).toEqual({ ...plan, client_discount: 0 });
    expect(issuesOf(variantSchema, { ...plan, id: '2', client_discount: '5', amount: Infinity, name: ' ' })).toEqual([
      'id: expected number',
      'name: expected non-blank text',
      'amount: expected number',
      'client_discount: expected number',
    ]);
    expect(issuesOf(variantSchema, 'nope')).toEqual(['expected object']);
  });

  it('fill absent discounts but never null ones', () => {
    expect(issuesOf(variantSchema, { ...plan, client_discount: null })).toEqual(['client_discount: expected number']);
  });

  it('are zod object schemas a partner can extend', () => {
    const withSku = z.extend(variantSchema, { sku: z.string() });
    expect(withSku.parse({ ...plan, sku: 'JP-1' })).toMatchObject({ sku: 'JP-1', client_discount: 0 });
    expect(withSku.safeParse(plan).success).toBe(false);
  });
});

describe('bounds: whatever passes can be priced', () => {
  it.each([
    ['amount', 1e21, 'amount: expected a number from 0 to 1000000000'],
    ['amount', 1_000_000_000.01, 'amount: expected a number from 0 to 1000000000'],
    ['amount', -0.01, 'amount: expected a number from 0 to 1000000000'],
    ['data_amount_gb', 1e-15, 'data_amount_gb: expected 0 (unlimited) or 0.01 to 1000000'],
    ['data_amount_gb', 0.009, 'data_amount_gb: expected 0 (unlimited) or 0.01 to 1000000'],
    ['data_amount_gb', 1e7, 'data_amount_gb: expected 0 (unlimited) or 0.01 to 1000000'],
    ['validity_days', 7.5, 'validity_days: expected an integer from 0 to 3650'],
    ['validity_days', 3651, 'validity_days: expected an integer from 0 to 3650'],
    ['client_discount', 100.5, 'client_discount: expected a number from 0 to 100'],
    ['id', 2 ** 53, 'id: expected an integer from 1 to 9007199254740991'],
    ['id', 0, 'id: expected an integer from 1 to 9007199254740991'],
  ])('%s %s is left out', (field, value, issue) => {
    expect(issuesOf(variantSchema, { ...plan, [field]: value })).toEqual([issue]);
  });

  it('keeps the edges, and each edge prices', () => {
    for (const edge of [
      { amount: 1e9, data_amount_gb: 0.01, client_discount: 7.5, currency_code: 'KWD' },
      { amount: 0, data_amount_gb: 0, client_discount: 100 },
      { amount: 4.505, data_amount_gb: 1e6, validity_days: 3650 },
    ]) {
      const variant = variantSchema.parse({ ...plan, ...edge });
      expect(() => variantPrice(variant)).not.toThrow();
    }
    expect(variantPrice(variantSchema.parse({ ...plan, amount: 1e9, currency_code: 'KWD' })).originalMinor).toBe(1e12);
  });

  it.each(['XXX', 'XTS', 'XAU', 'XDR', 'ABC', 'US', 'USDD', 'U$D', ''])('currency %j is no currency in use', (code) => {
    expect(issuesOf(variantSchema, { ...plan, currency_code: code })).toEqual([
      'currency_code: expected an ISO 4217 currency code in use',
    ]);
  });

  it.each(['USD', 'eur', 'JPY', 'KWD', 'XOF', 'XAF', 'CHF'])('currency %j is kept (upper-cased)', (code) => {
    expect(variantSchema.parse({ ...plan, currency_code: code }).currency_code).toBe(code.toUpperCase());
  });
});

describe('images', () => {
  const product = { id: 1, name: 'X', country_code: 'GLO', currency_code: 'USD' };
  it.each([
    ['https://cdn.example/x.png', 'https://cdn.example/x.png'],
    [' HTTPS://CDN.example/x.png ', 'https://cdn.example/x.png'],
    ['http://cdn.example/x.png', ''],
    ['data:image/png;base64,iVBORw0KGgo=', ''],
    ['javascript:alert(1)', ''],
    ['//cdn.example/x.png', ''],
    ['/x.png', ''],
    ['https://', ''],
    ['https://exa mple.com/x.png', ''],
    ['', ''],
  ])('%j → %j', (image, kept) => {
    expect(safeImageUrl(image)).toBe(kept);
    expect(productSchema.parse({ ...product, image_url: image }).image_url).toBe(kept);
  });

  it('reads an image of another type as none instead of losing the destination', () => {
    expect(productSchema.parse({ ...product, image_url: 5 }).image_url).toBe('');
    expect(productSchema.parse(product).image_url).toBe('');
  });
});

describe('variant detail extras', () => {
  it('keeps what the reference does not define as sent', () => {
    const extras = { regions: ['FRA', 'DEU'], network_type: '5G', hotspot: false, extended: { top_up: true } };
    expect(variantSchema.parse({ ...plan, ...extras })).toMatchObject(extras);
  });
});

describe('validateEach', () => {
  it('keeps the first of two records with one id and reports the rest', async () => {
    const cheap = { ...plan, id: 9, amount: 4.5 };
    const dear = { ...plan, id: 9, amount: 45 };
    const { valid, invalid } = await validateEach(variantSchema, 'variant', [cheap, dear]);
    expect(valid.map((variant) => variant.amount)).toEqual([4.5]);
    expect(invalid).toEqual([{ kind: 'variant', id: 9, issues: ['id: a duplicate'], raw: dear }]);
  });

  it('reports plans of another product and in another currency', async () => {
    const foreign = { ...plan, id: 3, esim_product_id: 8 };
    const euro = { ...plan, id: 4, currency_code: 'EUR' };
    const { valid, invalid } = await validateEach(variantSchema, 'variant', [plan, foreign, euro], { productId: 1, currency: 'USD' });
    expect(valid.map((variant) => variant.id)).toEqual([2]);
    expect(invalid.map((record) => record.issues)).toEqual([['esim_product_id: expected 1'], ['currency_code: expected USD']]);
  });

  it('without a product currency, keeps each valid plan in its own (no guess lets a stray plan hide the rest)', async () => {
    const euro = { ...plan, id: 4, currency_code: 'EUR' };
    const { valid, invalid } = await validateEach(variantSchema, 'variant', [{ ...plan, id: 1, amount: -1 }, euro, plan], { productId: 1 });
    expect(valid.map((variant) => variant.id)).toEqual([4, 2]);
    expect(invalid.map((record) => record.issues)).toEqual([['amount: expected a number from 0 to 1000000000']]);
  });

  it('validates 20,000 records in slices and keeps their order', async () => {
    const raws = Array.from({ length: 20_000 }, (_, index) => ({ ...plan, id: index + 1, amount: index % 7 === 0 ? -1 : 1 }));
    const { valid, invalid } = await validateEach(variantSchema, 'variant', raws);
    expect(valid).toHaveLength(20_000 - Math.ceil(20_000 / 7));
    expect(invalid.map((record) => record.id).slice(0, 3)).toEqual([1, 8, 15]);
    expect(valid.every((variant, index, all) => index === 0 || variant.id > all[index - 1]!.id)).toBe(true);
  });
});

describe('zod settings on a shared page', () => {
  it('builds our schemas without eval yet leaves the partner’s zod setting as it was', () => {
    // zod keeps its config on globalThis, shared with every zod copy on the page.
    expect(z.config().jitless).toBeFalsy();
    const partnerSchema = z.looseObject({ id: z.number() });
    expect(partnerSchema.parse({ id: 1 })).toEqual({ id: 1 });
    expect(productSchema.parse({ id: 1, name: ' Japan ', country_code: 'jpn', currency_code: 'usd' })).toMatchObject({
      name: 'Japan',
      country_code: 'JPN',
      currency_code: 'USD',
      image_url: '',
    });
  });
});
