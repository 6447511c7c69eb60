import { QueryClient, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { EsimApiError } from '../../../src/api/errors.js';
import type { ProductDetail, Variant } from '../../../src/api/schemas.js';
import { createEsimClient } from '../../../src/api/client.js';
import { catalogueOptions, productOptions, variantsOptions, type Catalogue } from '../../../src/query/index.js';

const client = createEsimClient({ baseUrl: '' });
const queryClient = new QueryClient();

test('the factories’ keys carry their data type, as queryOptions() would', () => {
  expectTypeOf(queryClient.getQueryData(productOptions(client, 712).queryKey)).toEqualTypeOf<ProductDetail | undefined>();
  expectTypeOf(queryClient.getQueryData(catalogueOptions(client).queryKey)).toEqualTypeOf<Catalogue | undefined>();
  expectTypeOf(queryClient.getQueryData(variantsOptions(client, 712).queryKey)).toEqualTypeOf<Variant[] | undefined>();
});

test('hooks and prefetch infer data and error from them', () => {
  expectTypeOf(useQuery(productOptions(client, 712)).data).toEqualTypeOf<ProductDetail | undefined>();
  expectTypeOf(useQuery(productOptions(client, 712)).error).toEqualTypeOf<EsimApiError | null>();
  expectTypeOf(useSuspenseQuery(catalogueOptions(client)).data).toEqualTypeOf<Catalogue>();
  expectTypeOf(queryClient.fetchQuery(catalogueOptions(client))).resolves.toEqualTypeOf<Catalogue>();
  // @ts-expect-error the catalogue's key is not a product's
  queryClient.setQueryData(catalogueOptions(client).queryKey, { id: 1 } satisfies Partial<ProductDetail>);
});
