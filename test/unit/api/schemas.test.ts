import { describe, expect, it } from 'vitest';
import { parseEach, productSchema, variantSchema } from '../../../src/api/schemas.js';

describe('record schemas', () => {
  it('normalise a copy and leave the record as received untouched', () => {
    const raw = { id: 1, name: ' Japan ', country_code: 'jpn', currency_code: 'usd', image_url: null, extra: [1] };
    const before = structuredClone(raw);
    expect(productSchema.parse(raw)).toEqual({
      id: 1, name: 'Japan', country_code: 'JPN', currency_code: 'USD', image_url: '', extra: [1],
    });
    expect(raw).toEqual(before);
    const bad = { ...raw, currency_code: 5 };
    const { invalid } = parseEach(productSchema, 'product', [bad]);
    expect(invalid[0]).toMatchObject({ id: 1, issues: ['currency_code: expected 3 letters'], raw: bad });
    expect(bad).toEqual({ ...before, currency_code: 5 });
  });

  it('reads absent optional fields as their defaults and rejects wrong types', () => {
    const variant = {
      id: 2, esim_product_id: 1, name: 'Plan', currency_code: 'USD', amount: 4.5, data_amount_gb: 1, validity_days: 7,
    };
    expect(variantSchema.parse(variant)).toMatchObject({ description: undefined, client_discount: 0 });
    const { invalid } = parseEach(variantSchema, 'variant', [
      { ...variant, description: 5, client_discount: '5', amount: Infinity },
      'nope',
    ]);
    expect(invalid.map((record) => record.issues)).toEqual([
      ['description: expected a string or null', 'amount: expected a number >= 0', 'client_discount: expected 0 to 100'],
      ['expected an object'],
    ]);
  });

  it('keeps only http(s) image URLs', () => {
    const product = { id: 1, name: 'X', country_code: 'GLO', currency_code: 'USD' };
    expect(productSchema.parse({ ...product, image_url: 'javascript:alert(1)' }).image_url).toBe('');
    expect(productSchema.parse({ ...product, image_url: 'https://cdn.example/x.png' }).image_url).toBe('https://cdn.example/x.png');
    expect(productSchema.parse(product).image_url).toBe('');
    expect(productSchema.safeParse({ ...product, image_url: 5 }).success).toBe(false);
  });
});

describe('absent versus null', () => {
  it('fills only absent optional numbers and lists, never null ones', () => {
    const variant = {
      id: 2, esim_product_id: 1, name: 'Plan', currency_code: 'USD', amount: 1, data_amount_gb: 1, validity_days: 0,
      client_discount: null,
    };
    expect(variantSchema.safeParse(variant).success).toBe(false);
  });
});
