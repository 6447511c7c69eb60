import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type FormEvent } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { PlanPicker, usePlanPicker } from '../src/components/PlanPicker/index.js';
import { createEsimHandlers, eurCatalogue, jpyCatalogue, usdCatalogue, type MockCatalogue, type MockVariant } from '../src/mocks/index.js';

const JAPAN = usdCatalogue.products.find((product) => product.id === 712);
const japanWith = (variants: (list: readonly MockVariant[]) => MockVariant[]): MockCatalogue => ({
  products: JAPAN ? [{ ...JAPAN, variants: variants(JAPAN.variants) }] : [],
});
const unlimitedOnly = japanWith((list) =>
  [1, 7, 15, 30].map((days, i) => ({ ...list[0]!, id: 6000 + i, name: `Japan Unlimited / ${days} ${days === 1 ? 'day' : 'days'}`, data_amount_gb: 0, validity_days: days, amount: 3 + days * 1.5, client_discount: i === 2 ? 10 : 0 })),
);

type Canvas = ReturnType<typeof within>;
const plans = (canvas: Canvas) => canvas.findAllByRole('radio', {}, { timeout: 8000 });
const showPlans = async ({ canvasElement }: { canvasElement: HTMLElement }) => void (await plans(within(canvasElement)));

const meta = {
  title: 'Components/PlanPicker',
  component: PlanPicker,
  tags: ['autodocs'],
  args: { productId: 712, onChange: fn(), onSelect: fn(), onSortChange: fn() },
  decorators: [(Story) => <div style={{ maxWidth: 480 }}><Story /></div>],
} satisfies Meta<typeof PlanPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Japan's plans, cheapest first. Picking one hands `{ product, variant, orderAmount, price }` to `onChange`. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await plans(canvas);
    await expect(canvas.getByRole('radiogroup', { name: 'Data plans for Japan' })).toBeVisible();
    await userEvent.click(canvas.getByRole('radio', { name: /Japan 5 GB/ }));
    await expect(args.onChange).toHaveBeenCalledWith(expect.objectContaining({ orderAmount: 14.9 }));
  },
};

/** Skeleton rows while the plans load; after a second the hydration notice takes over (see SlowHydration). */
export const Loading: Story = {
  beforeEach: ({ msw }) => msw?.use(...createEsimHandlers({ latencyMs: 600_000 })),
};

/** The first look at a destination hydrates on the server: a progress bar and a notice, not a blank. */
export const SlowHydration: Story = {
  // Handlers made per render, so the mock's "already hydrated" memory starts empty every time.
  beforeEach: ({ msw }) => msw?.use(...createEsimHandlers({ scenario: 'slow-hydration', hydrationDelayMs: 3000 })),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('progressbar', {}, { timeout: 3000 })).toBeVisible();
    await plans(canvas);
  },
};

export const Empty: Story = {
  beforeEach: ({ msw }) => msw?.use(...createEsimHandlers({ catalogue: japanWith(() => []) })),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('No plans for this destination yet.', {}, { timeout: 5000 });
  },
};

/** The server fails after its retries: the reason and a retry button. */
export const ServerError: Story = {
  name: 'Error',
  beforeEach: ({ msw }) => msw?.use(...createEsimHandlers({ scenario: 'server-error' })),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 8000 });
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** A 401 reads as an access problem, not "something went wrong". */
export const ExpiredToken: Story = {
  beforeEach: ({ msw }) => msw?.use(...createEsimHandlers({ scenario: 'expired-token' })),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent('Access to the plan catalogue was refused');
  },
};

/** No partner discount: one price, no strike, no badge. */
export const NoDiscount: Story = {
  beforeEach: ({ msw }) => msw?.use(...createEsimHandlers({ catalogue: japanWith((list) => list.map((v) => ({ ...v, client_discount: 0 }))) })),
  play: async ({ canvasElement }) => {
    await plans(within(canvasElement));
    await expect(canvasElement.querySelector('s, .esim-PlanPicker-badge')).toBeNull();
  },
};

/** Unlimited plans: "Unlimited" instead of a size, no price per GB. */
export const Unlimited: Story = {
  beforeEach: ({ msw }) => msw?.use(...createEsimHandlers({ catalogue: unlimitedOnly })),
  play: async ({ canvasElement }) => {
    await plans(within(canvasElement));
    await expect(canvasElement.querySelector('.esim-PlanPicker-per-gb')).toBeNull();
  },
};

export const EuroCatalogue: Story = {
  name: 'EUR catalogue',
  beforeEach: ({ msw }) => msw?.use(...createEsimHandlers({ catalogue: eurCatalogue })),
  play: async ({ canvasElement }) => {
    await plans(within(canvasElement));
    await expect(canvasElement).toHaveTextContent('€3.89');
  },
};

export const YenCatalogue: Story = {
  name: 'JPY catalogue',
  beforeEach: ({ msw }) => msw?.use(...createEsimHandlers({ catalogue: jpyCatalogue })),
  play: async ({ canvasElement }) => {
    await plans(within(canvasElement));
    await expect(canvasElement).toHaveTextContent('¥646');
  },
};

/** de-DE: "3,89 €", "7 Tage", German sort labels come from `messages`. */
export const German: Story = {
  parameters: { locale: 'de-DE' },
  beforeEach: ({ msw }) => msw?.use(...createEsimHandlers({ catalogue: eurCatalogue })),
  play: async ({ canvasElement }) => {
    await plans(within(canvasElement));
    await expect(canvasElement).toHaveTextContent('7 Tage');
  },
};

/** Arabic: right to left, Arabic digits and plurals from Intl. */
export const ArabicRtl: Story = {
  name: 'Arabic (RTL)',
  parameters: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    await plans(within(canvasElement));
    await expect(canvasElement.querySelector('.esim-PlanPicker')).toHaveAttribute('dir', 'rtl');
  },
};

/** `name` makes a plain form post the chosen variant id; here the posted fields are shown. */
export const InsideAForm: Story = {
  args: { name: 'variant_id', required: true },
  render: function Render(args) {
    const [posted, setPosted] = useState('');
    const submit = (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      setPosted(new URLSearchParams([...new FormData(event.currentTarget)].map(([k, v]) => [k, String(v)])).toString());
    };
    return (
      <form onSubmit={submit} style={{ display: 'grid', gap: 12 }}>
        <PlanPicker {...args} />
        <button type="submit">Continue</button>
        <output aria-label="Posted form data">{posted}</output>
      </form>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await plans(canvas);
    await userEvent.click(canvas.getByRole('radio', { name: /Japan 10 GB/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(canvas.getByRole('status', { name: 'Posted form data' })).toHaveTextContent('variant_id=5513');
  },
};

/** Read-only, e.g. while the checkout submits. */
export const Disabled: Story = { args: { disabled: true, defaultValue: 5512 }, play: showPlans };

export const DarkTheme: Story = { parameters: { theme: 'dark' }, args: { defaultValue: 5512 }, play: showPlans };

export const FlatTheme: Story = { parameters: { theme: 'flat' }, args: { defaultValue: 5512 }, play: showPlans };

/**
 * Your brand through the `--esim-*` tokens. Tokens live on each `.esim-root`, so a host rule (unlayered,
 * it beats the library's layer) sets them there.
 */
export const CustomTheme: Story = {
  args: { defaultValue: 5511 },
  render: (args) => (
    <div className="brand-demo">
      <style>{`.brand-demo .esim-root { --esim-color-accent: #6b2a8c; --esim-color-accent-soft: #f4ecf8; --esim-color-surface: #fffdf7; --esim-radius: 18px; --esim-font: Georgia, serif; }`}</style>
      <PlanPicker {...args} />
    </div>
  ),
  play: showPlans,
};

/**
 * Without the stylesheet the picker is plain HTML: still a labelled radio group, keyboard and screen
 * reader ready. Here every author style is reverted to show it; in an app, simply don't import the CSS.
 */
export const Unstyled: Story = {
  render: (args) => (
    <div className="unstyled-demo">
      <style>{'.unstyled-demo, .unstyled-demo * { all: revert; }'}</style>
      <PlanPicker {...args} />
    </div>
  ),
  play: showPlans,
};

/** Parts rearranged: the plans first, the sort below, and a one-line card of your own. */
export const CustomComposition: Story = {
  render: (args) => (
    <PlanPicker {...args}>
      <PlanPicker.Loading rows={2} />
      <PlanPicker.Error />
      <PlanPicker.Empty>Nothing to buy here yet.</PlanPicker.Empty>
      <PlanPicker.Options>
        {(plan) => (
          <PlanPicker.Option plan={plan} className={({ selected }) => (selected ? 'is-picked' : undefined)}>
            {({ data, validity, price, discount }) => (
              <span>
                <strong>{data}</strong> · {validity} · {price.discounted}
                {discount && ` (−${discount})`}
              </span>
            )}
          </PlanPicker.Option>
        )}
      </PlanPicker.Options>
      <PlanPicker.Sort />
    </PlanPicker>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await plans(canvas);
    await expect(canvas.getAllByRole('radio')[0]).toHaveAccessibleName('1 GB · 7 days · $4.28 (−5%)');
  },
};

function HeadlessPlans({ productId }: { productId: number }) {
  const picker = usePlanPicker({ productId, name: 'plan' });
  if (picker.status !== 'ready') return <p role="status">{picker.status === 'error' ? 'Could not load plans.' : 'Loading…'}</p>;
  return (
    <fieldset {...picker.getGroupProps()}>
      <legend {...picker.getLegendProps()} />
      {picker.plans.map((plan) => (
        <label key={plan.variant.id} style={{ display: 'block' }}>
          <input {...picker.getRadioProps(plan)} /> {plan.variant.name}: {plan.price.discounted}
        </label>
      ))}
      <p>{picker.selection ? `Chosen: ${picker.selection.variant.name}, pay ${picker.selection.price.discounted}` : 'No plan chosen'}</p>
    </fieldset>
  );
}

/** `usePlanPicker` alone: state and prop getters, your own markup and no library CSS classes. */
export const Headless: Story = {
  render: (args) => <HeadlessPlans productId={args.productId} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await plans(canvas);
    await userEvent.click(canvas.getByRole('radio', { name: /Japan 20 GB/ }));
    await expect(canvas.getByText('Chosen: Japan 20 GB / 30 days, pay $27.74')).toBeVisible();
  },
};
