// `esim-picker/core` as a server component or route handler uses it: the same names as the root, no
// React, record types that are what the schemas parse to, and factories a server QueryClient accepts.
import { QueryClient } from '@tanstack/react-query';
import type * as z from 'zod/mini';
import * as core from '../../src/core.js';
import * as root from '../../src/index.js';
import type { Product, ProductDetail, Variant } from '../../src/core.js';

test('Product and Variant are what productSchema and variantSchema parse to: one source of truth', () => {
  expectTypeOf<Product>().toEqualTypeOf<z.infer<typeof core.productSchema>>();
  expectTypeOf<Variant>().toEqualTypeOf<z.infer<typeof core.variantSchema>>();
  expectTypeOf(core.productSchema.parse({})).toEqualTypeOf<Product>();
  expectTypeOf<Product>().toExtend<{ id: number; name: string; country_code: string; currency_code: string; image_url: string }>();
  expectTypeOf<Variant>().toExtend<{
    id: number;
    esim_product_id: number;
    amount: number;
    client_discount: number;
    data_amount_gb: number;
    validity_days: number;
  }>();
});

test('the root re-exports core: the same functions, not look-alikes', () => {
  expectTypeOf(root.createEsimClient).toEqualTypeOf(core.createEsimClient);
  expectTypeOf(root.variantPrice).toEqualTypeOf(core.variantPrice);
  expectTypeOf(root.formatMinor).toEqualTypeOf(core.formatMinor);
  expectTypeOf(root.countryName).toEqualTypeOf(core.countryName);
  expectTypeOf(root.countryFlag).toEqualTypeOf(core.countryFlag);
  expectTypeOf(root.productSearchKeys).toEqualTypeOf(core.productSearchKeys);
  expectTypeOf(root.esimKeys).toEqualTypeOf(core.esimKeys);
  expectTypeOf(root.productOptions).toEqualTypeOf(core.productOptions);
  expectTypeOf(root.EsimApiError).toEqualTypeOf(core.EsimApiError);
});

test('core has no component, provider or hook', () => {
  expectTypeOf(core).not.toHaveProperty('EsimPicker');
  expectTypeOf(core).not.toHaveProperty('CountryList');
  expectTypeOf(core).not.toHaveProperty('PlanPicker');
  expectTypeOf(core).not.toHaveProperty('EsimProvider');
  expectTypeOf(core).not.toHaveProperty('useProduct');
  expectTypeOf(core).not.toHaveProperty('useCatalogue');
});

test('a server prefetches with the factories and reads typed data back by key', async () => {
  const client = core.createEsimClient({ baseUrl: 'https://api.example', token: 'server-only' });
  const queryClient = new QueryClient();
  const product = await queryClient.fetchQuery(core.productOptions(client, 712));
  expectTypeOf(product).toEqualTypeOf<ProductDetail>();
  expectTypeOf(queryClient.getQueryData(core.productOptions(client, 712).queryKey)).toEqualTypeOf<ProductDetail | undefined>();
  const catalogue = await queryClient.fetchQuery(core.catalogueOptions(client));
  expectTypeOf(catalogue.products).toEqualTypeOf<Product[]>();
  expectTypeOf(core.esimKeys.product(712)).toMatchTypeOf<readonly unknown[]>();
});

test('prices are exact integers with their formatting', () => {
  // A parsed Variant is priced as it is.
  expectTypeOf<Variant>().toExtend<Parameters<typeof core.variantPrice>[0]>();
  expectTypeOf(core.variantPrice).returns.toExtend<{ originalMinor: number; discountedMinor: number; discounted: string }>();
  expectTypeOf(core.formatMinor).returns.toBeString();
});
