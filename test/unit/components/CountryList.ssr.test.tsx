// @vitest-environment node
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { CountryList } from '../../../src/components/CountryList/index.js';
import { catalogueOptions } from '../../../src/query/options.js';
import { EsimProvider } from '../../../src/query/provider.js';
import { createTestClient } from '../../utils.js';

// React 18's renderToString warns once per useLayoutEffect (React 19 stays silent, so counting the calls
// is what tells on every React version): on the server the list must use none.
const layoutEffects = vi.hoisted(() => ({ calls: 0 }));
vi.mock('react', async (importOriginal) => {
  const react = await importOriginal<typeof import('react')>();
  const useLayoutEffect: typeof react.useLayoutEffect = (effect, deps) => {
    layoutEffects.calls++;
    react.useLayoutEffect(effect, deps);
  };
  return { ...react, default: { ...react, useLayoutEffect }, useLayoutEffect };
});

describe('CountryList on the server', () => {
  it('renders the prefetched catalogue to HTML without any layout effect, lang and dir on its root', async () => {
    const client = createTestClient();
    const queryClient = new QueryClient();
    await queryClient.prefetchQuery(catalogueOptions(client));
    layoutEffects.calls = 0;
    const html = renderToString(
      <EsimProvider client={client} queryClient={queryClient} locale="de-DE">
        <CountryList />
      </EsimProvider>,
    );
    expect(layoutEffects.calls).toBe(0);
    expect(html).toContain('lang="de-DE"');
    expect(html).toContain('Frankreich');
  });
});
