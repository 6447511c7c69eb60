import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { CountryList } from '../src/components/CountryList/index.js';
import { createEsimHandlers, generateCatalogue, usdCatalogue, type MockCatalogue } from '../src/mocks/index.js';
import { whileOffline } from './offline.js';

const meta = {
  title: 'Components/CountryList',
  component: CountryList,
  tags: ['autodocs'],
  args: { onChange: fn(), onSelect: fn() },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 420 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof CountryList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Waits for the list, then activates an option, so the a11y check sees loaded rows and the active style. */
const showList: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  await canvas.findAllByRole('option');
  await userEvent.click(canvas.getByRole('combobox'));
  await userEvent.keyboard('{ArrowDown}{ArrowDown}');
};

/** Search, then pick with the pointer: `onSelect` and `onChange` receive the product. */
export const Default: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('combobox', { name: 'Search destinations' });
    await canvas.findAllByRole('option');
    await userEvent.type(input, 'japan');
    const japan = await canvas.findByRole('option', { name: /Japan/ });
    await userEvent.click(japan);
    await expect(args.onSelect).toHaveBeenCalledWith(expect.objectContaining({ country_code: 'JPN' }));
    await expect(args.onChange).toHaveBeenCalledTimes(1);
    await expect(japan).toHaveAttribute('aria-selected', 'true');
  },
};

/** Keyboard only: Tab in, type, arrows, Enter; Escape clears the query. */
export const KeyboardOnly: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('option');
    await userEvent.tab();
    const input = canvas.getByRole('combobox');
    await expect(input).toHaveFocus();
    await userEvent.keyboard('united{ArrowDown}');
    const active = canvas.getAllByRole('option')[1];
    await expect(input).toHaveAttribute('aria-activedescendant', active?.id);
    await userEvent.keyboard('{Enter}');
    await expect(args.onSelect).toHaveBeenCalledTimes(1);
    await userEvent.keyboard('{Escape}');
    await expect(input).toHaveValue('');
  },
};

/** Already chosen (coming back from the plans): selected and scrolled into view. */
export const Preselected: Story = {
  args: { defaultValue: 712 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('option');
    const selected = canvas.getAllByRole('option').filter((option) => option.getAttribute('aria-selected') === 'true');
    await expect(selected).toHaveLength(1);
    await expect(selected[0]).toHaveAccessibleName('Japan');
  },
};

/** The partner holds a country code, as the API speaks: `defaultCountry="FRA"` selects France once the catalogue lists it. */
export const DefaultCountry: Story = {
  args: { defaultCountry: 'FRA' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('option');
    const selected = canvas.getAllByRole('option').filter((option) => option.getAttribute('aria-selected') === 'true');
    await expect(selected.map((option) => option.dataset.group)).toEqual(['popular']);
    await expect(selected[0]).toHaveAccessibleName('France');
  },
};

/** With an empty query: the most-visited destinations first, then regions and Global, then every country A–Z. */
export const PopularFirst: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('option');
    const popular = canvas.getByRole('group', { name: 'Popular' });
    await expect(within(popular).getAllByRole('option')[0]).toHaveAccessibleName('France');
    // Eight popular rows and their heading further down: the regions, Global first.
    canvas.getByRole('listbox').scrollTop = 8 * 56 + 32;
    await waitFor(() =>
      expect(within(canvas.getByRole('group', { name: 'Regions and global' })).getAllByRole('option')[0]).toHaveAccessibleName('Global'),
    );
  },
};

/** A partner's own order: `popular={['JPN', 'KOR', 'THA']}`. */
export const CustomPopular: Story = {
  args: { popular: ['JPN', 'KOR', 'THA'] },
  play: async ({ canvasElement }) => {
    const popular = await within(canvasElement).findByRole('group', { name: 'Popular' });
    const names = within(popular).getAllByRole('option').map((option) => option.querySelector('.esim-CountryList-option-name')?.textContent);
    await expect(names).toEqual(['Japan', 'South Korea', 'Thailand']);
  },
};

/** Regions by their own name and mark (🇪🇺 Europe, 🌏 Asia, 🌎 Americas…), Global first; the product name only where it adds something. */
export const RegionsAndGlobal: Story = {
  args: { popular: [] },
  parameters: {
    msw: createEsimHandlers({ catalogue: { products: usdCatalogue.products.filter((p) => /^(X[A-Z]{2}|GLO|JPN)$/.test(p.country_code)) } }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const regions = await canvas.findByRole('group', { name: 'Regions and global' }, {});
    const marks = within(regions).getAllByRole('option').map((option) => option.querySelector('.esim-CountryList-option-flag')?.textContent);
    await expect(marks[0]).toBe('🌐');
    await expect(new Set(marks).size).toBeGreaterThan(4);
    await expect(canvas.getByRole('option', { name: 'Europe' })).toBeVisible();
    await expect(canvas.getByRole('option', { name: /^Caribbean( Islands)? Jamaica, Barbados, Bahamas & 9 more$/ })).toBeVisible();
  },
};

/** The catalogue never arrives: skeleton rows, `aria-busy`, and the loading text announced. */
export const Loading: Story = {
  parameters: { msw: createEsimHandlers({ latencyMs: 600_000 }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('listbox')).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Loading destinations…'));
  },
};

/** A load that outlasts a few seconds says it is still working, on screen and to screen readers. */
export const StillLoading: Story = {
  parameters: { msw: createEsimHandlers({ latencyMs: 600_000 }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Still working on it…', {}, { timeout: 10_000 })).toBeVisible();
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Still working on it…'));
  },
};

/** Offline before the catalogue arrived: a message instead of an endless spinner; it loads by itself once back online. */
export const Offline: Story = {
  beforeEach: whileOffline,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText(/You are offline/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(canvas.getByRole('combobox')).toHaveAttribute('aria-expanded', 'false');
  },
};

/** A render error inside the list (here a throwing `renderFlag`) shows the list's error state with a retry; the page stays. */
export const CrashedRow: Story = {
  name: 'Error boundary fallback',
  args: {
    onError: fn(),
    renderFlag: () => {
      throw new Error('A custom flag failed to render');
    },
  },
  play: async ({ canvasElement, args }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'A custom flag failed to render' }));
  },
};

export const EmptyCatalogue: Story = {
  parameters: { msw: createEsimHandlers({ scenario: 'empty' }) },
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('No destinations right now.');
  },
};

export const NoMatches: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('option');
    await userEvent.type(canvas.getByRole('combobox'), 'xqzv');
    await expect(canvas.getByText('No destination matches “xqzv”.')).toBeVisible();
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('No destination matches'));
  },
};

/** The server fails (after the retries): the reason and a retry button. */
export const ServerError: Story = {
  name: 'Error',
  parameters: { msw: createEsimHandlers({ scenario: 'server-error' }) },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** A 401 reads as an access problem, not "something went wrong". */
export const ExpiredToken: Story = {
  parameters: { msw: createEsimHandlers({ scenario: 'expired-token' }) },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent('Access to the plan catalogue was refused');
  },
};

const japan = usdCatalogue.products.find((product) => product.country_code === 'JPN');
const longNames: MockCatalogue = {
  products: [
    ...usdCatalogue.products.filter((product) => /^(SGS|VCT|COD|CAF|GBR|XCB)$/.test(product.country_code)),
    ...(japan ? [{ ...japan, id: 9001, name: 'Japan eSIM — Tokyo, Osaka, Kyoto, Hokkaido, Okinawa and every island in between, 5G where available' }] : []),
    // The longest country name Intl gives: "South Georgia & South Sandwich Islands".
    ...(japan ? [{ ...japan, id: 9002, country_code: 'SGS', name: 'South Georgia eSIM' }] : []),
  ],
};

/** Long names wrap to a second line at 320 px instead of being cut; every row stays as tall as the others. */
export const LongNames: Story = {
  args: { popular: [] },
  parameters: { msw: createEsimHandlers({ catalogue: longNames }) },
  decorators: [(Story) => <div style={{ maxWidth: 320 }}><Story /></div>],
  play: async (context) => {
    await showList(context);
    const option = within(context.canvasElement).getByRole('option', { name: /^South Georgia/ });
    const name = option.querySelector<HTMLElement>('.esim-CountryList-option-name');
    await expect(name?.getClientRects().length).toBe(2);
    const text = option.querySelector<HTMLElement>('.esim-CountryList-option-text');
    await expect((text?.scrollHeight ?? 0) <= (text?.clientHeight ?? 0) + 1).toBe(true);
  },
};

/** 5,000 products: only the rows in view are rendered; search stays instant. */
export const FiveThousandDestinations: Story = {
  args: { popular: [] },
  parameters: { msw: createEsimHandlers({ catalogue: generateCatalogue({ count: 5000, seed: 3 }) }) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const options = await canvas.findAllByRole('option');
    await expect(options.length).toBeLessThanOrEqual(30);
    await expect(options[0]).toHaveAttribute('aria-setsize', '5000');
  },
};

/**
 * Names, search and strings follow the provider locale; English names still match ("germany" finds
 * Deutschland). Regions and the world are named by the library, since browsers' Intl has no names for them:
 * "europa" finds Europa, in the browser as on the server.
 */
export const GermanLocale: Story = {
  parameters: { locale: 'de-DE' },
  play: async (context) => {
    await showList(context);
    const canvas = within(context.canvasElement);
    await userEvent.keyboard('germany');
    await expect(canvas.getAllByRole('option')[0]).toHaveAccessibleName(expect.stringContaining('Deutschland'));
    await userEvent.clear(canvas.getByRole('combobox'));
    await userEvent.keyboard('europa');
    await expect(canvas.getAllByRole('option')[0]).toHaveAccessibleName('Europa');
    await userEvent.clear(canvas.getByRole('combobox'));
    await userEvent.keyboard('welt');
    await expect(canvas.getAllByRole('option')[0]).toHaveAccessibleName('Welt');
  },
};

/** Right to left: the field, flags and text mirror. */
export const ArabicRtl: Story = { name: 'Arabic (RTL)', parameters: { locale: 'ar' }, play: showList };

export const DarkTheme: Story = { parameters: { theme: 'dark' }, play: showList };

export const FlatTheme: Story = { parameters: { theme: 'flat' }, play: showList };

/** Your own flags through `renderFlag` (here a badge; an <img alt=""> works the same). It stays decorative. */
export const CustomFlags: Story = {
  args: {
    renderFlag: (product, option) => (
      <span
        style={{
          display: 'inline-grid',
          placeItems: 'center',
          inlineSize: '2rem',
          blockSize: '1.5rem',
          fontSize: '0.75rem',
          fontWeight: 700,
          borderRadius: 4,
          color: '#ffffff',
          background: option.kind === 'country' ? '#0b57d0' : '#5b3cc4',
        }}
      >
        {product.country_code}
      </span>
    ),
  },
  play: showList,
};

/** Parts rearranged: list above the field, a custom row and a count line. */
export const CustomComposition: Story = {
  render: (args) => (
    <CountryList {...args}>
      {(state) => (
        <>
          <CountryList.Error />
          <CountryList.Loading rows={3} />
          <CountryList.Options>
            {(option) => (
              <CountryList.Option option={option} className={({ selected }) => (selected ? 'is-picked' : undefined)}>
                {({ flag, name, product }) => (
                  <span>
                    <span aria-hidden="true">{flag || '🌐'} </span>
                    <strong>{name}</strong> · {product.currency_code}
                  </span>
                )}
              </CountryList.Option>
            )}
          </CountryList.Options>
          <CountryList.Empty />
          <CountryList.Search />
          <p style={{ margin: 0 }}>{state.status === 'ready' ? `${state.items.length} shown` : '\u00a0'}</p>
          <CountryList.Status />
        </>
      )}
    </CountryList>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('option');
    await userEvent.type(canvas.getByRole('combobox'), 'fra');
    await expect(canvas.getAllByRole('option')[0]).toHaveAccessibleName(expect.stringContaining('France'));
  },
};
