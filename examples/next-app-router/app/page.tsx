import { headers } from 'next/headers';
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { EsimPicker, EsimProvider } from 'esim-picker';
import { localeFrom, prefetchedCatalogue } from '../lib/esim';

// A server component: the catalogue is fetched here and sent with the HTML, so the list paints with no request.
export default async function Page() {
  const locale = localeFrom((await headers()).get('accept-language'));
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery(prefetchedCatalogue());
  return (
    <main className="page">
      <h1>Stay connected abroad</h1>
      <form method="post" action="/order">
        <EsimProvider baseUrl="/api/esim" locale={locale}>
          <HydrationBoundary state={dehydrate(queryClient)}>
            <EsimPicker name="variant_id" />
          </HydrationBoundary>
        </EsimProvider>
        <button type="submit">Continue</button>
      </form>
    </main>
  );
}
