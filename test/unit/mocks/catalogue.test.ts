import { productSchema, variantSchema } from '../../../src/api/schemas.js';
import {
  eurCatalogue,
  generateCatalogue,
  jpyCatalogue,
  usdCatalogue,
  type MockCatalogue,
} from '../../../src/mocks/index.js';
import { mockCountries, mockRegions } from '../../../src/mocks/countries.js';

const catalogues: [string, MockCatalogue, string][] = [
  ['usd', usdCatalogue, 'USD'],
  ['eur', eurCatalogue, 'EUR'],
  ['jpy', jpyCatalogue, 'JPY'],
];
const variantsOf = (catalogue: MockCatalogue) => catalogue.products.flatMap((product) => product.variants);

describe.each(catalogues)('%s catalogue', (_label, catalogue, currency) => {
  it('validates every product and variant against the client schemas', () => {
    for (const product of catalogue.products) {
      const { variants, ...row } = product;
      expect(productSchema.safeParse(row).success, `product ${product.id}`).toBe(true);
      for (const variant of variants) {
        expect(variantSchema.safeParse(variant).success, `variant ${variant.id}`).toBe(true);
      }
    }
  });

  it('has unique product and variant ids, parent ids that match, 3–10 plans each', () => {
    const productIds = catalogue.products.map((product) => product.id);
    const variantIds = variantsOf(catalogue).map((variant) => variant.id);
    expect(new Set(productIds).size).toBe(productIds.length);
    expect(new Set(variantIds).size).toBe(variantIds.length);
    for (const product of catalogue.products) {
      expect(product.variants.length).toBeGreaterThanOrEqual(3);
      expect(product.variants.length).toBeLessThanOrEqual(10);
      for (const variant of product.variants) expect(variant.esim_product_id).toBe(product.id);
    }
  });

  it('prices everything in its own currency with discounts in 0–15', () => {
    for (const product of catalogue.products) expect(product.currency_code).toBe(currency);
    for (const variant of variantsOf(catalogue)) {
      expect(variant.currency_code).toBe(currency);
      expect(variant.amount).toBeGreaterThan(0);
      expect(variant.client_discount).toBeGreaterThanOrEqual(0);
      expect(variant.client_discount).toBeLessThanOrEqual(15);
      if (currency === 'JPY') expect(Number.isInteger(variant.amount)).toBe(true);
      else expect(Math.round(variant.amount * 100) / 100).toBe(variant.amount);
    }
  });
});

describe('usdCatalogue', () => {
  const products = usdCatalogue.products;
  const byId = (id: number) => products.find((product) => product.id === id);

  it('covers ≥190 countries with one product each, plus regions and Global', () => {
    expect(products.length).toBeGreaterThanOrEqual(190);
    const codes = products.map((product) => product.country_code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(mockCountries.length).toBeGreaterThanOrEqual(190);
    for (const { code } of mockCountries) expect(codes).toContain(code);
    for (const code of ['XEU', 'XAS', 'XAM', 'XME', 'XAF', 'XCB', 'XBK', 'XOC', 'GLO']) expect(codes).toContain(code);
    for (const product of products) expect(product.country_code).toMatch(/^[A-Z]{3}$/);
  });

  it('uses region codes that are not countries in the list', () => {
    const countryCodes = new Set(mockCountries.map((country) => country.code));
    for (const region of mockRegions) expect(countryCodes.has(region.code)).toBe(false);
  });

  it('contains Japan 712 exactly as the API reference shows it', () => {
    const japan = byId(712);
    expect(japan).toMatchObject({
      name: 'Japan eSIM',
      country_code: 'JPN',
      currency_code: 'USD',
      image_url: 'https://cdn.example.com/esim/japan.png',
    });
    expect(japan?.variants[0]).toEqual({
      id: 5511,
      esim_product_id: 712,
      name: 'Japan 1 GB / 7 days',
      description: 'Data-only eSIM for short trips',
      currency_code: 'USD',
      amount: 4.5,
      data_amount_gb: 1,
      validity_days: 7,
      client_discount: 5,
    });
    expect(japan?.variants[1]).toEqual({
      id: 5512,
      esim_product_id: 712,
      name: 'Japan 5 GB / 30 days',
      currency_code: 'USD',
      amount: 14.9,
      data_amount_gb: 5,
      validity_days: 30,
      client_discount: 5,
    });
    expect(byId(904)).toMatchObject({ name: 'Global Roaming', country_code: 'GLO' });
  });

  it('has the variety the UI must handle', () => {
    const variants = variantsOf(usdCatalogue);
    const discounts = new Set(variants.map((variant) => variant.client_discount));
    expect(discounts.has(0)).toBe(true);
    expect([...discounts].some((discount) => !Number.isInteger(discount))).toBe(true);
    expect(variants.some((variant) => variant.data_amount_gb === 0)).toBe(true);
    expect(variants.some((variant) => variant.description === undefined)).toBe(true);
    expect(variants.some((variant) => !Number.isInteger(variant.amount))).toBe(true);
    expect(products.some((product) => product.name.length >= 60)).toBe(true);
    const empty = products.filter((product) => product.image_url === '');
    expect(empty.length).toBeGreaterThan(0);
    expect(empty.length).toBeLessThan(products.length / 5);
    const cdn = products.filter((product) => product.image_url.startsWith('https://cdn.example.com/esim/'));
    expect(cdn.length).toBeGreaterThan(products.length * 0.8);
  });

  it('prices plans plausibly (1 GB/7 days ~ a few dollars, 20 GB/30 days tens)', () => {
    const amounts = (gb: number, days: number) =>
      variantsOf(usdCatalogue)
        .filter((variant) => variant.data_amount_gb === gb && variant.validity_days === days)
        .map((variant) => variant.amount);
    expect(amounts(1, 7).length).toBeGreaterThan(0);
    for (const amount of amounts(1, 7)) expect(amount >= 2.5 && amount < 12, String(amount)).toBe(true);
    for (const amount of amounts(20, 30)) expect(amount >= 15 && amount < 70, String(amount)).toBe(true);
  });

  it('keeps the same ids and plans across currencies', () => {
    expect(jpyCatalogue.products.map((product) => product.id)).toEqual(products.map((product) => product.id));
    expect(variantsOf(eurCatalogue).map((variant) => variant.id)).toEqual(variantsOf(usdCatalogue).map((variant) => variant.id));
    const japanJpy = jpyCatalogue.products.find((product) => product.id === 712);
    expect(japanJpy?.variants[0]?.amount).toBeGreaterThan(400);
  });
});

describe('generateCatalogue', () => {
  it('builds 5,000 schema-valid products with unique ids and suffixed country names', () => {
    const catalogue = generateCatalogue({ count: 5000, currency: 'USD', seed: 7 });
    expect(catalogue.products).toHaveLength(5000);
    const ids = catalogue.products.map((product) => product.id);
    expect(new Set(ids).size).toBe(5000);
    const variantIds = variantsOf(catalogue).map((variant) => variant.id);
    expect(new Set(variantIds).size).toBe(variantIds.length);
    expect(catalogue.products[0]?.name).toMatch(/ eSIM — Plan 1$/);
    expect(catalogue.products.some((product) => /^Japan eSIM — Plan \d+$/.test(product.name))).toBe(true);
    for (const product of catalogue.products.slice(0, 500)) {
      const { variants, ...row } = product;
      expect(productSchema.safeParse(row).success).toBe(true);
      for (const variant of variants) expect(variantSchema.safeParse(variant).success).toBe(true);
    }
  });

  it('is deterministic per seed and honours the currency', () => {
    const first = generateCatalogue({ count: 300, seed: 42 });
    expect(generateCatalogue({ count: 300, seed: 42 })).toEqual(first);
    expect(generateCatalogue({ count: 300, seed: 43 })).not.toEqual(first);
    const yen = generateCatalogue({ count: 300, currency: 'JPY', seed: 42 });
    for (const variant of variantsOf(yen)) {
      expect(variant.currency_code).toBe('JPY');
      expect(Number.isInteger(variant.amount)).toBe(true);
    }
  });
});
