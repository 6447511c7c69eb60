'use client';

import { useState } from 'react';
import { countryName, EsimPicker, useEsimContext, type PlanSelection } from 'esim-picker';

type Theme = 'light' | 'dark';

/** The partner's own checkout step: the picker beside an order summary that follows the traveller's choice. */
export function Checkout({ apiLabel }: { apiLabel: string }) {
  const [selection, setSelection] = useState<PlanSelection | null>(null);
  const [theme, setTheme] = useState<Theme>('light');
  const { locale } = useEsimContext();
  return (
    // The stylesheet's presets apply to any ancestor carrying data-esim-theme; no attribute is the light default.
    <div className="checkout-page" data-esim-theme={theme === 'dark' ? 'dark' : undefined}>
      <div className="checkout">
        <header className="checkout-header">
          <h1>Checkout</h1>
          <fieldset className="theme-switch">
            <legend>Theme</legend>
            {(['light', 'dark'] as const).map((option) => (
              <label key={option}>
                <input type="radio" name="theme" value={option} checked={theme === option} onChange={() => setTheme(option)} />
                {option === 'light' ? 'Light' : 'Dark'}
              </label>
            ))}
          </fieldset>
        </header>
        <form className="checkout-body" method="post" action="/order">
          <section className="checkout-picker" aria-label="eSIM">
            <EsimPicker name="variant_id" onChange={setSelection} />
          </section>
          <aside className="checkout-summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">Order summary</h2>
            {selection ? (
              <dl data-testid="order-summary">
                <dt>Destination</dt>
                <dd>{countryName(selection.product.country_code, locale, selection.product.name)}</dd>
                <dt>Plan</dt>
                <dd>{selection.variant.name}</dd>
                <dt>Order amount</dt>
                {/* selection.orderAmount, as the traveller reads it: the order route re-prices the plan itself. */}
                <dd data-testid="order-amount">{selection.price.original}</dd>
                <dt>Wallet debit (your discount)</dt>
                <dd data-testid="wallet-debit">{selection.price.discounted}</dd>
              </dl>
            ) : (
              <p>Choose a destination and a plan.</p>
            )}
            <button type="submit" disabled={!selection}>
              Place order
            </button>
            <p className="checkout-note">Data: {apiLabel}</p>
          </aside>
        </form>
      </div>
    </div>
  );
}
