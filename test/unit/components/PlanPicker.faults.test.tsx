import { onlineManager } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { renderToString } from 'react-dom/server';
import type { ProductDetail } from '../../../src/api/schemas.js';
import { PlanPicker, type PlanSelection } from '../../../src/components/PlanPicker/index.js';
import { createEsimHandlers, type MockVariant } from '../../../src/mocks/index.js';
import { esimKeys } from '../../../src/query/keys.js';
import { EsimProvider } from '../../../src/query/provider.js';
import { server } from '../../msw-server.js';
import { createTestClient, createTestQueryClient } from '../../utils.js';
import { JAPAN, hookSetup, japanVariant as variant, loadingStatus, radio, renderPicker } from './PlanPicker.helpers.js';

/** Japan's detail put straight into the cache, with variants the client itself would refuse. */
function cachedJapan(variants: readonly MockVariant[]) {
  const queryClient = createTestQueryClient();
  const { variants: _variants, ...product } = JAPAN;
  const detail: ProductDetail = { ...product, variants: variants.map((v) => ({ ...v, description: v.description })), invalidVariants: [] };
  queryClient.setQueryData(esimKeys.product(712), detail);
  return queryClient;
}

describe('PlanPicker offline and slow', () => {
  afterEach(() => onlineManager.setOnline(true));

  it('says it is offline, with a retry, instead of spinning; loads by itself when back online', async () => {
    onlineManager.setOnline(false);
    const { container } = renderPicker();
    const offline = await screen.findByText('You are offline. We will carry on when your connection is back.');
    expect(offline.closest('[role="status"]')).not.toBeNull();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(container.querySelector('.esim-PlanPicker')).toHaveAttribute('data-offline');
    expect(container.querySelector('.esim-PlanPicker-bone')).toBeNull();
    act(() => onlineManager.setOnline(true));
    expect(await screen.findAllByRole('radio')).toHaveLength(5);
    expect(screen.queryByText(/You are offline/)).toBeNull();
  });

  it('leaves focus on "Try again" while still offline, where the button stays', async () => {
    onlineManager.setOnline(false);
    const user = userEvent.setup();
    renderPicker();
    const retry = await screen.findByRole('button', { name: 'Try again' });
    await user.click(retry);
    // Nothing changed while the connection is down: focus on a nameless wrapper would only lose the traveller's place.
    expect(screen.getByRole('button', { name: 'Try again' })).toBe(retry);
    expect(retry).toHaveFocus();
  });

  it('says again that it is offline when "Try again" cannot try, so the press is not met with silence', async () => {
    onlineManager.setOnline(false);
    renderPicker();
    const message = await screen.findByText(/You are offline/);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      act(() => void fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
      // Emptied by the press and refilled in a later task: emptied and refilled in one, nothing changed to announce.
      expect(message.textContent).toBe('');
      act(() => void vi.advanceTimersByTime(100));
      expect(message).toHaveTextContent(/^You are offline/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says it is still working once a load has lasted four seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      server.use(...createEsimHandlers({ latencyMs: 600_000 }));
      renderPicker();
      await act(async () => void vi.advanceTimersByTime(3_900));
      expect(loadingStatus()).not.toHaveTextContent('Still working on it…');
      await act(async () => void vi.advanceTimersByTime(200));
      expect(loadingStatus()).toHaveTextContent('Still working on it…');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('PlanPicker faults', () => {
  it('keeps focus inside the picker when "Try again" replaces the error', async () => {
    server.use(...createEsimHandlers({ scenario: 'server-error' }));
    const { user, container } = renderPicker();
    const alert = await screen.findByRole('alert');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findAllByRole('radio')).toHaveLength(5);
    expect(container.querySelector('.esim-PlanPicker')).toHaveFocus();
  });

  it('leaves out a plan that cannot be priced, reports it and keeps the page', async () => {
    const onError = vi.fn();
    const queryClient = cachedJapan([variant(5511), { ...variant(5512), amount: 1e21 }, { ...variant(5513), data_amount_gb: 1e-15 }, variant(5514)]);
    const { container } = renderPicker(
      <form>
        <PlanPicker productId={712} onError={onError} />
        <button type="submit">Pay</button>
      </form>,
      { queryClient },
    );
    expect(await screen.findAllByRole('radio')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Pay' })).toBeInTheDocument();
    expect(container.querySelector('.esim-PlanPicker')).toHaveAttribute('data-invalid', '2');
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(2));
    expect(String(onError.mock.calls[0]?.[0])).toContain('plan 5512');
    expect(String(onError.mock.calls[1]?.[0])).toContain('plan 5513');
  });

  it('tells the provider’s onError too, once, naming the component', async () => {
    const onError = vi.fn();
    const queryClient = cachedJapan([variant(5511), { ...variant(5512), amount: 1e21 }]);
    render(
      <StrictMode>
        <EsimProvider client={createTestClient()} queryClient={queryClient} onError={onError}>
          <PlanPicker productId={712} />
        </EsimProvider>
      </StrictMode>,
    );
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringContaining('plan 5512') }), { component: 'PlanPicker' }));
    // Once, even with StrictMode running effects twice.
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('catches a render error in its own error state, reports it, and retries into working plans', async () => {
    const onError = vi.fn();
    let fail = true;
    const { user, container } = renderPicker(
      <>
        <PlanPicker productId={712} onError={onError}>
          <PlanPicker.Options>
            {(plan) => {
              if (fail) throw new Error('broken card');
              return <PlanPicker.Option plan={plan} />;
            }}
          </PlanPicker.Options>
        </PlanPicker>
        <button type="button">Host button</button>
      </>,
    );
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const alert = await screen.findByRole('alert');
    spy.mockRestore();
    expect(screen.getByRole('button', { name: 'Host button' })).toBeInTheDocument();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'broken card' }));
    expect(container.querySelector('.esim-PlanPicker')).toHaveAttribute('data-state', 'error');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findAllByRole('radio')).toHaveLength(5);
    expect(container.querySelector('.esim-PlanPicker')).toHaveFocus();
  });
});

describe('PlanPicker Enter on a plan', () => {
  it('leaves Enter to the browser by default (native implicit submission) and blocks it with submitOnEnter={false}', async () => {
    const { rerender } = renderPicker(<PlanPicker productId={712} />);
    await screen.findAllByRole('radio');
    // fireEvent returns false when a handler called preventDefault().
    expect(fireEvent.keyDown(radio('^1 GB · 7 days'), { key: 'Enter' })).toBe(true);
    rerender(<PlanPicker productId={712} submitOnEnter={false} />);
    expect(fireEvent.keyDown(radio('^1 GB · 7 days'), { key: 'Enter' })).toBe(false);
    expect(fireEvent.keyDown(radio('^1 GB · 7 days'), { key: 'ArrowDown' })).toBe(true);
  });
});

describe('PlanPicker on the server', () => {
  it('renders its loading state with lang and dir, and warns about nothing', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const html = renderToString(
      <EsimProvider client={createTestClient()} queryClient={createTestQueryClient()} {...hookSetup('he')}>
        <PlanPicker productId={712} />
      </EsimProvider>,
    );
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(html).toMatch(/class="esim-root esim-PlanPicker"[^>]*/);
    expect(html).toContain('lang="he"');
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('data-state="loading"');
  });
});

it('reports a plan it left out once, also when the host re-renders with its messages written inline', async () => {
  const onError = vi.fn();
  const queryClient = cachedJapan([variant(5511), { ...variant(5512), amount: 1e21 }, variant(5513)]);
  const client = createTestClient();
  function Checkout() {
    const [selection, setSelection] = useState<PlanSelection | null>(null);
    return (
      <EsimProvider client={client} queryClient={queryClient} messages={{ sortLabel: 'Order by' }}>
        <PlanPicker productId={712} onChange={setSelection} onError={onError} />
        <p>Order: {selection?.price.discounted ?? 'no plan'}</p>
      </EsimProvider>
    );
  }
  const user = userEvent.setup();
  render(<Checkout />);
  await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
  await user.click(screen.getAllByRole('radio')[0]!);
  await user.click(screen.getAllByRole('radio')[1]!);
  expect(screen.getByText(/^Order:/)).not.toHaveTextContent('no plan');
  expect(onError).toHaveBeenCalledTimes(1);
});
