import { headers } from 'next/headers';
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { EsimProvider } from 'esim-picker';
import { localeFrom, prefetchedCatalogue } from '../../lib/esim';
import { Checkout } from './Checkout';

export const metadata = { title: 'Sample checkout · eSIM' };

// The sample partner checkout of `npm run demo`: the page stays a server component and prefetches;
// the part that reacts to the traveller's choice (order summary, theme) is the partner's own client component.
export default async function CheckoutPage() {
  const locale = localeFrom((await headers()).get('accept-language'));
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery(prefetchedCatalogue());
  const mock = !(process.env.ESIM_API_URL && process.env.ESIM_API_TOKEN);
  return (
    <EsimProvider baseUrl="/api/esim" locale={locale}>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <Checkout apiLabel={mock ? 'mock API' : 'live API through /api/esim'} />
      </HydrationBoundary>
    </EsimProvider>
  );
}
