// A render error inside one component (here a partner's own render function) stays inside it and reaches
// the provider's onError; the host's checkout around it stays on the page.
import { screen, within } from '@testing-library/react';
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
