// A render error inside one component (here a partner's own render function) stays inside it and reaches
// the provider's onError; the host's checkout around it stays on the page.
import { screen, waitFor, within } from '@testing-library/react';
import { CountryList } from '../../../src/components/CountryList/index.js';
import { EsimPicker } from '../../../src/components/EsimPicker/index.js';
import { PlanPicker } from '../../../src/components/PlanPicker/index.js';
import { renderFaulty } from './helpers.js';

it('a render error shows the component’s error state with a retry, tells the provider, and keeps the host page', async () => {
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  const onError = vi.fn();
  let fail = true;
  const ui = (
    <form aria-label="Checkout">
      <PlanPicker productId={712}>
        {(state) => {
          if (state.status === 'ready' && fail) throw new Error('partner render bug');
          return <p>{state.status === 'ready' ? 'Plans ready' : 'Waiting'}</p>;
        }}
      </PlanPicker>
      <button type="submit">Pay</button>
    </form>
  );
  const { user } = renderFaulty(ui, { onError });
  const alert = await screen.findByRole('alert');
  expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'partner render bug' }), { component: 'PlanPicker' });
  expect(screen.getByRole('button', { name: 'Pay' })).toBeInTheDocument();
  fail = false;
  await user.click(within(alert).getByRole('button', { name: 'Try again' }));
  expect(await screen.findByText('Plans ready')).toBeInTheDocument();
  quiet.mockRestore();
});

it('a retry that fails again puts focus on the new "Try again", not on the page', async () => {
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  const { user } = renderFaulty(
    <CountryList
      renderFlag={() => {
        throw new Error('partner flag bug');
      }}
    />,
  );
  const first = within(await screen.findByRole('alert')).getByRole('button', { name: 'Try again' });
  // A first error while focus is outside the component takes no focus from where the traveller is.
  expect(first).not.toHaveFocus();
  await user.click(first);
  const again = within(await screen.findByRole('alert')).getByRole('button', { name: 'Try again' });
  await waitFor(() => expect(again).toHaveFocus());
  quiet.mockRestore();
});

it('EsimPicker back from a render error puts focus in the search field', async () => {
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  let fail = true;
  const className = () => {
    if (fail) throw new Error('className function failed');
    return undefined;
  };
  const { user } = renderFaulty(<EsimPicker className={className} />);
  const alert = await screen.findByRole('alert');
  fail = false;
  await user.click(within(alert).getByRole('button', { name: 'Try again' }));
  await waitFor(() => expect(screen.getByRole('combobox')).toHaveFocus());
  quiet.mockRestore();
});

it('EsimPicker back from a render error on the plans step, before the destination has loaded, keeps focus in the picker', async () => {
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  let fail = true;
  const className = () => {
    if (fail) throw new Error('className function failed');
    return undefined;
  };
  const { user } = renderFaulty(<EsimPicker initialProductId={712} className={className} />);
  const retry = within(await screen.findByRole('alert')).getByRole('button', { name: 'Try again' });
  fail = false;
  await user.tab();
  expect(retry).toHaveFocus();
  await user.keyboard('{Enter}');
  await waitFor(() => expect(screen.getByRole('button', { name: 'Change destination' })).toHaveFocus());
  quiet.mockRestore();
});

describe('a render error while the traveller is inside the component', () => {
  it('CountryList: focus goes from the search field to "Try again", not to the page', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = false;
    const { user } = renderFaulty(
      <CountryList
        renderFlag={(product) => {
          if (fail) throw new Error('partner flag bug');
          return product.country_code;
        }}
      />,
    );
    await screen.findAllByRole('option');
    await user.click(screen.getByRole('combobox'));
    fail = true;
    await user.keyboard('j');
    const retry = within(await screen.findByRole('alert')).getByRole('button', { name: 'Try again' });
    await waitFor(() => expect(retry).toHaveFocus());
    quiet.mockRestore();
  });

  it('PlanPicker: focus goes from the chosen radio to "Try again"', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user } = renderFaulty(
      <PlanPicker productId={712}>
        {(state) => {
          if (state.plans.some((plan) => plan.selected)) throw new Error('partner render bug');
          return <PlanPicker.Options />;
        }}
      </PlanPicker>,
    );
    await user.click((await screen.findAllByRole('radio'))[0]!);
    const retry = within(await screen.findByRole('alert')).getByRole('button', { name: 'Try again' });
    await waitFor(() => expect(retry).toHaveFocus());
    quiet.mockRestore();
  });

  it('EsimPicker: focus goes from the list to "Try again" when the next step breaks', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const className = ({ step }: { step: string }) => {
      if (step === 'plans') throw new Error('className function failed');
      return undefined;
    };
    const { user } = renderFaulty(<EsimPicker className={className} />);
    await user.click(screen.getByRole('combobox'));
    await screen.findAllByRole('option');
    await user.keyboard('Japan{Enter}');
    const retry = within(await screen.findByRole('alert')).getByRole('button', { name: 'Try again' });
    await waitFor(() => expect(retry).toHaveFocus());
    quiet.mockRestore();
  });
});

it('PlanPicker: a className function that throws shows the error state; the host page stays', async () => {
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  const onError = vi.fn();
  renderFaulty(
    <form aria-label="Checkout">
      <PlanPicker
        productId={712}
        className={() => {
          throw new Error('partner className bug');
        }}
      />
      <button type="submit">Pay</button>
    </form>,
    { onError },
  );
  expect(within(await screen.findByRole('alert')).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Pay' })).toBeInTheDocument();
  expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'partner className bug' }), { component: 'PlanPicker' });
  quiet.mockRestore();
});
