import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type FormEvent, type ReactNode } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { PlanPicker, usePlanPicker } from '../src/components/PlanPicker/index.js';
import type { Messages } from '../src/i18n/messages.js';
import ar from '../src/locales/ar.js';
import de from '../src/locales/de.js';
import { createEsimHandlers, eurCatalogue, jpyCatalogue, usdCatalogue, type MockCatalogue, type MockVariant } from '../src/mocks/index.js';
import { EsimProvider, useEsimContext } from '../src/query/provider.js';
import { whileOffline } from './offline.js';

const JAPAN = usdCatalogue.products.find((product) => product.id === 712);
const japanWith = (variants: (list: readonly MockVariant[]) => MockVariant[]): MockCatalogue => ({
  products: JAPAN ? [{ ...JAPAN, variants: variants(JAPAN.variants) }] : [],
});
const longNames = japanWith((list) =>
  list.map((v, i) =>
    i % 2 ? { ...v, name: `${v.name} — Business Traveller Premium with 5G priority and a local number`, description: 'Works on every major network in Japan, including rural areas; top up from the app at any time.' } : v,
  ),
);
const unlimitedOnly = japanWith((list) =>
  [1, 7, 15, 30].map((days, i) => ({ ...list[0]!, id: 6000 + i, name: `Japan Unlimited / ${days} ${days === 1 ? 'day' : 'days'}`, data_amount_gb: 0, validity_days: days, amount: 3 + days * 1.5, client_discount: i === 2 ? 10 : 0 })),
);

type Canvas = ReturnType<typeof within>;
const plans = (canvas: Canvas): Promise<HTMLElement[]> => canvas.findAllByRole('radio');
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

/**
 * Japan's plans, cheapest first. Each card leads with data and validity; the price column sits at the top
 * end of every card; a discount shows the struck original, the percentage and the saving. Picking one
 * hands `{ product, variant, orderAmount, price }` to `onChange`.
 */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await plans(canvas);
    await expect(canvas.getByRole('radiogroup', { name: 'Data plans for Japan' })).toBeVisible();
    const twenty = canvas.getByRole('radio', { name: /^20 GB · 30 days/ }).closest('label')!;
    await expect(twenty.querySelector('.esim-PlanPicker-headline')).toHaveTextContent('20 GB · 30 days');
    await expect(twenty.querySelector('.esim-PlanPicker-badge')).toHaveTextContent('7.5% off');
    await expect(twenty.querySelector('.esim-PlanPicker-saving')).toHaveTextContent('Save $2.25');
    await userEvent.click(canvas.getByRole('radio', { name: /^5 GB · 30 days/ }));
    await expect(args.onChange).toHaveBeenCalledWith(expect.objectContaining({ orderAmount: 14.9 }));
  },
};

/** The lowest price per GB among three or more limited plans gets a "Best value" badge (`data-best-value`). */
export const BestValue: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await plans(canvas);
    const best = canvasElement.querySelectorAll('[data-best-value]');
    await expect(best).toHaveLength(1);
    await expect(best[0]).toBe(canvas.getByRole('radio', { name: /^20 GB · 30 days/ }).closest('label'));
    await expect(best[0]).toHaveTextContent('Best value');
    await expect(best[0]).toHaveTextContent('$1.39 per GB');
  },
};

/** Long names and descriptions wrap; the price column stays in the same place on every card. */
export const LongNames: Story = {
  beforeEach: ({ msw }) => msw?.use(...createEsimHandlers({ catalogue: longNames })),
  play: async ({ canvasElement }) => {
    await plans(within(canvasElement));
    const columns = [...canvasElement.querySelectorAll('.esim-PlanPicker-pricing')].map((price) => Math.round(price.getBoundingClientRect().left));
    await expect(new Set(columns).size).toBe(1);
    await expect(canvasElement.querySelector('.esim-PlanPicker-name')).toHaveTextContent('Business Traveller Premium');
  },
};

/**
 * Choosing a plan loads `GET /variants/:id` into a disclosure: the countries it covers, by name and count,
 * and the facts the API adds (network, hotspot, activation). Europe covers 31 countries.
 */
export const PlanDetails: Story = {
  args: { productId: 801 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [first] = await plans(canvas);
    await userEvent.click(first!);
    const details = canvasElement.querySelector('details')!;
    await userEvent.click(details.querySelector('summary')!);
    await waitFor(() => expect(details).toHaveAttribute('data-state', 'ready'));
    await expect(details).toHaveTextContent('Covers 31 countries');
    await expect(details).toHaveTextContent('Germany');
    await expect(details).toHaveTextContent('Hotspot');
  },
};

/** Offline: no endless spinner but a message and a retry; loading resumes by itself when the browser is back online. */
export const Offline: Story = {
  beforeEach: whileOffline,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/You are offline/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(canvasElement.querySelector('.esim-PlanPicker-skeleton')).toBeNull();
  },
};

/** Placeholder cards as tall as real ones while loading; after a second the hydration notice, after four "Still working on it…". */
export const StillLoading: Story = {
  beforeEach: ({ msw }) => msw?.use(...createEsimHandlers({ latencyMs: 600_000 })),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/Still working on it…/)).toBeVisible();
    await expect(canvas.getByRole('progressbar')).toBeVisible();
  },
};

/** The first look at a destination hydrates on the server: a progress bar and a notice, not a blank. */
export const SlowHydration: Story = {
  // Handlers made per render, so the mock's "already hydrated" memory starts empty every time.
  beforeEach: ({ msw }) => msw?.use(...createEsimHandlers({ scenario: 'slow-hydration', hydrationDelayMs: 3000 })),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('progressbar')).toBeVisible();
    await plans(canvas);
  },
};

export const Empty: Story = {
  beforeEach: ({ msw }) => msw?.use(...createEsimHandlers({ catalogue: japanWith(() => []) })),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('No plans for this destination yet.');
  },
};

/** The server fails after its retries: the reason and a retry button. */
export const ServerError: Story = {
  name: 'Error',
  beforeEach: ({ msw }) => msw?.use(...createEsimHandlers({ scenario: 'server-error' })),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** A 401 reads as an access problem, not "something went wrong". */
export const ExpiredToken: Story = {
  beforeEach: ({ msw }) => msw?.use(...createEsimHandlers({ scenario: 'expired-token' })),
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
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

/** Unlimited plans: "Unlimited" instead of a size, a price per day instead of per GB, no best-value badge. */
export const Unlimited: Story = {
  beforeEach: ({ msw }) => msw?.use(...createEsimHandlers({ catalogue: unlimitedOnly })),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await plans(canvas);
    await expect(canvasElement.querySelector('.esim-PlanPicker-per-gb, [data-best-value]')).toBeNull();
    // 30 days at $48.00: $1.60 a day.
    await expect(canvas.getByRole('radio', { name: /^Unlimited · 30 days/ }).closest('label')).toHaveTextContent('$1.60 per day');
  },
};

/**
 * The API sends 0 GB for unlimited data and for per-minute plans alike. A plan whose name speaks of
 * minutes, voice, talk or calls (and not of unlimited or data-only) reads "No data": never sold as unlimited.
 */
export const PerMinute: Story = {
  name: 'Per-minute plan beside unlimited',
  beforeEach: ({ msw }) =>
    msw?.use(
      ...createEsimHandlers({
        catalogue: japanWith((list) => [
          list[0]!,
          { ...list[0]!, id: 6100, name: 'Japan 100 minutes / 30 days', description: 'Local and international calls', data_amount_gb: 0, validity_days: 30, amount: 9, client_discount: 0 },
          { ...list[0]!, id: 6101, name: 'Japan Unlimited / 7 days', data_amount_gb: 0, validity_days: 7, amount: 21, client_discount: 0 },
        ]),
      }),
    ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await plans(canvas);
    const voice = canvas.getByRole('radio', { name: /^No data · 30 days/ }).closest('label')!;
    await expect(voice).not.toHaveAttribute('data-unlimited');
    await expect(voice.querySelector('.esim-PlanPicker-per-day')).toBeNull();
    await expect(canvas.getByRole('radio', { name: /^Unlimited · 7 days/ }).closest('label')).toHaveTextContent('$3.00 per day');
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

/** A provider with another locale and its messages (`esim-picker/locales/de`). */
function WithLocale({ locale, messages, children }: { locale: string; messages: Messages; children: ReactNode }) {
  const { client } = useEsimContext();
  return (
    <EsimProvider client={client} locale={locale} messages={messages}>
      {children}
    </EsimProvider>
  );
}

/** de-DE with German messages: "25,52 €", "30 Tage", "7,5 %" on the badge, German labels. */
export const German: Story = {
  beforeEach: ({ msw }) => msw?.use(...createEsimHandlers({ catalogue: eurCatalogue })),
  render: (args) => (
    <WithLocale locale="de-DE" messages={de}>
      <PlanPicker {...args} />
    </WithLocale>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await plans(canvas);
    const twenty = canvas.getByRole('radio', { name: /^20\sGB\s·\s30\sTage/ }).closest('label')!;
    await expect(twenty.querySelector('.esim-PlanPicker-headline')).toHaveTextContent('20 GB · 30 Tage');
    await expect(twenty.querySelector('.esim-PlanPicker-price')).toHaveTextContent('25,52 €');
    await expect(twenty.querySelector('.esim-PlanPicker-badge')).toHaveTextContent('7,5 %');
    await expect(canvasElement.querySelector('.esim-PlanPicker')).toHaveAttribute('lang', 'de-DE');
  },
};

/** Arabic with its messages: right to left, `lang="ar"`, prices and Latin names isolated in `<bdi>` so they never scramble. */
export const ArabicRtl: Story = {
  name: 'Arabic (RTL)',
  render: (args) => (
    <WithLocale locale="ar" messages={ar}>
      <PlanPicker {...args} />
    </WithLocale>
  ),
  play: async ({ canvasElement }) => {
    await plans(within(canvasElement));
    const root = canvasElement.querySelector('.esim-PlanPicker');
    await expect(root).toHaveAttribute('dir', 'rtl');
    await expect(root).toHaveAttribute('lang', 'ar');
    await expect(root?.querySelector('.esim-PlanPicker-price > bdi')).not.toBeNull();
    await expect(root?.querySelector('.esim-PlanPicker-legend')).toHaveTextContent('اليابان');
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
    await userEvent.click(canvas.getByRole('radio', { name: /^10 GB · 30 days/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(canvas.getByRole('status', { name: 'Posted form data' })).toHaveTextContent('variant_id=5513');
  },
};

/** Read-only, e.g. while the checkout submits: nothing fades, the chosen plan stays plain to see. */
export const Disabled: Story = {
  args: { disabled: true, defaultValue: 5512 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const radios = await plans(canvas);
    for (const radio of radios) await expect(radio).toBeDisabled();
    const chosen = canvas.getByRole('radio', { name: /^5 GB · 30 days/ });
    await expect(chosen).toBeChecked();
    await expect(getComputedStyle(chosen.closest('label')!).opacity).toBe('1');
  },
};

export const DarkTheme: Story = { parameters: { theme: 'dark' }, args: { defaultValue: 5512 }, play: showPlans };

export const FlatTheme: Story = { parameters: { theme: 'flat' }, args: { defaultValue: 5512 }, play: showPlans };

/**
 * Your brand through the `--esim-*` tokens, set on any wrapper: one accent colour, and the focus ring and the
 * chosen plan's tint follow it.
 */
export const CustomTheme: Story = {
  args: { defaultValue: 5511 },
  render: (args) => (
    <div className="brand-demo">
      <style>{`.brand-demo { --esim-color-accent: #6b2a8c; --esim-color-surface: #fffdf7; --esim-radius: 18px; --esim-font: Georgia, serif; }`}</style>
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
  play: async ({ canvasElement }) => {
    const radios = await plans(within(canvasElement));
    // One plan per line, not a run-on paragraph.
    const tops = radios.map((radio) => radio.getBoundingClientRect().top);
    for (let i = 1; i < tops.length; i++) await expect(tops[i]!).toBeGreaterThan(tops[i - 1]!);
  },
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
    // Its own markup names each radio by the API's name.
    await userEvent.click(canvas.getByRole('radio', { name: /Japan 20 GB/ }));
    await expect(canvas.getByText('Chosen: Japan 20 GB / 30 days, pay $27.74')).toBeVisible();
  },
};
