import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlanPicker, usePlanPicker } from '../../../src/components/PlanPicker/index.js';
import { createEsimHandlers, usdCatalogue, type MockCatalogue } from '../../../src/mocks/index.js';
import { esimKeys } from '../../../src/query/keys.js';
import { EsimProvider } from '../../../src/query/provider.js';
import { server } from '../../msw-server.js';
import { createTestClient, renderEsimHook } from '../../utils.js';
import { hookSetup, renderPicker as renderWithEsim } from './PlanPicker.helpers.js';

/** The plans of the destination named `name` (the radio group is named for it), once shown. */
const plansOf = async (name: RegExp) => within(await screen.findByRole('radiogroup', { name })).getAllByRole('radio');

const JAPAN = usdCatalogue.products.find((product) => product.id === 712)!;
const japanWith = (variants: MockCatalogue['products'][number]['variants']): MockCatalogue => ({
  products: [{ ...JAPAN, variants }],
});

describe('PlanPicker loading and hydration', () => {
  it('shows skeleton rows, then after a second the hydration notice with a progress bar', async () => {
    server.use(...createEsimHandlers({ scenario: 'slow-hydration', hydrationDelayMs: 1600 }));
    const { container } = renderWithEsim(<PlanPicker productId={712} />);
    const root = container.querySelector('.esim-PlanPicker')!;
    expect(root).toHaveAttribute('data-state', 'loading');
    expect(container.querySelector('[aria-busy="true"] .esim-PlanPicker-skeleton')).not.toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Loading plans…');
    expect(screen.queryByRole('progressbar')).toBeNull();
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Loading plans…' })).toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Getting the latest plans'));
    expect(container.querySelector('.esim-PlanPicker-loading')).toHaveAttribute('data-slow');
    expect(await screen.findAllByRole('radio')).toHaveLength(5);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('inserts its live region empty and then says it is loading, so screen readers announce it', async () => {
    server.use(...createEsimHandlers({ scenario: 'slow-hydration', hydrationDelayMs: 1600 }));
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((found) => records.push(...found));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    try {
      renderWithEsim(<PlanPicker productId={712} />);
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Loading plans…'));
      const status = screen.getByRole('status');
      // The words arrive as a change inside a region already in the page, not inserted along with it.
      const filledLater = records.some(
        (record) => status.contains(record.target) && [...record.addedNodes].some((node) => node.textContent?.includes('Loading plans…')),
      );
      expect(filledLater).toBe(true);
    } finally {
      observer.disconnect();
    }
  });
});

describe('PlanPicker errors, empty and invalid data', () => {
  it('shows the error with a retry that loads the plans', async () => {
    server.use(...createEsimHandlers({ scenario: 'server-error' }));
    const user = userEvent.setup();
    const { container } = renderWithEsim(<PlanPicker productId={712} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The plan catalogue is having trouble right now');
    expect(container.querySelector('.esim-PlanPicker')).toHaveAttribute('data-state', 'error');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findAllByRole('radio')).toHaveLength(5);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reads a 401 as an access problem', async () => {
    server.use(...createEsimHandlers({ scenario: 'expired-token' }));
    renderWithEsim(<PlanPicker productId={712} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Access to the plan catalogue was refused');
  });

  it('says so when the destination has no plans', async () => {
    server.use(...createEsimHandlers({ catalogue: japanWith([]) }));
    const { container } = renderWithEsim(<PlanPicker productId={712} />);
    expect(await screen.findByText('No plans for this destination yet.')).toBeInTheDocument();
    expect(container.querySelector('.esim-PlanPicker')).toHaveAttribute('data-state', 'empty');
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('leaves out malformed plans and counts them in data-invalid', async () => {
    server.use(...createEsimHandlers({ scenario: 'malformed' }));
    const { container } = renderWithEsim(<PlanPicker productId={712} />);
    expect(await screen.findAllByRole('radio')).toHaveLength(5);
    expect(container.querySelector('.esim-PlanPicker')).toHaveAttribute('data-invalid', '3');
    expect(screen.queryByRole('radio', { name: /negative price|140 %|no currency/ })).toBeNull();
  });
});

describe('PlanPicker background refetch', () => {
  it('keeps the chosen plan and does not re-notify when nothing changed', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    const { queryClient } = renderWithEsim(<PlanPicker productId={712} onChange={onChange} />);
    await user.click(await screen.findByRole('radio', { name: /^5 GB · 30 days/ }));
    await queryClient.invalidateQueries({ queryKey: esimKeys.product(712) });
    expect(screen.getByRole('radio', { name: /^5 GB · 30 days/ })).toBeChecked();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('re-notifies with the new price when the chosen plan’s price changed', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    const { queryClient } = renderWithEsim(<PlanPicker productId={712} onChange={onChange} />);
    await user.click(await screen.findByRole('radio', { name: /^5 GB · 30 days/ }));
    server.use(...createEsimHandlers({ catalogue: japanWith(JAPAN.variants.map((v) => (v.id === 5512 ? { ...v, amount: 12 } : v))) }));
    await queryClient.invalidateQueries({ queryKey: esimKeys.product(712) });
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(2));
    expect(onChange.mock.calls[1]?.[0]).toMatchObject({ orderAmount: 12, price: { discounted: '$11.40' } });
    expect(screen.getByRole('radio', { name: /^5 GB · 30 days/ })).toBeChecked();
  });

  it('clears the choice, tells the host null and says why when the plan is no longer sold', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    const { queryClient } = renderWithEsim(<PlanPicker productId={712} onChange={onChange} />);
    await user.click(await screen.findByRole('radio', { name: /^5 GB · 30 days/ }));
    server.use(...createEsimHandlers({ catalogue: japanWith(JAPAN.variants.filter((v) => v.id !== 5512)) }));
    await queryClient.invalidateQueries({ queryKey: esimKeys.product(712) });
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith(null));
    expect(screen.getAllByRole('radio')).toHaveLength(4);
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    expect(screen.getByRole('status')).toHaveTextContent('Your plan is no longer sold');
    await user.click(screen.getByRole('radio', { name: /^10 GB · 30 days/ }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});

describe('PlanPicker productId change', () => {
  it('shows only the new destination’s plans and clears a plan of the old one silently', async () => {
    const france = usdCatalogue.products.find((product) => product.country_code === 'FRA')!;
    const onChange = vi.fn();
    const user = userEvent.setup();
    const { rerender } = renderWithEsim(<PlanPicker productId={712} onChange={onChange} />);
    await user.click(await screen.findByRole('radio', { name: /^5 GB · 30 days/ }));
    rerender(<PlanPicker productId={france.id} onChange={onChange} />);
    expect(screen.queryByRole('radiogroup', { name: /Japan/ })).toBeNull();
    expect(await plansOf(/France/)).toHaveLength(france.variants.length);
    await waitFor(() => expect(onChange).toHaveBeenLastCalledWith(null));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});

describe('PlanPicker parts and headless hook', () => {
  it('throws, saying how to fix it, when a part is outside PlanPicker', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      render(
        <EsimProvider client={createTestClient()}>
          <PlanPicker.Sort />
        </EsimProvider>,
      ),
    ).toThrow('`PlanPicker.Sort` must be used within `PlanPicker`');
    spy.mockRestore();
  });

  it('composes from parts with render functions and className functions', async () => {
    renderWithEsim(
      <PlanPicker productId={712} defaultValue={5512}>
        <PlanPicker.Options className="plans">
          {(plan) => (
            <PlanPicker.Option plan={plan} key={plan.variant.id} className={({ selected }) => (selected ? 'picked' : undefined)}>
              {({ variant, price, selected }) => `${variant.name}: ${price.discounted}${selected ? ' (chosen)' : ''}`}
            </PlanPicker.Option>
          )}
        </PlanPicker.Options>
      </PlanPicker>,
    );
    const chosen = await screen.findByRole('radio', { name: 'Japan 5 GB / 30 days: $14.16 (chosen)' });
    expect(chosen.closest('label')).toHaveClass('esim-PlanPicker-option', 'picked');
    expect(screen.getByRole('radiogroup')).toHaveClass('esim-PlanPicker-options', 'plans');
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('usePlanPicker gives sorted plans with prices, the selection and radio props', async () => {
    const { result } = renderEsimHook(() => usePlanPicker({ productId: 712, defaultSort: 'data', defaultValue: 5515 }), hookSetup());
    await waitFor(() => expect(result.current.status).toBe('ready'));
    const { plans, selection, getRadioProps, destination } = result.current;
    expect(destination).toBe('Japan');
    expect(plans.map((plan) => plan.variant.id)).toEqual([5511, 5512, 5513, 5514, 5515]);
    expect(plans[0]).toMatchObject({ row: 0, data: '1 GB', validity: '7 days', discount: '5%', saving: '$0.22', perGb: undefined, selected: false });
    expect(plans[4]).toMatchObject({ row: 4, data: 'Unlimited', perDay: '$2.33', unlimited: true, selected: true });
    expect(plans.filter((plan) => plan.bestValue).map((plan) => plan.variant.id)).toEqual([5514]);
    expect(selection).toMatchObject({ orderAmount: 34.9, price: { discounted: '$34.90', discountPercent: 0 } });
    expect(getRadioProps(plans[4]!)).toMatchObject({ type: 'radio', value: '5515', checked: true });
  });
});
