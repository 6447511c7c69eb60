// Faults on the wire: slow answers, 5xx bursts, connection resets, bodies that are not the JSON promised.
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { EsimPicker } from '../../../src/components/EsimPicker/index.js';
import { CountryList } from '../../../src/components/CountryList/index.js';
import { createEsimHandlers, usdCatalogue } from '../../../src/mocks/index.js';
import { server } from '../../msw-server.js';
import {
  apiError,
  chooseDestination,
  DETAIL,
  failFirst,
  findDestination,
  LIST,
  renderFaulty,
  searchField,
  watchRequests,
} from './helpers.js';

const serverError = () => apiError(500, 'INTERNAL_ERROR', 'Something went wrong on our side');

describe('a slow API', () => {
  it('says it is loading, then the whole flow works with every answer 600 ms late', async () => {
    server.use(...createEsimHandlers({ latencyMs: 600 }));
    const { user } = renderFaulty(<EsimPicker />);
    expect(await screen.findByText(/Loading destinations/)).toBeInTheDocument();
    await chooseDestination(user, 'japan', /^Japan/);
    expect(await screen.findByRole('radio', { name: /^5 GB · 30 days/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('5xx bursts', () => {
  it('rides out two 500s in a row without showing an error: the list arrives', async () => {
    const requests = watchRequests();
    failFirst(LIST, serverError, serverError);
    const { user } = renderFaulty(<CountryList />);
    expect(await findDestination(user, 'japan', /Japan/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    // Two failed tries of page 1, the good one, then the rest of the catalogue (250 products).
    expect(requests.to('/api/v1/esim/products')).toHaveLength(5);
  });

  it('after a longer burst shows the error with a retry, and the retry loads the list', async () => {
    const served = failFirst(LIST, serverError, serverError, serverError);
    const { user } = renderFaulty(<CountryList />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The plan catalogue is having trouble right now.');
    expect(served()).toBe(3);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await findDestination(user, 'japan', /Japan/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a 503 burst on the plans of one destination leaves the destination list usable', async () => {
    const unavailable = () => apiError(503, 'UNAVAILABLE', 'Maintenance');
    failFirst(DETAIL, unavailable, unavailable, unavailable);
    const { user } = renderFaulty(<EsimPicker />);
    await chooseDestination(user, 'japan', /^Japan/);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The plan catalogue is having trouble right now.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('radio', { name: /^5 GB · 30 days/ })).toBeInTheDocument();
  });
});

describe('connection resets', () => {
  it('a reset is retried: the list and then the plans arrive', async () => {
    failFirst(LIST, () => HttpResponse.error());
    failFirst(DETAIL, () => HttpResponse.error());
    const { user } = renderFaulty(<EsimPicker />);
    await chooseDestination(user, 'japan', /^Japan/);
    expect(await screen.findByRole('radio', { name: /^5 GB · 30 days/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('resets that go on say the connection failed, with a retry that works', async () => {
    const reset = () => HttpResponse.error();
    failFirst(LIST, reset, reset, reset);
    const { user } = renderFaulty(<CountryList />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not reach the plan catalogue. Check your connection.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await findDestination(user, 'japan', /Japan/)).toBeInTheDocument();
  });
});

describe('bodies that are not the JSON promised', () => {
  it('a truncated body says the data could not be read, is not retried, and Try again loads it', async () => {
    const requests = watchRequests();
    failFirst(LIST, () => new HttpResponse('[{"id": 712, "name": "Jap', { headers: { 'Content-Type': 'application/json' } }));
    const { user } = renderFaulty(<CountryList />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The plan catalogue sent data we could not read.');
    expect(requests.to('/api/v1/esim/products')).toHaveLength(1);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await findDestination(user, 'japan', /Japan/)).toBeInTheDocument();
  });

  it('EsimPicker opened on a country whose catalogue failed: Try again keeps focus in the picker, and the plans arrive', async () => {
    failFirst(LIST, () => new HttpResponse('[{"id": 712, "name": "Jap', { headers: { 'Content-Type': 'application/json' } }));
    const { user } = renderFaulty(<EsimPicker defaultCountry="JPN" />);
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('button', { name: /Change destination/ })).toHaveFocus();
    expect(await screen.findByRole('radio', { name: /^5 GB · 30 days/ })).toBeInTheDocument();
    expect(document.body).not.toHaveFocus();
  });

  it('an HTML page where JSON belongs (a captive portal, a proxy) is an error, never rendered', async () => {
    failFirst(DETAIL, () =>
      HttpResponse.html('<html><body><h1>Sign in to Wi-Fi</h1><script>window.hacked = 1</script></body></html>'),
    );
    const { user } = renderFaulty(<EsimPicker />);
    await chooseDestination(user, 'japan', /^Japan/);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The plan catalogue sent data we could not read.');
    expect(screen.queryByText('Sign in to Wi-Fi')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });
});

describe('invalid records after the first page', () => {
  it('keeps the other destinations of page 2 and leaves the malformed one out', async () => {
    const rows = usdCatalogue.products.map(({ variants: _variants, ...product }) => product);
    const nepal = rows.findIndex((product) => product.country_code === 'NPL');
    expect(nepal).toBeGreaterThanOrEqual(100);
    const broken: unknown[] = rows.map((product, index) => (index === nepal ? { ...product, currency_code: 42 } : product));
    server.use(
      http.get(LIST, ({ request }) => {
        const url = new URL(request.url);
        const page = Number(url.searchParams.get('page'));
        const perPage = Number(url.searchParams.get('per_page'));
        return HttpResponse.json(broken.slice((page - 1) * perPage, page * perPage) as never, {
          headers: { 'X-Has-More': String(page * perPage < broken.length) },
        });
      }),
    );
    const { user } = renderFaulty(<CountryList />);
    await screen.findAllByRole('option');
    await user.type(searchField(), 'norway');
    expect(await screen.findByRole('option', { name: /Norway/ })).toBeInTheDocument();
    await user.clear(searchField());
    await user.type(searchField(), 'nepal');
    await waitFor(() => expect(screen.queryAllByRole('option', { name: /Nepal/ })).toHaveLength(0));
    expect(await screen.findByText(/No destination matches/)).toBeInTheDocument();
  });
});
