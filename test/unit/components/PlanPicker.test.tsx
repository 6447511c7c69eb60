import { screen, waitFor, within } from '@testing-library/react';
import type { FormEvent } from 'react';
import { PlanPicker, type PlanSelection } from '../../../src/components/PlanPicker/index.js';
import { eurCatalogue, jpyCatalogue } from '../../../src/mocks/index.js';
import type { ProductDetail } from '../../../src/api/schemas.js';
import { esimKeys } from '../../../src/query/keys.js';
import { createTestQueryClient } from '../../utils.js';
import { JAPAN, card, cardOf, radioOf, renderPicker, japanVariant as variant, order, radio, renderPlans, serveCatalogue, withJapanPlans } from './PlanPicker.helpers.js';

describe('PlanPicker roles and names', () => {
  it('is a radiogroup named for the destination, one native radio per plan named by the variant', async () => {
    await renderPlans();
    const group = screen.getByRole('radiogroup', { name: 'Data plans for Japan' });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(5);
    expect(radio('^1 GB · 7 days')).toHaveAttribute('value', '5511');
    expect(radio('^5 GB · 30 days')).toHaveAttribute('type', 'radio');
    expect(radios.every((r) => (r as HTMLInputElement).name === radios[0]?.getAttribute('name'))).toBe(true);
  });

  it('has the esim-root class, dir and lang from the locale and its state as data attributes', async () => {
    const { container } = await renderPlans(<PlanPicker productId={712} />, 'ar');
    const root = container.querySelector('.esim-PlanPicker');
    expect(root).toHaveClass('esim-root');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(root).toHaveAttribute('data-state', 'ready');
  });

  it('isolates prices and names with <bdi>, so right-to-left text cannot reorder them', async () => {
    serveCatalogue(
      withJapanPlans([{ ...variant(5511), name: 'Japan 1 GB / 7 days + local number', description: 'Data-only eSIM, 4G/5G' }, variant(5512)]),
    );
    await renderPlans(<PlanPicker productId={712} />, 'ar');
    const option = cardOf(5511);
    const isolated = [...option.querySelectorAll('bdi')].map((bdi) => bdi.textContent);
    expect(isolated).toContain('Japan 1 GB / 7 days + local number');
    expect(isolated).toContain('Data-only eSIM, 4G/5G');
    // Arabic formats the dollar amount itself; what matters is that it sits whole in its own <bdi>.
    expect(option.querySelector('.esim-PlanPicker-price > bdi')?.textContent).toMatch(/4[.٫,]28|٤٫٢٨/);
    expect(option.querySelector('.esim-PlanPicker-original > bdi')?.textContent).toMatch(/4[.٫,]50|٤٫٥٠/);
  });
});

describe('PlanPicker cards', () => {
  it('leads with data · validity, and leaves out an API name that only repeats it, for the eye and the ear', async () => {
    await renderPlans();
    const option = cardOf(5511);
    expect(option.querySelector('.esim-PlanPicker-headline')).toHaveTextContent('1 GB · 7 days');
    expect(option).not.toHaveTextContent('Japan 1 GB / 7 days');
    expect(within(option).getByRole('radio')).toHaveAccessibleName(
      '1 GB · 7 days Data-only eSIM for short trips $4.28 Was $4.50 5% off Save $0.22',
    );
  });

  it('names each radio by the words the card shows in the page’s language, so voice control finds it (WCAG 2.5.3)', async () => {
    await renderPlans(<PlanPicker productId={712} />, 'de');
    const option = cardOf(5511);
    const headline = option.querySelector('.esim-PlanPicker-headline')!.textContent!;
    expect(headline).toMatch(/7 Tage/);
    expect(screen.getByRole('radio', { name: (name) => name.startsWith(headline) })).toBe(within(option).getByRole('radio'));
  });

  it('shows the API name when it says more than data and validity', async () => {
    serveCatalogue(withJapanPlans([{ ...variant(5512), name: 'Japan 5G Max 5 GB / 30 days' }, variant(5513)]));
    await renderPlans();
    const option = card('Japan 5G Max');
    expect(option.querySelector('.esim-PlanPicker-name')).toHaveTextContent('Japan 5G Max 5 GB / 30 days');
    expect(option.querySelector('.esim-PlanPicker-headline')).not.toHaveAttribute('aria-hidden');
  });

  it('shows the discounted price, the struck original read as "Was …", the percentage and the saving', async () => {
    await renderPlans();
    const option = card('^20 GB · 30 days');
    expect(option).toHaveAttribute('data-discounted');
    expect(within(option).getByText('$27.74').closest('.esim-PlanPicker-price')).not.toBeNull();
    const struck = option.querySelector('s');
    expect(struck).toHaveTextContent('$29.99');
    expect(radio('^20 GB · 30 days')).toHaveAccessibleName(expect.stringContaining('$27.74 Was $29.99 7.5% off'));
    // Without the stylesheet (all text shows, as here) the original price is there once: "Was $29.99", not "Was $29.99 $29.99".
    expect(option.textContent!.match(/\$29\.99/g)).toHaveLength(1);
    // 7.5 % keeps its decimal on the badge; the saving is 2999 − 2774 minor units.
    expect(option.querySelector('.esim-PlanPicker-badge')).toHaveTextContent('7.5% off');
    expect(option.querySelector('.esim-PlanPicker-saving')).toHaveTextContent('Save $2.25');
  });

  it('gives price per GB only where it informs, and unlimited plans a price per day', async () => {
    await renderPlans();
    expect(card('^1 GB · 7 days').querySelector('.esim-PlanPicker-per-gb')).toBeNull();
    expect(card('^5 GB · 30 days').querySelector('.esim-PlanPicker-per-gb')).toHaveTextContent('$2.83 per GB');
    const unlimited = card('^Unlimited · 15 days');
    expect(unlimited).toHaveAttribute('data-unlimited');
    expect(unlimited).not.toHaveAttribute('data-discounted');
    expect(unlimited.querySelector('s, .esim-PlanPicker-badge, .esim-PlanPicker-per-gb')).toBeNull();
    expect(unlimited.querySelector('.esim-PlanPicker-headline')).toHaveTextContent('Unlimited · 15 days');
    expect(unlimited.querySelector('.esim-PlanPicker-per-day')).toHaveTextContent('$2.33 per day');
    expect(radio('^Unlimited · 15 days')).not.toHaveAccessibleName(/Was|off/);
  });

  it('marks the lowest price per GB as best value', async () => {
    const { container } = await renderPlans();
    const best = container.querySelectorAll('[data-best-value]');
    expect(best).toHaveLength(1);
    expect(best[0]).toBe(card('^20 GB · 30 days'));
    expect(radio('^20 GB · 30 days')).toHaveAccessibleName(expect.stringContaining('Best value'));
  });

  it('shows no price per GB when every plan has the same data; the cheapest is still the best value', async () => {
    serveCatalogue(withJapanPlans([variant(5512), { ...variant(5513), data_amount_gb: 5 }, { ...variant(5514), data_amount_gb: 5 }]));
    const { container } = await renderPlans();
    expect(container.querySelector('.esim-PlanPicker-per-gb')).toBeNull();
    expect(container.querySelectorAll('[data-best-value]')).toHaveLength(1);
  });

  it('formats EUR in German with German units, plurals and a decimal percentage', async () => {
    serveCatalogue(eurCatalogue);
    await renderPlans(<PlanPicker productId={712} />, 'de-DE');
    const option = cardOf(5514);
    // 27.59 € at 7.5 % is 25.52075 → 25,52 €; the saving is 2,07 €.
    expect(option.querySelector('.esim-PlanPicker-price')).toHaveTextContent('25,52 €');
    expect(option.querySelector('s')).toHaveTextContent('27,59 €');
    expect(option.querySelector('.esim-PlanPicker-headline')).toHaveTextContent('20 GB · 30 Tage');
    expect(option.querySelector('.esim-PlanPicker-badge')).toHaveTextContent('7,5 %');
    expect(option.querySelector('.esim-PlanPicker-saving')).toHaveTextContent('2,07 €');
  });

  it('formats JPY without minor units', async () => {
    serveCatalogue(jpyCatalogue);
    await renderPlans();
    const option = card('^1 GB · 7 days');
    // ¥680 at 5 % is ¥646 exactly.
    expect(option.querySelector('.esim-PlanPicker-price')).toHaveTextContent('¥646');
    expect(option.querySelector('s')).toHaveTextContent('¥680');
  });

  it('pluralises one day', async () => {
    serveCatalogue(withJapanPlans([{ ...variant(5511), validity_days: 1 }, variant(5512)]));
    await renderPlans();
    expect(cardOf(5511).querySelector('.esim-PlanPicker-headline')).toHaveTextContent('1 GB · 1 day');
  });
});

describe('PlanPicker selection', () => {
  it('hands over { product, variant, orderAmount, price } exactly', async () => {
    const onChange = vi.fn();
    const onSelect = vi.fn();
    const { user } = await renderPlans(<PlanPicker productId={712} onChange={onChange} onSelect={onSelect} />);
    await user.click(radio('^5 GB · 30 days'));
    const { variants: _variants, ...product } = JAPAN;
    const expected: PlanSelection = {
      product: { ...product },
      variant: { ...variant(5512), description: undefined },
      orderAmount: 14.9,
      price: { currency: 'USD', minorDigits: 2, originalMinor: 1490, discountedMinor: 1416, discountPercent: 5, original: '$14.90', discounted: '$14.16' },
    };
    expect(onChange).toHaveBeenCalledTimes(1);
    const selection = onChange.mock.calls[0]?.[0] as PlanSelection;
    expect(selection).toEqual(expected);
    expect(selection.product).not.toHaveProperty('variants');
    expect(onSelect).toHaveBeenCalledWith(selection);
    expect(radio('^5 GB · 30 days')).toBeChecked();
    expect(card('^5 GB · 30 days')).toHaveAttribute('data-selected');
  });

  it('hands over the payload formatted in German, with orderAmount the API amount unchanged', async () => {
    serveCatalogue(eurCatalogue);
    const onChange = vi.fn();
    const { user } = await renderPlans(<PlanPicker productId={712} onChange={onChange} />, 'de-DE');
    await user.click(radioOf(5514));
    expect(onChange).toHaveBeenCalledWith(
      expect.objectContaining({
        orderAmount: 27.59,
        variant: expect.objectContaining({ id: 5514, amount: 27.59, client_discount: 7.5 }),
        price: { currency: 'EUR', minorDigits: 2, originalMinor: 2759, discountedMinor: 2552, discountPercent: 7.5, original: '27,59\u00a0€', discounted: '25,52\u00a0€' },
      }),
    );
  });

  it('checks and reports the card clicked when two plans share an id', async () => {
    // The client drops duplicates too; the picker must be right by itself, so the detail goes straight into the cache.
    const queryClient = createTestQueryClient();
    const { variants: _variants, ...product } = JAPAN;
    const twins = [{ ...variant(5511), id: 77 }, { ...variant(5513), id: 77, amount: 45, client_discount: 0 }];
    queryClient.setQueryData(esimKeys.product(712), { ...product, variants: twins, invalidVariants: [] } as ProductDetail);
    const onChange = vi.fn();
    const { user } = renderPicker(<PlanPicker productId={712} onChange={onChange} />, { queryClient });
    await user.click(await screen.findByRole('radio', { name: /^10 GB · 30 days/ }));
    expect(radio('^10 GB · 30 days')).toBeChecked();
    expect(radio('^1 GB · 7 days')).not.toBeChecked();
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ orderAmount: 45, price: expect.objectContaining({ discounted: '$45.00' }) }));
    await user.click(radio('^1 GB · 7 days'));
    expect(radio('^1 GB · 7 days')).toBeChecked();
    expect(radio('^10 GB · 30 days')).not.toBeChecked();
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ orderAmount: 4.5 }));
  });

  it('reports a preselected plan once its data has loaded, then only on a real change', async () => {
    const onChange = vi.fn();
    const onSelect = vi.fn();
    const { user, queryClient } = await renderPlans(<PlanPicker productId={712} defaultValue={5511} onChange={onChange} onSelect={onSelect} />);
    expect(radio('^1 GB · 7 days')).toBeChecked();
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ orderAmount: 4.5, price: expect.objectContaining({ discounted: '$4.28' }) }));
    await queryClient.refetchQueries({ queryKey: esimKeys.product(712) });
    expect(onChange).toHaveBeenCalledTimes(1);
    await user.click(radio('^1 GB · 7 days'));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('follows a controlled value', async () => {
    const { rerender } = await renderPlans(<PlanPicker productId={712} value={5513} />);
    expect(radio('^10 GB · 30 days')).toBeChecked();
    rerender(<PlanPicker productId={712} value={null} />);
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
  });

  it('posts the chosen variant id with a plain form', async () => {
    let posted: FormData | undefined;
    const submit = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      posted = new FormData(event.currentTarget);
    };
    const { user } = await renderPlans(
      <form onSubmit={submit}>
        <PlanPicker productId={712} name="variant_id" />
        <button type="submit">Buy</button>
      </form>,
    );
    await user.click(radio('^20 GB · 30 days'));
    await user.click(screen.getByRole('button', { name: 'Buy' }));
    expect(posted?.getAll('variant_id')).toEqual(['5514']);
  });

  it('still posts the chosen variant id while disabled (read-only, as while the checkout submits)', async () => {
    const { container } = await renderPlans(
      <form>
        <PlanPicker productId={712} name="variant_id" defaultValue={5512} disabled />
      </form>,
    );
    expect(radio('^5 GB · 30 days')).toBeChecked();
    expect(new FormData(container.querySelector('form')!).getAll('variant_id')).toEqual(['5512']);
  });

  it('disables every plan and the sort, keeping the chosen plan marked', async () => {
    const onChange = vi.fn();
    const { user, container } = await renderPlans(<PlanPicker productId={712} disabled defaultValue={5512} onChange={onChange} />);
    for (const r of screen.getAllByRole('radio')) expect(r).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toBeDisabled();
    expect(container.querySelector('.esim-PlanPicker')).toHaveAttribute('data-disabled');
    expect(radio('^5 GB · 30 days')).toBeChecked();
    expect(card('^5 GB · 30 days')).toHaveAttribute('data-selected');
    onChange.mockClear();
    await user.click(radio('^10 GB · 30 days'));
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('PlanPicker sorting', () => {
  it('orders by price, then data, then validity; unlimited is the most data', async () => {
    const { user } = await renderPlans();
    expect(order()).toEqual([5511, 5512, 5513, 5514, 5515]);
    const sort = screen.getByRole('combobox', { name: 'Sort by' });
    await user.selectOptions(sort, 'validity');
    expect(order()).toEqual([5511, 5515, 5512, 5513, 5514]);
    await user.selectOptions(sort, 'data');
    expect(order()).toEqual([5511, 5512, 5513, 5514, 5515]);
  });

  it('breaks price ties by more data, then more days, then the API order', async () => {
    const base = variant(5511);
    serveCatalogue(withJapanPlans([
      { ...base, id: 1, data_amount_gb: 1, validity_days: 7 },
      { ...base, id: 2, data_amount_gb: 3, validity_days: 7 },
      { ...base, id: 3, data_amount_gb: 3, validity_days: 30 },
      { ...base, id: 4, data_amount_gb: 1, validity_days: 7 },
      { ...base, id: 5, data_amount_gb: 0, validity_days: 7, amount: 9 },
    ]));
    const onSortChange = vi.fn();
    const { user } = await renderPlans(<PlanPicker productId={712} onSortChange={onSortChange} />);
    expect(order()).toEqual([3, 2, 1, 4, 5]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'data');
    expect(order()).toEqual([1, 4, 2, 3, 5]);
    expect(onSortChange).toHaveBeenCalledWith('data');
  });

  it('keeps the selection when the order changes', async () => {
    const { user } = await renderPlans(<PlanPicker productId={712} defaultSort="validity" />);
    await user.click(radio('^20 GB · 30 days'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'price');
    expect(radio('^20 GB · 30 days')).toBeChecked();
  });
});
