import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { useState, type FormEvent, type ReactElement } from 'react';
import { EsimPicker } from '../../../src/components/EsimPicker/index.js';
import { createEsimHandlers, usdCatalogue } from '../../../src/mocks/index.js';
import { EsimProvider } from '../../../src/query/provider.js';
import { esimKeys } from '../../../src/query/keys.js';
import { server } from '../../msw-server.js';
import { createTestClient, createTestQueryClient, recordRequests, renderWithEsim } from '../../utils.js';

/** The plans of the destination named `name` (the radio group is named for it), once shown. */
const plansOf = async (name: RegExp) => within(await screen.findByRole('radiogroup', { name })).getAllByRole('radio');

const FRANCE = usdCatalogue.products.find((product) => product.country_code === 'FRA')!;
const JAPAN = usdCatalogue.products.find((product) => product.id === 712)!;

async function renderPicker(ui = <EsimPicker />, setup: Parameters<typeof renderWithEsim>[1] = {}) {
  const user = userEvent.setup();
  const result = renderWithEsim(ui, setup);
  await screen.findAllByRole('option');
  return { user, ...result };
}

async function chooseDestination(user: ReturnType<typeof userEvent.setup>, query: string, name: RegExp) {
  const input = screen.getByRole('combobox', { name: 'Search destinations' });
  await user.clear(input);
  await user.type(input, query);
  await user.click(screen.getByRole('option', { name }));
}

describe('EsimPicker flow', () => {
  it('goes from destination to plans, focusing the plans heading and announcing the step', async () => {
    const onChange = vi.fn();
    const onSelect = vi.fn();
    const { user } = await renderPicker(<EsimPicker onChange={onChange} onSelect={onSelect} />);
    expect(screen.getByRole('heading', { name: 'Choose your destination' })).toBeInTheDocument();
    await chooseDestination(user, 'jap', /^Japan/);
    const heading = screen.getByRole('heading', { name: 'Japan' });
    expect(heading).toHaveFocus();
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Data plans for Japan');
    await user.click(await screen.findByRole('radio', { name: /^5 GB · 30 days/ }));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]?.[0]).toMatchObject({
      product: { id: 712 },
      variant: { id: 5512 },
      orderAmount: 14.9,
      price: { discounted: '$14.16', original: '$14.90' },
    });
  });

  it('goes back with the search field focused on the chosen destination, keeping the plan until another is chosen', async () => {
    const onChange = vi.fn();
    const { user, container } = await renderPicker(<EsimPicker onChange={onChange} />);
    await chooseDestination(user, 'japan', /^Japan/);
    await user.click(await screen.findByRole('radio', { name: /^10 GB · 30 days/ }));
    await user.click(screen.getByRole('button', { name: 'Change destination' }));
    const input = screen.getByRole('combobox', { name: 'Search destinations' });
    expect(input).toHaveFocus();
    expect(container.querySelector('.esim-EsimPicker')).toHaveAttribute('data-step', 'destination');
    // jsdom has no layout to scroll Japan into the rendered window; the browser test checks it.
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Choose your destination');
    // Same destination again: the plan is still chosen.
    await chooseDestination(user, 'japan', /^Japan/);
    expect(await screen.findByRole('radio', { name: /^10 GB · 30 days/ })).toBeChecked();
    expect(onChange).toHaveBeenCalledTimes(1);
    // Another destination: the plan is cleared and the host hears null.
    await user.click(screen.getByRole('button', { name: 'Change destination' }));
    await chooseDestination(user, 'france', /^France/);
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(await plansOf(/France/)).not.toHaveLength(0);
  });

  it('heads the plans of a region known by its name with the mark its row showed', async () => {
    // Wholesale region codes ("EU30") say nothing; the product's name says Europe.
    const europe = usdCatalogue.products.find((product) => product.country_code === 'XEU')!;
    server.use(...createEsimHandlers({ catalogue: { products: [{ ...europe, country_code: 'EU30', name: 'Europe 30 eSIM' }, FRANCE] } }));
    const { user } = await renderPicker();
    const row = screen.getByRole('option', { name: /^Europe/ });
    const mark = row.querySelector('[aria-hidden="true"]')!.textContent;
    expect(mark).toBe('🇪🇺');
    await user.click(row);
    const heading = await screen.findByRole('heading', { name: 'Europe' });
    expect(heading.querySelector('[aria-hidden="true"]')).toHaveTextContent(mark!);
  });

  it('never shows a late response for a destination left behind', async () => {
    // Japan's detail takes 400 ms, then falls through to the mock API; France answers at once.
    server.use(http.get('*/api/v1/esim/products/712', () => delay(400)));
    const { user } = await renderPicker();
    await chooseDestination(user, 'japan', /^Japan/);
    await user.click(screen.getByRole('button', { name: 'Change destination' }));
    await chooseDestination(user, 'france', /^France/);
    await plansOf(/France/);
    await delay(600);
    expect(screen.getByRole('heading', { name: 'France' })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'Data plans for France' })).toBeInTheDocument();
    expect(screen.queryByText(/Japan/)).toBeNull();
    expect(screen.getAllByRole('radio')).toHaveLength(FRANCE.variants.length);
  });

  it('sends no request for a destination whose detail was prefetched on hover', async () => {
    const recorder = recordRequests();
    const { user } = await renderPicker(<EsimPicker />, { client: createTestClient({ fetch: recorder.fetch }) });
    await user.type(screen.getByRole('combobox'), 'japan');
    const japan = screen.getByRole('option', { name: /Japan/ });
    await user.hover(japan);
    await waitFor(() => expect(recorder.requests).toContain('/api/v1/esim/products/712'));
    await waitFor(() => expect(screen.queryByText('Loading plans…')).toBeNull());
    recorder.requests.length = 0;
    await user.click(japan);
    expect(screen.getAllByRole('radio')).toHaveLength(5);
    expect(recorder.requests).toEqual([]);
  });

  it('keeps the chosen plan when the data refetches in the background', async () => {
    const onChange = vi.fn();
    const { user, queryClient } = await renderPicker(<EsimPicker onChange={onChange} />);
    await chooseDestination(user, 'japan', /^Japan/);
    await user.click(await screen.findByRole('radio', { name: /^20 GB · 30 days/ }));
    await queryClient.invalidateQueries({ queryKey: esimKeys.all });
    expect(screen.getByRole('radio', { name: /^20 GB · 30 days/ })).toBeChecked();
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('EsimPicker start and forms', () => {
  it('opens on a destination’s plans with the plan chosen, and posts it under `name`', async () => {
    let posted: FormData | undefined;
    const submit = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      posted = new FormData(event.currentTarget);
    };
    const user = userEvent.setup();
    renderWithEsim(
      <form onSubmit={submit}>
        <EsimPicker initialProductId={712} defaultValue={5514} name="variant_id" headingLevel={3} />
        <button type="submit">Buy</button>
      </form>,
    );
    expect(await screen.findByRole('radio', { name: /^20 GB · 30 days/ })).toBeChecked();
    expect(screen.getByRole('heading', { level: 3, name: 'Japan' })).not.toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Buy' }));
    expect(posted?.get('variant_id')).toBe('5514');
    // Looking at other destinations does not drop the chosen plan from the form.
    await user.click(screen.getByRole('button', { name: 'Change destination' }));
    await user.click(screen.getByRole('button', { name: 'Buy' }));
    expect(posted?.get('variant_id')).toBe('5514');
  });
});

describe('EsimPicker checkout hooks', () => {
  it('reports a preselected plan through onChange once its data has loaded, and only once', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    renderWithEsim(<EsimPicker initialProductId={712} defaultValue={5513} onChange={onChange} />);
    expect(await screen.findByRole('radio', { name: /^10 GB · 30 days/ })).toBeChecked();
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(onChange.mock.calls[0]?.[0]).toMatchObject({ variant: { id: 5513 }, orderAmount: 22.5, price: { original: '$22.50', discounted: '$21.38' } });
    await user.click(screen.getByRole('button', { name: 'Change destination' }));
    await chooseDestination(user, 'japan', /^Japan/);
    expect(await screen.findByRole('radio', { name: /^10 GB · 30 days/ })).toBeChecked();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('opens on the plans of a country code given at first, and tells the host which destination that is', async () => {
    const onDestinationChange = vi.fn();
    const onStepChange = vi.fn();
    renderWithEsim(<EsimPicker defaultCountry="jpn" onDestinationChange={onDestinationChange} onStepChange={onStepChange} />);
    expect(await screen.findByRole('radiogroup', { name: 'Data plans for Japan' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Japan' })).not.toHaveFocus();
    await waitFor(() => expect(onDestinationChange).toHaveBeenCalledTimes(1));
    expect(onDestinationChange.mock.calls[0]?.[0]).toMatchObject({ id: 712, country_code: 'JPN' });
    // Mounting on a step is not a step change.
    expect(onStepChange).not.toHaveBeenCalled();
  });

  it('falls back to the destination list for a country code the catalogue does not have', async () => {
    renderWithEsim(<EsimPicker defaultCountry="XYZ" />);
    expect(await screen.findByRole('heading', { name: 'Choose your destination' })).toBeInTheDocument();
    expect(await screen.findAllByRole('option')).not.toHaveLength(0);
    expect(screen.queryByRole('radiogroup')).toBeNull();
  });

  it('follows a controlled country and reports the traveller’s own choice', async () => {
    const onCountryChange = vi.fn();
    const onStepChange = vi.fn();
    const user = userEvent.setup();
    const { rerender } = renderWithEsim(
      <EsimPicker country={null} onCountryChange={onCountryChange} onStepChange={onStepChange} />,
    );
    await screen.findAllByRole('option');
    rerender(<EsimPicker country="FRA" onCountryChange={onCountryChange} onStepChange={onStepChange} />);
    expect(await screen.findByRole('radiogroup', { name: 'Data plans for France' })).toBeInTheDocument();
    expect(onStepChange).toHaveBeenLastCalledWith('plans');
    rerender(<EsimPicker country={null} onCountryChange={onCountryChange} onStepChange={onStepChange} />);
    expect(await screen.findByRole('heading', { name: 'Choose your destination' })).toBeInTheDocument();
    expect(onStepChange).toHaveBeenLastCalledWith('destination');
    expect(onCountryChange).not.toHaveBeenCalled();
    await chooseDestination(user, 'japan', /^Japan/);
    expect(onCountryChange).toHaveBeenCalledWith('JPN');
  });

  it('clears a plan of another destination at once when the host switches the controlled country, even if the new one never loads', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    const { rerender } = renderWithEsim(<EsimPicker country="JPN" onChange={onChange} name="variant_id" />);
    await user.click(await screen.findByRole('radio', { name: /^5 GB · 30 days/ }));
    server.use(http.get(`*/api/v1/esim/products/${FRANCE.id}`, () => HttpResponse.json({}, { status: 500 })));
    rerender(<EsimPicker country="FRA" onChange={onChange} name="variant_id" />);
    // The traveller sees France's error, not the Japan plan: the host must not keep it as the order.
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('tells the host the new price of the chosen plan when it changes while the traveller looks at other destinations', async () => {
    const onChange = vi.fn();
    const { user, queryClient } = await renderPicker(<EsimPicker onChange={onChange} name="variant_id" />);
    await chooseDestination(user, 'japan', /^Japan/);
    await user.click(await screen.findByRole('radio', { name: /^5 GB · 30 days/ }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ orderAmount: 14.9 }));
    await user.click(screen.getByRole('button', { name: 'Change destination' }));
    // The plan stays posted from the list, so its price must stay current there too.
    server.use(...createEsimHandlers({ catalogue: { products: [{ ...JAPAN, variants: JAPAN.variants.map((v) => (v.id === 5512 ? { ...v, amount: 12 } : v)) }] } }));
    await queryClient.invalidateQueries({ queryKey: esimKeys.product(712) });
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(2));
    expect(onChange.mock.calls[1]?.[0]).toMatchObject({ variant: { id: 5512 }, orderAmount: 12, price: { discounted: '$11.40' } });
    // Back on the plans: the same plan, at the price the host holds, and nothing heard twice.
    await chooseDestination(user, 'japan', /^Japan/);
    expect(await screen.findByRole('radio', { name: /^5 GB · 30 days.*\$11\.40/ })).toBeChecked();
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('tells a host that controls `value` about a plan picked again after it cleared its cart', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    function Host() {
      const [value, setValue] = useState<number | null>(5512);
      return (
        <>
          <button type="button" onClick={() => setValue(null)}>
            Clear cart
          </button>
          <EsimPicker
            initialProductId={712}
            value={value}
            onChange={(selection) => {
              onChange(selection);
              setValue(selection && selection.variant.id);
            }}
          />
        </>
      );
    }
    renderWithEsim(<Host />);
    await user.click(await screen.findByRole('radio', { name: /^10 GB · 30 days/ }));
    await user.click(screen.getByRole('radio', { name: /^5 GB · 30 days/ }));
    expect(onChange).toHaveBeenCalledTimes(2);
    await user.click(screen.getByRole('button', { name: 'Clear cart' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: /^5 GB · 30 days/ })).not.toBeChecked());
    await user.click(screen.getByRole('radio', { name: /^5 GB · 30 days/ }));
    expect(onChange).toHaveBeenCalledTimes(3);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ variant: expect.objectContaining({ id: 5512 }) }));
    expect(screen.getByRole('radio', { name: /^5 GB · 30 days/ })).toBeChecked();
  });

  it('walks the catalogue for a country code within the provider’s catalogueLimits, and says when it was cut short', async () => {
    const recorded = recordRequests();
    server.use(
      http.get('*/api/v1/esim/products', ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page') ?? 1);
        const items = Array.from({ length: 50 }, (_, i) => ({ ...FRANCE, id: 100_000 + page * 100 + i, country_code: i ? 'XXX' : 'FRA', variants: undefined }));
        return HttpResponse.json(items, { headers: { 'X-Has-More': 'true' } });
      }),
    );
    const onCatalogueIncomplete = vi.fn();
    render(
      <EsimProvider client={createTestClient({ fetch: recorded.fetch })} queryClient={createTestQueryClient()} catalogueLimits={{ maxPages: 3 }} onCatalogueIncomplete={onCatalogueIncomplete}>
        <EsimPicker defaultCountry="FRA" />
      </EsimProvider>,
    );
    await waitFor(() => expect(onCatalogueIncomplete).toHaveBeenCalledWith(expect.objectContaining({ reason: 'max-pages' })));
    expect(recorded.requests.filter((path) => path.startsWith('/api/v1/esim/products?'))).toHaveLength(3);
  });

  it('keeps a render error inside the picker: the host page stays, the error is reported and retry renders again', async () => {
    const onError = vi.fn();
    // React logs what a boundary caught; the assertion on onError is what matters here.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    let broken = true;
    const user = userEvent.setup();
    renderWithEsim(
      <form aria-label="Checkout">
        <EsimPicker
          onError={onError}
          className={() => {
            if (broken) throw new Error('partner render prop failed');
            return 'ok';
          }}
        />
        <button type="submit">Pay</button>
      </form>,
    );
    const alert = await screen.findByRole('alert');
    expect(screen.getByRole('button', { name: 'Pay' })).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'partner render prop failed' }));
    broken = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Choose your destination' })).toBeInTheDocument();
    logged.mockRestore();
  });
});

/**
 * A checkout around `picker` whose className function throws once broken, and a "Refresh" that re-renders
 * it; `breakThenRetry` breaks it, then mends it and presses the picker's "Try again".
 */
function breakableCheckout(picker: (className: () => undefined) => ReactElement) {
  let broken = false;
  const className = () => {
    if (broken) throw new Error('partner render prop failed');
    return undefined;
  };
  function Checkout() {
    const [, rerender] = useState(0);
    return (
      <form aria-label="Checkout">
        {picker(className)}
        <button type="button" onClick={() => rerender((n) => n + 1)}>Refresh</button>
      </form>
    );
  }
  async function breakThenRetry(user: ReturnType<typeof userEvent.setup>) {
    broken = true;
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    const alert = await screen.findByRole('alert');
    broken = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
  }
  return { Checkout, breakThenRetry };
}

describe('EsimPicker after a render error', () => {
  it('"Try again" starts afresh and tells the host what that undid: no plan, no destination, the list', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onChange = vi.fn();
    const onStepChange = vi.fn();
    const onDestinationChange = vi.fn();
    const onCountryChange = vi.fn();
    const { Checkout, breakThenRetry } = breakableCheckout((className) => (
      <EsimPicker
        name="variant"
        onChange={onChange}
        onStepChange={onStepChange}
        onDestinationChange={onDestinationChange}
        onCountryChange={onCountryChange}
        className={className}
      />
    ));
    const { user } = await renderPicker(<Checkout />);
    await chooseDestination(user, 'japan', /^Japan/);
    await user.click(await screen.findByRole('radio', { name: /^5 GB · 30 days/ }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ variant: expect.objectContaining({ id: 5512 }) }));
    await breakThenRetry(user);
    await screen.findByRole('heading', { name: 'Choose your destination' });
    // What the host holds matches what the picker shows and what the form posts.
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(onStepChange).toHaveBeenLastCalledWith('destination');
    expect(onDestinationChange).toHaveBeenLastCalledWith(null);
    expect(onCountryChange).toHaveBeenLastCalledWith(null);
    expect(new FormData(screen.getByRole('form', { name: 'Checkout' })).get('variant')).toBeNull();
    logged.mockRestore();
  });

  it('keeps a controlled plan and destination through "Try again", telling the host nothing new', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onChange = vi.fn();
    const onStepChange = vi.fn();
    const { Checkout, breakThenRetry } = breakableCheckout((className) => (
      <EsimPicker value={5512} country="JPN" onChange={onChange} onStepChange={onStepChange} className={className} />
    ));
    const user = userEvent.setup();
    renderWithEsim(<Checkout />);
    expect(await screen.findByRole('radio', { name: /^5 GB · 30 days/ })).toBeChecked();
    const heard = onChange.mock.calls.length;
    await breakThenRetry(user);
    expect(await screen.findByRole('radio', { name: /^5 GB · 30 days/ })).toBeChecked();
    expect(onChange).toHaveBeenCalledTimes(heard);
    expect(onStepChange).not.toHaveBeenCalled();
    logged.mockRestore();
  });
});
