import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FormEvent } from 'react';
import { PlanPicker, type PlanSelection } from '../../../src/components/PlanPicker/index.js';
import { variantPrice } from '../../../src/money/index.js';
import { createEsimHandlers, eurCatalogue, jpyCatalogue, usdCatalogue, type MockCatalogue, type MockVariant } from '../../../src/mocks/index.js';
import { server } from '../../msw-server.js';
import { renderWithEsim } from '../../utils.js';

const JAPAN = usdCatalogue.products.find((product) => product.id === 712)!;
const variant = (id: number) => JAPAN.variants.find((v) => v.id === id)!;
const withJapanPlans = (variants: readonly MockVariant[]): MockCatalogue => ({ products: [{ ...JAPAN, variants }] });
const useCatalogue = (catalogue: MockCatalogue) => server.use(...createEsimHandlers({ catalogue }));

async function renderPlans(ui = <PlanPicker productId={712} />, locale?: string) {
  const user = userEvent.setup();
  const result = renderWithEsim(ui, locale ? { locale } : {});
  await screen.findAllByRole('radio');
  return { user, ...result };
}
const radio = (name: RegExp | string) => screen.getByRole('radio', { name: typeof name === 'string' ? new RegExp(name) : name });
const order = () => screen.getAllByRole('radio').map((r) => Number((r as HTMLInputElement).value));

describe('PlanPicker roles and names', () => {
  it('is a radiogroup named for the destination, one native radio per plan named by the variant', async () => {
    await renderPlans();
    const group = screen.getByRole('radiogroup', { name: 'Data plans for Japan' });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(5);
    expect(radio('Japan 1 GB / 7 days')).toHaveAttribute('value', '5511');
    expect(radio('Japan 5 GB / 30 days')).toHaveAttribute('type', 'radio');
    expect(radios.every((r) => (r as HTMLInputElement).name === radios[0]?.getAttribute('name'))).toBe(true);
  });

  it('has the esim-root class, dir from the locale and its state as data attributes', async () => {
    const { container } = await renderPlans(<PlanPicker productId={712} />, 'ar');
    const root = container.querySelector('.esim-PlanPicker');
    expect(root).toHaveClass('esim-root');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(root).toHaveAttribute('data-state', 'ready');
  });
});

describe('PlanPicker prices', () => {
  it('shows the discounted price, the struck original read as "Was …" and the badge', async () => {
    await renderPlans();
    const option = radio('Japan 1 GB / 7 days').closest('label')!;
    expect(option).toHaveAttribute('data-discounted');
    expect(within(option).getByText('$4.28')).toHaveClass('esim-PlanPicker-price');
    const struck = option.querySelector('s');
    expect(struck).toHaveTextContent('$4.50');
    expect(struck).toHaveAttribute('aria-hidden', 'true');
    expect(radio('Japan 1 GB / 7 days')).toHaveAccessibleName(expect.stringContaining('$4.28 Was $4.50 5% off'));
    expect(within(option).getByText('1 GB')).toBeInTheDocument();
    expect(within(option).getByText('7 days')).toBeInTheDocument();
    expect(within(option).getByText('$4.28 per GB')).toBeInTheDocument();
    expect(within(radio('Japan 5 GB').closest('label')!).getByText('$2.83 per GB')).toBeInTheDocument();
  });

  it('shows no strike and no badge without a discount; unlimited reads "Unlimited" with no price per GB', async () => {
    await renderPlans();
    const option = radio('Japan Unlimited').closest('label')!;
    expect(option).not.toHaveAttribute('data-discounted');
    expect(option).toHaveAttribute('data-unlimited');
    expect(option.querySelector('s, .esim-PlanPicker-badge, .esim-PlanPicker-per-gb')).toBeNull();
    expect(within(option).getByText('Unlimited')).toBeInTheDocument();
    expect(within(option).getByText('15 days')).toBeInTheDocument();
    expect(within(option).getByText('$34.90')).toBeInTheDocument();
    expect(radio('Japan Unlimited')).not.toHaveAccessibleName(/Was|off/);
  });

  it('shows no price per GB when every plan has the same data', async () => {
    useCatalogue(withJapanPlans([variant(5512), { ...variant(5513), data_amount_gb: 5 }]));
    const { container } = await renderPlans();
    expect(container.querySelector('.esim-PlanPicker-per-gb')).toBeNull();
  });

  it('formats EUR in German with German units and plurals', async () => {
    useCatalogue(eurCatalogue);
    await renderPlans(<PlanPicker productId={712} />, 'de-DE');
    expect(screen.getByRole('radiogroup', { name: 'Data plans for Japan' })).toBeInTheDocument();
    const option = radio('Japan 1 GB / 7 days').closest('label')!;
    // 4.09 € at 5 % is 3.8855 → 3.89 €.
    expect(option).toHaveTextContent(/3,89\s€/);
    expect(option.querySelector('s')).toHaveTextContent(/4,09\s€/);
    expect(option).toHaveTextContent('7 Tage');
    expect(option).toHaveTextContent(/5\s%/);
  });

  it('formats JPY without minor units', async () => {
    useCatalogue(jpyCatalogue);
    await renderPlans();
    const option = radio('Japan 1 GB / 7 days').closest('label')!;
    // ¥680 at 5 % is ¥646 exactly.
    expect(within(option).getByText('¥646')).toHaveClass('esim-PlanPicker-price');
    expect(option.querySelector('s')).toHaveTextContent('¥680');
  });

  it('pluralises one day', async () => {
    useCatalogue(withJapanPlans([{ ...variant(5511), validity_days: 1 }, variant(5512)]));
    await renderPlans();
    expect(radio('Japan 1 GB')).toHaveAccessibleName(expect.stringContaining('1 day'));
  });
});

describe('PlanPicker selection', () => {
  it('hands over { product, variant, orderAmount, price } exactly', async () => {
    const onChange = vi.fn();
    const onSelect = vi.fn();
    const { user } = await renderPlans(<PlanPicker productId={712} onChange={onChange} onSelect={onSelect} />);
    await user.click(radio('Japan 5 GB / 30 days'));
    const { variants: _variants, ...product } = JAPAN;
    const expected: PlanSelection = {
      product: { ...product },
      variant: { ...variant(5512), description: undefined },
      orderAmount: 14.9,
      price: variantPrice(variant(5512), 'en-US'),
    };
    expect(onChange).toHaveBeenCalledTimes(1);
    const selection = onChange.mock.calls[0]?.[0] as PlanSelection;
    expect(selection).toEqual(expected);
    expect(selection.orderAmount).toBe(selection.variant.amount);
    expect(selection.price.discounted).toBe('$14.16');
    expect(selection.product).not.toHaveProperty('variants');
    expect(onSelect).toHaveBeenCalledWith(selection);
    expect(radio('Japan 5 GB')).toBeChecked();
    expect(radio('Japan 5 GB').closest('label')).toHaveAttribute('data-selected');
  });

  it('notifies onSelect, not onChange, on a re-pick of the chosen plan', async () => {
    const onChange = vi.fn();
    const onSelect = vi.fn();
    const { user } = await renderPlans(<PlanPicker productId={712} defaultValue={5511} onChange={onChange} onSelect={onSelect} />);
    expect(radio('Japan 1 GB')).toBeChecked();
    await user.click(radio('Japan 1 GB'));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('follows a controlled value', async () => {
    const { rerender } = await renderPlans(<PlanPicker productId={712} value={5513} />);
    expect(radio('Japan 10 GB')).toBeChecked();
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
    await user.click(radio('Japan 20 GB'));
    await user.click(screen.getByRole('button', { name: 'Buy' }));
    expect(posted?.getAll('variant_id')).toEqual(['5514']);
  });

  it('disables every plan and the sort', async () => {
    const onChange = vi.fn();
    const { user, container } = await renderPlans(<PlanPicker productId={712} disabled onChange={onChange} />);
    for (const r of screen.getAllByRole('radio')) expect(r).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toBeDisabled();
    expect(container.querySelector('.esim-PlanPicker')).toHaveAttribute('data-disabled');
    await user.click(radio('Japan 5 GB'));
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
    useCatalogue(withJapanPlans([
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
    await user.click(radio('Japan 20 GB'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'price');
    expect(radio('Japan 20 GB')).toBeChecked();
  });
});
