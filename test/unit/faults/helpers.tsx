// The fault suite renders the real components over the real client and hooks, on the mock API with one
// fault injected per test through `server.use(...)`. It asserts only what a traveller meets: roles and text.
import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { StrictMode, type ReactElement, type ReactNode } from 'react';
import { onTestFinished } from 'vitest';
import { usdCatalogue } from '../../../src/mocks/index.js';
import { EsimProvider, type EsimProviderProps } from '../../../src/query/provider.js';
import { server } from '../../msw-server.js';
import { createTestClient } from '../../utils.js';

export const JAPAN = usdCatalogue.products.find((product) => product.id === 712)!;
export const FRANCE = usdCatalogue.products.find((product) => product.country_code === 'FRA')!;

export const LIST = '*/api/v1/esim/products';
export const DETAIL = '*/api/v1/esim/products/:id';

interface RenderOptions {
  strict?: boolean;
  onError?: EsimProviderProps['onError'];
}

/**
 * Renders `ui` in an EsimProvider as a host app would: a QueryClient like the picker's own (library retry
 * policy, no test shortcuts), a client on the mock API.
 */
export function renderFaulty(ui: ReactElement, { strict = false, onError }: RenderOptions = {}) {
  const user = userEvent.setup();
  const queryClient = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
  const client = createTestClient();
  function Wrapper({ children }: { children: ReactNode }) {
    const tree = (
      <EsimProvider client={client} queryClient={queryClient} onError={onError}>
        {children}
      </EsimProvider>
    );
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  }
  return { user, queryClient, ...render(ui, { wrapper: Wrapper }) };
}

/** Every request that reaches the mock network from here on, as method-less paths with their query. */
export function watchRequests() {
  const paths: string[] = [];
  const finished: string[] = [];
  const onStart = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    paths.push(url.pathname + url.search);
  };
  const onEnd = ({ request }: { request: Request }) => finished.push(new URL(request.url).pathname);
  server.events.on('request:start', onStart);
  server.events.on('request:end', onEnd);
  onTestFinished(() => {
    server.events.removeListener('request:start', onStart);
    server.events.removeListener('request:end', onEnd);
  });
  return { paths, finished, to: (pathname: string) => paths.filter((path) => path.split('?')[0] === pathname) };
}

/** `path` answers with `faults` in turn, then falls through to the mock API; returns the faults served so far. */
export function failFirst(path: string, ...faults: Array<() => Response | Promise<Response>>) {
  let served = 0;
  server.use(
    http.get(path, () => {
      const fault = faults[served];
      if (!fault) return undefined;
      served += 1;
      return fault();
    }),
  );
  return () => served;
}

export const apiError = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  HttpResponse.json({ error: { name: 'Error', code, message } } satisfies JsonBodyType, { status, headers });

/** A promise the test settles: lets a response arrive exactly when the test says. */
export function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** The destination search: a combobox or a searchbox, per the contract in DESIGN.md. */
export const searchField = () =>
  screen.queryByRole('combobox', { name: 'Search destinations' }) ?? screen.getByRole('searchbox', { name: 'Search destinations' });

/** Types `query` and picks the destination whose option name matches `name`. */
export async function chooseDestination(user: ReturnType<typeof userEvent.setup>, query: string, name: RegExp) {
  await user.clear(searchField());
  await user.type(searchField(), query);
  await user.click(await screen.findByRole('option', { name }));
}

/** Waits for the list, then searches: the option found proves the catalogue reached the traveller. */
export async function findDestination(user: ReturnType<typeof userEvent.setup>, query: string, name: RegExp) {
  await screen.findAllByRole('option');
  await user.clear(searchField());
  await user.type(searchField(), query);
  return screen.findByRole('option', { name });
}
