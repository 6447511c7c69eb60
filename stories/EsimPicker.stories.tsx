import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { EsimPicker, type EsimPickerProps } from '../src/components/EsimPicker/index.js';
import type { PlanSelection } from '../src/components/PlanPicker/index.js';
import { eurCatalogue, createEsimHandlers } from '../src/mocks/index.js';

/** The picker plus what the host would read from `onChange`. */
function WithSelection(props: EsimPickerProps) {
  const [selection, setSelection] = useState<PlanSelection | null>(null);
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <EsimPicker
        {...props}
        onChange={(next) => {
          setSelection(next);
          props.onChange?.(next);
        }}
      />
      <output aria-label="Selected plan">
        {selection ? `${selection.variant.name} — ${selection.price.discounted}` : 'No plan chosen yet'}
      </output>
    </div>
  );
}

const meta = {
  title: 'Components/EsimPicker',
  component: EsimPicker,
  tags: ['autodocs'],
  args: { onChange: fn(), onSelect: fn(), onDestinationChange: fn(), onStepChange: fn(), onCountryChange: fn(), onError: fn() },
  render: (args) => <WithSelection {...args} />,
  decorators: [(Story) => <div style={{ maxWidth: 480 }}><Story /></div>],
} satisfies Meta<typeof EsimPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const destinations = (canvas: ReturnType<typeof within>) => canvas.findAllByRole('option');

export const Default: Story = {
  play: async ({ canvasElement }) => void (await destinations(within(canvasElement))),
};

/** Search "jap", pick Japan, pick the 5 GB plan: one `onChange` with the selection. */
export const ChooseThenPick: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await destinations(canvas);
    await userEvent.type(canvas.getByRole('combobox', { name: 'Search destinations' }), 'jap');
    await userEvent.click(canvas.getByRole('option', { name: /^Japan/ }));
    await expect(canvas.getByRole('heading', { name: 'Japan' })).toHaveFocus();
    await userEvent.click(await canvas.findByRole('radio', { name: /^5 GB · 30 days/ }));
    await expect(args.onChange).toHaveBeenCalledWith(expect.objectContaining({ orderAmount: 14.9 }));
    await expect(args.onSelect).toHaveBeenCalledTimes(1);
    await expect(canvas.getByRole('status', { name: 'Selected plan' })).toHaveTextContent('Japan 5 GB / 30 days — $14.16');
  },
};

/** Keyboard only: Tab, type, Enter; focus lands on the plans heading; Tab, Tab, arrows; back with the button. */
export const KeyboardOnly: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await destinations(canvas);
    await userEvent.tab();
    await expect(canvas.getByRole('combobox', { name: 'Search destinations' })).toHaveFocus();
    await userEvent.keyboard('japan');
    await waitFor(() => expect(canvas.getAllByRole('option')).toHaveLength(1));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByRole('heading', { name: 'Japan' })).toHaveFocus());
    await canvas.findAllByRole('radio');
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: /^1 GB · 7 days/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: /^5 GB · 30 days/ })).toBeChecked();
    await expect(args.onChange).toHaveBeenCalledTimes(1);
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByRole('combobox', { name: 'Search destinations' })).toHaveFocus());
  },
};

/** Opens on a destination's plans with a plan already chosen (e.g. the traveller came back to checkout). */
export const Preselected: Story = {
  args: { initialProductId: 712, defaultValue: 5513 },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('radio', { name: /^10 GB · 30 days/ })).toBeChecked();
  },
};

export const German: Story = {
  parameters: { locale: 'de-DE' },
  beforeEach: ({ msw }) => msw?.use(...createEsimHandlers({ catalogue: eurCatalogue })),
  args: { initialProductId: 712 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('radio');
    await expect(canvas.getByRole('radiogroup')).toHaveTextContent('3,89 €');
  },
};

export const ArabicRtl: Story = {
  name: 'Arabic (RTL)',
  parameters: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await destinations(canvas);
    await userEvent.type(canvas.getByRole('combobox'), 'japan');
    await userEvent.click(canvas.getAllByRole('option')[0]!);
    await canvas.findAllByRole('radio');
    await expect(canvasElement.querySelector('.esim-EsimPicker')).toHaveAttribute('dir', 'rtl');
    await expect(canvasElement.querySelector('.esim-EsimPicker')).toHaveAttribute('lang', 'ar');
  },
};

export const DarkTheme: Story = {
  parameters: { theme: 'dark' },
  args: { initialProductId: 712, defaultValue: 5512 },
  play: async ({ canvasElement }) => void (await within(canvasElement).findAllByRole('radio')),
};

/** The partner knows the destination as an alpha-3 code (a "Japan eSIM" landing page): plans open at once. */
export const PreselectedCountry: Story = {
  args: { defaultCountry: 'JPN' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('radiogroup', { name: 'Data plans for Japan' })).toBeInTheDocument();
    await waitFor(() => expect(args.onDestinationChange).toHaveBeenCalledWith(expect.objectContaining({ country_code: 'JPN' })));
    await expect(args.onStepChange).not.toHaveBeenCalled();
  },
};

/** The host drives the destination (its own step UI) and hears the traveller's choices and steps. */
function HostDrivenPicker(props: EsimPickerProps) {
  const [country, setCountry] = useState<string | null>(null);
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="button" onClick={() => setCountry('FRA')}>France</button>
        <button type="button" onClick={() => setCountry(null)}>All destinations</button>
      </div>
      <EsimPicker
        {...props}
        country={country}
        onCountryChange={(next) => {
          setCountry(next);
          props.onCountryChange?.(next);
        }}
      />
    </div>
  );
}

export const HostControlsDestination: Story = {
  render: (args) => <HostDrivenPicker {...args} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await destinations(canvas);
    await userEvent.click(canvas.getByRole('button', { name: 'France' }));
    await expect(await canvas.findByRole('radiogroup', { name: 'Data plans for France' })).toBeInTheDocument();
    await expect(args.onStepChange).toHaveBeenLastCalledWith('plans');
    await userEvent.click(canvas.getByRole('button', { name: 'All destinations' }));
    await destinations(canvas);
    await expect(args.onStepChange).toHaveBeenLastCalledWith('destination');
    await userEvent.type(canvas.getByRole('combobox', { name: 'Search destinations' }), 'japan');
    await userEvent.click(canvas.getByRole('option', { name: /^Japan/ }));
    await expect(args.onCountryChange).toHaveBeenLastCalledWith('JPN');
    await expect(await canvas.findByRole('radiogroup', { name: 'Data plans for Japan' })).toBeInTheDocument();
  },
};

let renderFails = true;
/** A render error (here a partner's className function that throws) stays inside the picker; the page lives on. */
export const RenderErrorContained: Story = {
  args: {
    className: () => {
      if (renderFails) throw new Error('className function failed');
      return undefined;
    },
  },
  render: (args) => (
    <form aria-label="Checkout">
      <WithSelection {...args} />
      <button type="submit">Pay</button>
    </form>
  ),
  beforeEach: () => {
    renderFails = true;
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole('alert');
    await expect(canvas.getByRole('button', { name: 'Pay' })).toBeInTheDocument();
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'className function failed' }));
    renderFails = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await destinations(canvas);
  },
};
