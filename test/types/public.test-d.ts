// Types a partner's code relies on; inference must get these right (checked by `vitest --typecheck`).
import type { ComponentProps } from 'react';
import {
  createEsimClient,
  EsimApiError,
  EsimPicker,
  PlanPicker,
  productOptions,
  useCatalogue,
  useProduct,
  variantPrice,
  type PlanSelection,
  type Price,
  type Product,
  type ProductDetail,
  type ProductPage,
  type Variant,
} from '../../src/index.js';

test('the selection carries the product, the variant, the order amount and an exact price', () => {
  expectTypeOf<PlanSelection>().toEqualTypeOf<{
    product: Product;
    variant: Variant;
    orderAmount: number;
    price: Price;
  }>();
  expectTypeOf<ComponentProps<typeof EsimPicker>['onSelect']>().toEqualTypeOf<
    ((selection: PlanSelection) => void) | undefined
  >();
  expectTypeOf<Parameters<NonNullable<ComponentProps<typeof PlanPicker>['onSelect']>>[0]>().toEqualTypeOf<PlanSelection>();
});

test('Price has integer minor units and formatted strings', () => {
  expectTypeOf(variantPrice).returns.toEqualTypeOf<Price>();
  expectTypeOf<Price>().toMatchObjectType<{
    currency: string;
    minorDigits: number;
    originalMinor: number;
    discountedMinor: number;
    discountPercent: number;
    original: string;
    discounted: string;
  }>();
});

test('the client takes a string or a (possibly async) token function and resolves typed pages', () => {
  createEsimClient({ baseUrl: '', token: 'abc' });
  createEsimClient({ baseUrl: '', token: async () => 'fresh' });
  createEsimClient({ baseUrl: '', token: () => undefined });
  // @ts-expect-error a token is a string or a function, not a number
  createEsimClient({ baseUrl: '', token: 42 });
  const client = createEsimClient({ baseUrl: 'https://api.example' });
  expectTypeOf(client.listProducts()).resolves.toEqualTypeOf<ProductPage>();
  expectTypeOf(client.getProduct(712)).resolves.toEqualTypeOf<ProductDetail>();
  expectTypeOf<ProductPage['items']>().toEqualTypeOf<Product[]>();
});

test('hooks and queryOptions carry the data and error types', () => {
  expectTypeOf<ReturnType<typeof useProduct>['data']>().toEqualTypeOf<ProductDetail | undefined>();
  expectTypeOf<NonNullable<ReturnType<typeof useCatalogue>['data']>['products']>().toEqualTypeOf<Product[]>();
  const client = createEsimClient({ baseUrl: '' });
  expectTypeOf(productOptions(client, 712).queryKey).toMatchTypeOf<readonly unknown[]>();
  expectTypeOf(new EsimApiError({ status: 401, code: 'UNAUTHORIZED', message: 'x' }).isAuthError).toBeBoolean();
});
