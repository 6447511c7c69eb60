// The traveller changes their mind faster than the API answers; React's StrictMode double effects.
import type { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { EsimPicker } from '../../../src/components/EsimPicker/index.js';
import { PlanPicker } from '../../../src/components/PlanPicker/index.js';
import { esimKeys } from '../../../src/query/keys.js';
import { server } from '../../msw-server.js';
import { chooseDestination, FRANCE, gate, JAPAN, renderFaulty, watchRequests } from './helpers.js';

/** The plans of the destination named `name` (the radio group is named for it), once shown. */
const plansOf = async (name: RegExp) => within(await screen.findByRole('radiogroup', { name })).getAllByRole('radio');

/** Holds Japan's detail until the test opens the gate; then the mock API answers. */
function holdJapan() {
  const answer = gate();
  server.use(
    http.get(`*/api/v1/esim/products/${JAPAN.id}`, async () => {
      await answer.opened;
      return undefined;
    }),
  );
  return answer;
}

/** Opens the gate and waits until Japan's request has settled (answered, or cancelled) and React has rendered. */
async function letJapanAnswer(japan: ReturnType<typeof gate>, queryClient: QueryClient) {
  japan.open();
  await waitFor(() => expect(queryClient.getQueryState(esimKeys.product(JAPAN.id))?.fetchStatus).toBe('idle'));
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('switching destinations faster than responses', () => {
  it('EsimPicker never shows Japan’s plans once France was chosen, however late Japan answers', async () => {
    const japan = holdJapan();
    const onChange = vi.fn();
    const { user, queryClient } = renderFaulty(<EsimPicker onChange={onChange} />);
    await screen.findAllByRole('option');
    await chooseDestination(user, 'japan', /^Japan/);
    await user.click(screen.getByRole('button', { name: 'Change destination' }));
    await chooseDestination(user, 'france', /^France/);
    expect((await plansOf(/France/)).length).toBeGreaterThan(0);
    await letJapanAnswer(japan, queryClient);
    expect(screen.getByRole('heading', { name: 'France' })).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: /Japan/ })).toBeNull();
    await user.click(within(screen.getByRole('radiogroup', { name: /France/ })).getAllByRole('radio')[0]!);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ product: expect.objectContaining({ id: FRANCE.id }) }));
  });

  it('PlanPicker given a new productId mid-load shows only the new product’s plans', async () => {
    const japan = holdJapan();
    const { rerender, queryClient } = renderFaulty(<PlanPicker productId={JAPAN.id} />);
    rerender(<PlanPicker productId={FRANCE.id} />);
    expect((await plansOf(/France/)).length).toBeGreaterThan(0);
    await letJapanAnswer(japan, queryClient);
    expect(screen.queryByRole('radiogroup', { name: /Japan/ })).toBeNull();
    expect(screen.getByRole('radiogroup', { name: /France/ })).toBeInTheDocument();
  });
});

describe('StrictMode', () => {
  it('the whole flow works and no request is doubled by the double effects', async () => {
    const requests = watchRequests();
    const { user } = renderFaulty(<EsimPicker />, { strict: true });
    await chooseDestination(user, 'japan', /^Japan/);
    expect(await screen.findByRole('radio', { name: /^5 GB · 30 days/ })).toBeInTheDocument();
    // 250 products: three pages of 100, and one detail.
    expect(requests.to('/api/v1/esim/products')).toHaveLength(3);
    expect(requests.to(`/api/v1/esim/products/${JAPAN.id}`)).toHaveLength(1);
  });
});
