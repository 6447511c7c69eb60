import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type FormEvent } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { EsimPicker } from '../src/components/EsimPicker/index.js';
import type { PlanSelection } from '../src/components/PlanPicker/index.js';
import { formatMinor } from '../src/money/index.js';

/**
 * A partner's checkout page: the picker inside their own form, their order summary beside it. The form
 * posts `variant_id` (from the picker's `name`) and `order_amount` (the selection's `orderAmount`, what
 * the order request takes); the summary shows `price.discounted`, what the traveller pays.
 */
function CheckoutPage() {
  const [selection, setSelection] = useState<PlanSelection | null>(null);
  const [posted, setPosted] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = [...new FormData(event.currentTarget)].map(([key, value]) => `${key}=${String(value)}`);
    setPosted(fields.join('&'));
  };
  const price = selection?.price;
  return (
    <main style={{ display: 'grid', gap: 24, gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 280px), 1fr))', maxWidth: 880 }}>
      <h1 style={{ gridColumn: '1 / -1', margin: 0 }}>Checkout</h1>
      <form id="checkout" onSubmit={submit} aria-label="Travel eSIM">
        <EsimPicker name="variant_id" onChange={setSelection} />
        {selection && <input type="hidden" name="order_amount" value={selection.orderAmount} />}
      </form>
      <section aria-labelledby="summary" style={{ display: 'grid', gap: 8, alignContent: 'start' }}>
        <h2 id="summary" style={{ margin: 0 }}>Order summary</h2>
        {selection && price ? (
          <dl style={{ display: 'grid', gridTemplateColumns: '1fr auto', gap: 4, margin: 0 }}>
            <dt>{selection.variant.name}</dt>
            <dd style={{ margin: 0 }}>{price.original}</dd>
            {price.discountPercent > 0 && (
              <>
                <dt>Partner discount ({price.discountPercent}%)</dt>
                <dd style={{ margin: 0 }}>−{formatMinor(price.originalMinor - price.discountedMinor, price.currency, 'en-US')}</dd>
              </>
            )}
            <dt><strong>Total</strong></dt>
            <dd style={{ margin: 0 }}><strong>{price.discounted}</strong></dd>
          </dl>
        ) : (
          <p style={{ margin: 0 }}>Choose a destination and a plan.</p>
        )}
        <button type="submit" form="checkout" disabled={!selection} style={{ font: 'inherit', padding: '10px 16px' }}>
          {price ? `Pay ${price.discounted}` : 'Pay'}
        </button>
        <output aria-label="Posted to the order endpoint">{posted}</output>
      </section>
    </main>
  );
}

const meta = {
  title: 'Checkout',
  component: CheckoutPage,
  tags: ['autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta<typeof CheckoutPage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Checkout: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('option');
    await userEvent.type(canvas.getByRole('combobox', { name: 'Search destinations' }), 'japan');
    await userEvent.click(canvas.getByRole('option', { name: /^Japan/ }));
    await userEvent.click(await canvas.findByRole('radio', { name: /^5 GB · 30 days/ }));
    await expect(canvas.getByRole('button', { name: 'Pay $14.16' })).toBeEnabled();
    await userEvent.click(canvas.getByRole('button', { name: 'Pay $14.16' }));
    await expect(canvas.getByRole('status', { name: 'Posted to the order endpoint' })).toHaveTextContent(
      'variant_id=5512&order_amount=14.9',
    );
  },
};
