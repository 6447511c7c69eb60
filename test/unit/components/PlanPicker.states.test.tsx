import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { PlanPicker, usePlanPicker } from '../../../src/components/PlanPicker/index.js';
import { createEsimHandlers, usdCatalogue, type MockCatalogue } from '../../../src/mocks/index.js';
import pl from '../../../src/locales/pl.js';
import { esimKeys } from '../../../src/query/keys.js';
import { EsimProvider } from '../../../src/query/provider.js';
import { server } from '../../msw-server.js';
import { createTestClient, renderEsimHook } from '../../utils.js';
import { hookSetup, loadingStatus, renderPicker as renderWithEsim } from './PlanPicker.helpers.js';

/** The plans of the destination named `name` (the radio group is named for it), once shown. */
const plansOf = async (name: RegExp) => within(await screen.findByRole('radiogroup', { name })).getAllByRole('radio');

/** The region that says why a chosen plan went. */
const noticeRegion = () => screen.getAllByRole('status').find((region) => region.classList.contains('esim-PlanPicker-notice'))!;

/**
 * Records DOM changes while `run` runs: whether `text` arrived as a change inside a region already in the
 * page. jsdom has no frames: a region inserted and filled within one frame would pass here too.
 */
async function arrivesInPlace(text: string, run: () => Promise<HTMLElement>) {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((found) => records.push(...found));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  try {
    const region = await run();
    return records.some((record) => region.contains(record.target) && [...record.addedNodes].some((node) => node.textContent?.includes(text)));
  } finally {
    observer.disconnect();
  }
}

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
    expect(loadingStatus()).toHaveTextContent('Loading plans…');
    expect(screen.queryByRole('progressbar')).toBeNull();
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Loading plans…' })).toBeInTheDocument());
    await waitFor(() => expect(loadingStatus()).toHaveTextContent('Getting the latest plans'));
    expect(container.querySelector('.esim-PlanPicker-loading')).toHaveAttribute('data-slow');
    expect(await screen.findAllByRole('radio')).toHaveLength(5);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('inserts its live region empty and then says it is loading, so screen readers announce it', async () => {
    server.use(...createEsimHandlers({ scenario: 'slow-hydration', hydrationDelayMs: 1600 }));
    const filledLater = await arrivesInPlace('Loading plans…', async () => {
      renderWithEsim(<PlanPicker productId={712} />);
      await waitFor(() => expect(loadingStatus()).toHaveTextContent('Loading plans…'));
      return loadingStatus();
    });
    expect(filledLater).toBe(true);
  });
});

describe('PlanPicker announcements', () => {
  it('announces how many plans arrived, as a change inside a region already in the page', async () => {
    const filledLater = await arrivesInPlace('5 plans available', async () => {
      renderWithEsim(<PlanPicker productId={712} />);
      return screen.findByText('5 plans available');
    });
    expect(screen.getByText('5 plans available')).toHaveAttribute('role', 'status');
    expect(filledLater).toBe(true);
  });

  it('announces one plan in the singular, and the count again when a refetch changes it', async () => {
    server.use(...createEsimHandlers({ catalogue: japanWith(JAPAN.variants.slice(0, 1)) }));
    const { queryClient } = renderWithEsim(<PlanPicker productId={712} />);
    expect(await screen.findByText('1 plan available')).toHaveAttribute('role', 'status');
    server.use(...createEsimHandlers({ catalogue: japanWith(JAPAN.variants.slice(0, 3)) }));
    await queryClient.invalidateQueries({ queryKey: esimKeys.product(712) });
    expect(await screen.findByText('3 plans available')).toHaveAttribute('role', 'status');
  });

  it('says nothing at mount when the plans are already there (a checkout page does not talk as it loads)', async () => {
    const { queryClient } = renderWithEsim(<PlanPicker productId={712} />);
    expect(await screen.findByText('5 plans available')).toBeInTheDocument();
    const cached = renderWithEsim(<PlanPicker productId={712} />, { queryClient });
    expect(within(cached.container).getAllByRole('radio')).toHaveLength(5);
    expect(within(cached.container).getAllByRole('status').map((region) => region.textContent)).not.toContain('5 plans available');
  });

  it('announces in the provider’s language with its plural rules', async () => {
    server.use(...createEsimHandlers({ catalogue: japanWith(JAPAN.variants.slice(0, 2)) }));
    renderWithEsim(<PlanPicker productId={712} />, { locale: 'pl', messages: pl });
    expect(await screen.findByText('2 dostępne pakiety')).toHaveAttribute('role', 'status');
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
    // Shown, and announced: after "Loading plans…" a screen reader would otherwise hear nothing.
    await waitFor(() => expect(screen.getAllByText('No plans for this destination yet.')).toHaveLength(2));
    expect(screen.getByText('No plans for this destination yet.', { selector: '[role="status"]' })).toBeInTheDocument();
    expect(container.querySelector('.esim-PlanPicker')).toHaveAttribute('data-state', 'empty');
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('shows the plans of a destination whose detail inlines none yet, from the variants endpoint', async () => {
    // The API reference: the variants endpoint fetches the plans of a destination added recently.
    const { variants: _inline, ...product } = JAPAN;
    server.use(http.get('*/api/v1/esim/products/712', () => HttpResponse.json({ ...product, variants: [] })));
    const { container } = renderWithEsim(<PlanPicker productId={712} />);
    expect(await screen.findAllByRole('radio')).toHaveLength(5);
    expect(container.querySelector('.esim-PlanPicker')).toHaveAttribute('data-state', 'ready');
    expect(screen.queryByText('No plans for this destination yet.')).toBeNull();
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
    // The card changed under the traveller's eyes: say so, in the region screen readers follow.
    await waitFor(() => expect(noticeRegion()).toHaveTextContent('The price of your plan is now $11.40.'));
  });

  it('re-notifies with the price formatted in the new locale when the locale changes, without a notice', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    const client = createTestClient();
    const ui = (locale: string) => (
      <EsimProvider client={client} locale={locale}>
        <PlanPicker productId={712} onChange={onChange} />
      </EsimProvider>
    );
    const { rerender } = render(ui('en-US'));
    await user.click(await screen.findByRole('radio', { name: /^5 GB · 30 days/ }));
    rerender(ui('de-DE'));
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(2));
    expect(onChange.mock.calls[1]?.[0]).toMatchObject({ variant: { id: 5512 }, orderAmount: 14.9, price: { discounted: '14,16\u00a0$' } });
    // Let React render whatever the change scheduled: the price is the same, so nothing is announced.
    await act(async () => {});
    expect(noticeRegion()).toBeEmptyDOMElement();
  });

  it('announces no price change when the host moved its controlled value to another plan and the locale then changed', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    const client = createTestClient();
    const ui = (locale: string, value: number | null) => (
      <EsimProvider client={client} locale={locale}>
        <PlanPicker productId={712} value={value} onChange={onChange} />
      </EsimProvider>
    );
    const { rerender } = render(ui('en-US', null));
    await user.click(await screen.findByRole('radio', { name: /^5 GB · 30 days/ }));
    // An upsell in the host's cart, then the page's language changes: the 10 GB plan's price never changed.
    rerender(ui('en-US', 5513));
    rerender(ui('de-DE', 5513));
    await act(async () => {});
    expect(noticeRegion()).toBeEmptyDOMElement();
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
    // The notice renders in the commit after the host heard null.
    await waitFor(() => expect(noticeRegion()).toHaveTextContent('Your plan is no longer sold'));
    await user.click(screen.getByRole('radio', { name: /^10 GB · 30 days/ }));
    expect(noticeRegion()).toBeEmptyDOMElement();
  });
});

describe('PlanPicker focus across refetches', () => {
  /** Picks (and so focuses) the 10 GB plan, then refetches Japan without the plan `droppedId`. */
  async function pickTenGbThenDrop(droppedId: number) {
    const user = userEvent.setup();
    const { queryClient } = renderWithEsim(<PlanPicker productId={712} />);
    await user.click(await screen.findByRole('radio', { name: /^10 GB · 30 days/ }));
    server.use(...createEsimHandlers({ catalogue: japanWith(JAPAN.variants.filter((v) => v.id !== droppedId)) }));
    await queryClient.invalidateQueries({ queryKey: esimKeys.product(712) });
    await waitFor(() => expect(screen.getAllByRole('radio')).toHaveLength(4));
  }

  it('keeps focus on the same plan when a refetch drops another one', async () => {
    await pickTenGbThenDrop(5511);
    const chosen = screen.getByRole('radio', { name: /^10 GB · 30 days/ });
    expect(chosen).toHaveFocus();
    expect(chosen).toBeChecked();
  });

  it('moves focus to the first plan left, not to the page, when the focused plan is no longer sold', async () => {
    await pickTenGbThenDrop(5513);
    await waitFor(() => expect(screen.getAllByRole('radio')[0]).toHaveFocus());
    expect(screen.getAllByRole('radio')[0]).not.toBeChecked();
  });

  it('keeps focus in the picker when the plan whose details are open is no longer sold', async () => {
    const user = userEvent.setup();
    const { queryClient, container } = renderWithEsim(<PlanPicker productId={712} />);
    await user.click(await screen.findByRole('radio', { name: /^10 GB · 30 days/ }));
    const summary = container.querySelector('summary')!;
    await user.click(summary);
    expect(summary).toHaveFocus();
    server.use(...createEsimHandlers({ catalogue: japanWith(JAPAN.variants.filter((v) => v.id !== 5513)) }));
    await queryClient.invalidateQueries({ queryKey: esimKeys.product(712) });
    await waitFor(() => expect(container.querySelector('summary')).toBeNull());
    await waitFor(() => expect(container.querySelector('.esim-PlanPicker')).toHaveFocus());
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
    expect(noticeRegion()).toBeEmptyDOMElement();
  });

  it('tells the host null at once when the destination changes, even if the new one never loads', async () => {
    const france = usdCatalogue.products.find((product) => product.country_code === 'FRA')!;
    const onChange = vi.fn();
    const user = userEvent.setup();
    const { rerender } = renderWithEsim(<PlanPicker productId={712} onChange={onChange} />);
    await user.click(await screen.findByRole('radio', { name: /^5 GB · 30 days/ }));
    server.use(http.get(`*/api/v1/esim/products/${france.id}`, () => HttpResponse.json({}, { status: 500 })));
    rerender(<PlanPicker productId={france.id} onChange={onChange} />);
    // The traveller sees France's error, not the Japan plan: the host must not keep it as the order.
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('keeps a plan of the new destination that a controlling host switched to along with it', async () => {
    const france = usdCatalogue.products.find((product) => product.country_code === 'FRA')!;
    const onChange = vi.fn();
    const user = userEvent.setup();
    const { rerender } = renderWithEsim(<PlanPicker productId={712} value={null} onChange={onChange} />);
    await user.click(await screen.findByRole('radio', { name: /^5 GB · 30 days/ }));
    rerender(<PlanPicker productId={712} value={5512} onChange={onChange} />);
    // A cart restored by the host: another destination and one of its plans, in one render.
    rerender(<PlanPicker productId={france.id} value={france.variants[0]!.id} onChange={onChange} />);
    expect(within(await screen.findByRole('radiogroup', { name: /France/ })).getByRole('radio', { checked: true })).toHaveAttribute(
      'value',
      String(france.variants[0]!.id),
    );
    expect(onChange).toHaveBeenCalledTimes(1);
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
