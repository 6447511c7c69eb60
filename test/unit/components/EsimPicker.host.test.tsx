// The picker as a partner's checkout wires it: what each callback tells the host, and when.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { StrictMode, useState } from 'react';
import { EsimPicker } from '../../../src/components/EsimPicker/index.js';
import type { PlanSelection } from '../../../src/components/PlanPicker/index.js';
import { usdCatalogue } from '../../../src/mocks/index.js';
import { esimKeys } from '../../../src/query/keys.js';
import { server } from '../../msw-server.js';
import { renderWithEsim } from '../../utils.js';

const FRANCE = usdCatalogue.products.find((product) => product.country_code === 'FRA')!;

async function chooseDestination(user: ReturnType<typeof userEvent.setup>, query: string, name: RegExp) {
  await user.type(await screen.findByRole('combobox', { name: 'Search destinations' }), query);
  await user.click(await screen.findByRole('option', { name }));
}

describe('EsimPicker and its host', () => {
  it('keeps a preselected plan when the traveller picks its destination from the list, and reports it once loaded', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    renderWithEsim(<StrictMode><EsimPicker defaultValue={5513} onChange={onChange} /></StrictMode>);
    await chooseDestination(user, 'japan', /^Japan/);
    expect(await screen.findByRole('radio', { name: /^10 GB · 30 days/ })).toBeChecked();
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(onChange.mock.calls[0]?.[0]).toMatchObject({ variant: { id: 5513 }, orderAmount: 22.5 });
  });

  it('keeps a controlled plan when the traveller picks its destination from the list', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    function Host() {
      const [value, setValue] = useState<number | null>(5513);
      const change = (selection: PlanSelection | null) => {
        onChange(selection);
        setValue(selection && selection.variant.id);
      };
      return <EsimPicker value={value} onChange={change} />;
    }
    renderWithEsim(<Host />);
    await chooseDestination(user, 'japan', /^Japan/);
    expect(await screen.findByRole('radio', { name: /^10 GB · 30 days/ })).toBeChecked();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('tells the host the destination before the step that shows its plans', async () => {
    const calls: string[] = [];
    const user = userEvent.setup();
    renderWithEsim(
      <StrictMode>
        <EsimPicker onDestinationChange={(product) => calls.push(`destination ${product?.country_code}`)} onStepChange={(step) => calls.push(`step ${step}`)} />
      </StrictMode>,
    );
    await chooseDestination(user, 'japan', /^Japan/);
    await waitFor(() => expect(calls).toEqual(['destination JPN', 'step plans']));
  });

  it('clears the plan when the host’s country is one the catalogue does not sell', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    const { rerender } = renderWithEsim(<EsimPicker country="JPN" onChange={onChange} name="variant_id" />);
    await user.click(await screen.findByRole('radio', { name: /^5 GB · 30 days/ }));
    rerender(<EsimPicker country="XYZ" onChange={onChange} name="variant_id" />);
    expect(await screen.findByRole('heading', { name: 'Choose your destination' })).toBeInTheDocument();
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith(null));
    expect(onChange).toHaveBeenCalledTimes(2);
    // The list posts no plan of a destination the traveller no longer sees.
    expect(document.querySelector('input[name=variant_id]')).toBeNull();
  });

  it('clears the plan when a catalogue refetch no longer lists its destination', async () => {
    const onChange = vi.fn();
    const onDestinationChange = vi.fn();
    const user = userEvent.setup();
    const { queryClient } = renderWithEsim(<EsimPicker country="JPN" onChange={onChange} onDestinationChange={onDestinationChange} />);
    await user.click(await screen.findByRole('radio', { name: /^5 GB · 30 days/ }));
    const { variants: _variants, ...france } = FRANCE;
    server.use(http.get('*/api/v1/esim/products', () => HttpResponse.json([france])));
    await act(() => queryClient.invalidateQueries({ queryKey: esimKeys.catalogue() }));
    await waitFor(() => expect(onDestinationChange).toHaveBeenLastCalledWith(null));
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith(null));
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});

describe('EsimPicker with a country the host sets a moment after onCountryChange (a router, a store)', () => {
  it('stays on the list while the host keeps its country null (StrictMode: React 18 moved on)', async () => {
    const onCountryChange = vi.fn();
    const onStepChange = vi.fn();
    const onDestinationChange = vi.fn();
    const user = userEvent.setup();
    renderWithEsim(
      <StrictMode>
        <EsimPicker country={null} onCountryChange={onCountryChange} onStepChange={onStepChange} onDestinationChange={onDestinationChange} />
      </StrictMode>,
    );
    await chooseDestination(user, 'japan', /^Japan/);
    expect(onCountryChange).toHaveBeenCalledWith('JPN');
    expect(screen.getByRole('heading', { name: 'Choose your destination' })).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(onStepChange).not.toHaveBeenCalled();
    // The host kept no destination: an analytics hook must not count Japan as chosen.
    expect(onDestinationChange).not.toHaveBeenCalled();
  });

  it('tells the host the destination and its plan are gone when it sets its country back to null', async () => {
    const onDestinationChange = vi.fn();
    const onChange = vi.fn();
    const user = userEvent.setup();
    let clear = () => {};
    function Host() {
      const [country, setCountry] = useState<string | null>(null);
      clear = () => setCountry(null);
      return <EsimPicker country={country} onCountryChange={setCountry} onDestinationChange={onDestinationChange} onChange={onChange} name="variant_id" />;
    }
    renderWithEsim(<Host />);
    await chooseDestination(user, 'japan', /^Japan/);
    await user.click(await screen.findByRole('radio', { name: /^5 GB · 30 days/ }));
    expect(onDestinationChange).toHaveBeenLastCalledWith(expect.objectContaining({ country_code: 'JPN' }));
    act(() => clear());
    expect(await screen.findByRole('heading', { name: 'Choose your destination' })).toBeInTheDocument();
    expect(onDestinationChange).toHaveBeenLastCalledWith(null);
    // A plan belongs to its destination: the form posts none once the host has none.
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(document.querySelector('input[name=variant_id]')).toBeNull();
  });

  it('tells the host the destination is gone when it sets its country back to null, after opening on initialProductId', async () => {
    const onDestinationChange = vi.fn();
    const user = userEvent.setup();
    let clear = () => {};
    function Host() {
      const [country, setCountry] = useState<string | null>(null);
      clear = () => setCountry(null);
      return <EsimPicker country={country} initialProductId={712} onCountryChange={setCountry} onDestinationChange={onDestinationChange} />;
    }
    renderWithEsim(<Host />);
    await screen.findByRole('radiogroup', { name: 'Data plans for Japan' });
    await user.click(screen.getByRole('button', { name: /Change destination/ }));
    await chooseDestination(user, 'france', /^France/);
    await screen.findByRole('radiogroup', { name: 'Data plans for France' });
    act(() => clear());
    expect(await screen.findByRole('heading', { name: 'Choose your destination' })).toBeInTheDocument();
    // Not Japan again: the destination it opened on was left for France, and the host now holds none.
    await waitFor(() => expect(onDestinationChange).toHaveBeenLastCalledWith(null));
    expect(screen.queryByRole('option', { selected: true })).toBeNull();
  });

  it('shows the plans of the destination the traveller chose once the host follows', async () => {
    const onStepChange = vi.fn();
    const user = userEvent.setup();
    function Host() {
      const [country, setCountry] = useState<string | null>(null);
      return <EsimPicker country={country} onCountryChange={(code) => void Promise.resolve().then(() => setCountry(code))} onStepChange={onStepChange} />;
    }
    renderWithEsim(<StrictMode><Host /></StrictMode>);
    await chooseDestination(user, 'japan', /^Japan/);
    expect(await screen.findByRole('radiogroup', { name: 'Data plans for Japan' })).toBeInTheDocument();
    expect(onStepChange).toHaveBeenLastCalledWith('plans');
  });

  it('stays on the list, not the previous destination’s plans, until the host follows the traveller to another', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    let follow = () => {};
    function Host() {
      const [country, setCountry] = useState<string | null>('JPN');
      return <EsimPicker country={country} onCountryChange={(code) => void (follow = () => setCountry(code))} />;
    }
    renderWithEsim(<StrictMode><Host /></StrictMode>);
    await screen.findByRole('radiogroup', { name: 'Data plans for Japan' });
    await user.click(screen.getByRole('button', { name: /Change destination/ }));
    await chooseDestination(user, 'united states', /^United States/);
    // Picked the United States: Japan's plans (heading, radios, "Data plans for Japan") would be a lie.
    expect(screen.getByRole('heading', { name: 'Choose your destination' })).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup')).toBeNull();
    act(() => follow());
    expect(await screen.findByRole('radiogroup', { name: 'Data plans for United States' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /United States/ })).toHaveFocus();
  });
});
