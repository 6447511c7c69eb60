import type { MockCatalogue, MockProductDetail } from './catalogue.js';

/** Loose JSON record: malformed data is, by definition, not a `MockProductDetail`. */
export type JsonRecord = Record<string, unknown>;

/**
 * Products a defensive client must drop and report. They sit inside the first page (positions
 * 1, 4, 8) because a client that only validates later pages would pass a test that puts them last.
 */
function invalidProducts(currency: string): [number, JsonRecord][] {
  return [
    [1, { id: 990001, country_code: 'XXA', currency_code: currency, image_url: '', variants: [] }],
    [4, { id: '990002', name: 'String Id eSIM', country_code: 'XXB', currency_code: currency, image_url: '' }],
    [8, { id: 990003, name: 'Bad Currency eSIM', country_code: 'XXC', currency_code: 12, image_url: '' }],
  ];
}

/** Invalid plans interleaved with the valid ones, so "drop the bad ones" keeps the order of the rest. */
function withInvalidVariants(product: MockProductDetail, index: number): JsonRecord[] {
  const firstId = 900001 + index * 3;
  const common = { esim_product_id: product.id, data_amount_gb: 1, validity_days: 7 };
  const negative = { ...common, id: firstId, name: `${product.name}: negative price`, currency_code: product.currency_code, amount: -4.5, client_discount: 0 };
  const overDiscounted = { ...common, id: firstId + 1, name: `${product.name}: 140 % off`, currency_code: product.currency_code, amount: 9.9, client_discount: 140 };
  const noCurrency = { ...common, id: firstId + 2, name: `${product.name}: no currency`, amount: 9.9, client_discount: 0 };
  const [first, ...rest] = product.variants.map((variant): JsonRecord => ({ ...variant }));
  return [...(first ? [first] : []), negative, ...rest.slice(0, 1), overDiscounted, ...rest.slice(1), noCurrency];
}

/** The catalogue as the `malformed` scenario serves it: every product detail carries 3 bad variants. */
export function malformedRows(catalogue: MockCatalogue): JsonRecord[] {
  const rows: JsonRecord[] = catalogue.products.map((product, index) => ({
    ...product,
    variants: withInvalidVariants(product, index),
  }));
  const currency = catalogue.products[0]?.currency_code ?? 'USD';
  for (const [position, product] of invalidProducts(currency)) {
    rows.splice(Math.min(position, rows.length), 0, product);
  }
  return rows;
}
