import type { QueryClient } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { EsimProvider, type EsimProviderProps } from '../../../src/query/provider.js';
import { createTestClient, createTestQueryClient } from '../../utils.js';

/** Provider props a test may set besides the client and cache. */
export type ExtraProviderProps = Omit<EsimProviderProps, 'client' | 'baseUrl' | 'queryClient' | 'children'>;

/** Renders `hook` inside an EsimProvider with the given props (a test client and a fresh cache unless given). */
export function renderInProvider<T>(
  hook: () => T,
  props: ExtraProviderProps & { client?: EsimProviderProps['client']; queryClient?: QueryClient } = {},
) {
  const { client = createTestClient(), queryClient = createTestQueryClient(), ...rest } = props;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <EsimProvider client={client} queryClient={queryClient} {...rest}>
      {children}
    </EsimProvider>
  );
  return { ...renderHook(hook, { wrapper }), client, queryClient };
}
