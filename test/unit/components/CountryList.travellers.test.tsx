import { onlineManager } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { CountryList, type CountryListProps } from '../../../src/components/CountryList/index.js';
import { createEsimHandlers, usdCatalogue, type MockCatalogue } from '../../../src/mocks/index.js';
import type { Product } from '../../../src/api/schemas.js';
import { server } from '../../msw-server.js';
import { renderWithEsim } from '../../utils.js';

const pick = (...codes: string[]): MockCatalogue => ({
  products: usdCatalogue.products.filter((product) => codes.includes(product.country_code)),
});
const useCatalogue = (catalogue: MockCatalogue) => server.use(...createEsimHandlers({ catalogue }));
// The text an option is named by (the flag is decorative).
/**
 * A host page controlling `country` from `initial`, with a button clearing it ("None") and one setting it back
 * (named by the code); a pick changes it only when the host `follow`s.
 */
function CountryHost({ initial, follow = false, ...props }: { initial: string; follow?: boolean } & CountryListProps) {
  const [country, setCountry] = useState<string | null>(initial);
  const onCountryChange = (code: string) => {
    props.onCountryChange?.(code);
    if (follow) setCountry(code);
  };
  return (
    <>
      <CountryList popular={[]} {...props} country={country} onCountryChange={onCountryChange} />
      <button type="button" onClick={() => setCountry(null)}>None</button>
      <button type="button" onClick={() => setCountry(initial)}>{initial}</button>
    </>
  );
}

const nameOf = (option: HTMLElement) => option.querySelector('.esim-CountryList-option-text')?.textContent;
const names = (container: HTMLElement = document.body) => within(container).getAllByRole('option').map(nameOf);
const renamed = (code: string, name: string, id = 9000) => {
  const product = usdCatalogue.products.find((candidate) => candidate.country_code === code)!;
  return { ...product, id, name };
};

async function renderList(ui = <CountryList />) {
  const user = userEvent.setup();
  const result = renderWithEsim(ui);
  await screen.findAllByRole('option');
  return { user, input: screen.getByRole('combobox'), ...result };
}

describe('CountryList for travellers: groups', () => {
  it('lists Popular first, in the order of the popular prop, then regions, then countries A–Z', async () => {
    useCatalogue(pick('JPN', 'FRA', 'AUT', 'XEU', 'GLO'));
    await renderList(<CountryList popular={['FRA', 'JPN', 'KOR']} />);
    const groups = screen.getAllByRole('group').map((group) => group.getAttribute('aria-label'));
    expect(groups).toEqual(['Popular', 'Regions and global', 'Countries']);
    expect(names(screen.getByRole('group', { name: 'Popular' }))).toEqual(['France', 'Japan']);
    expect(names(screen.getByRole('group', { name: 'Countries' }))).toEqual(['Austria', 'France', 'Japan']);
  });

  it('has a built-in popular group drawn from the catalogue, and popular={[]} hides it', async () => {
    useCatalogue(pick('USA', 'BEL', 'ESP', 'BOL'));
    const { unmount } = await renderList();
    expect(names(screen.getByRole('group', { name: 'Popular' }))).toEqual(['Spain', 'United States']);
    unmount();
    await renderList(<CountryList popular={[]} />);
    expect(screen.queryByRole('group')).toBeNull();
    expect(names()).toEqual(['Belgium', 'Bolivia', 'Spain', 'United States']);
  });

  it('ranks a list’s search by popularity beside a list on the same page with popular={[]}', async () => {
    useCatalogue(pick('CHL', 'CHN'));
    const user = userEvent.setup();
    renderWithEsim(
      <>
        <CountryList popular={[]} label="Compact" />
        <CountryList label="Full" />
      </>,
    );
    await screen.findAllByRole('option');
    await user.type(screen.getByRole('combobox', { name: 'Full' }), 'chi');
    const full = screen.getAllByRole('listbox')[1]!;
    await waitFor(() => expect(names(full)).toEqual(['China', 'Chile']));
    // And the other way round: without popularity, ties go by name.
    await user.type(screen.getByRole('combobox', { name: 'Compact' }), 'chi');
    await waitFor(() => expect(names(screen.getAllByRole('listbox')[0]!)).toEqual(['Chile', 'China']));
  });

  it('leaves the popular group out while searching', async () => {
    useCatalogue(pick('JPN', 'FRA', 'AUT'));
    const { user, input } = await renderList(<CountryList popular={['JPN']} />);
    await user.type(input, 'a');
    expect(screen.queryByRole('group', { name: 'Popular' })).toBeNull();
    expect(new Set(names()).size).toBe(names().length);
  });
});

describe('CountryList for travellers: rows', () => {
  it('names a destination once; the product name shows only when it adds something', async () => {
    useCatalogue({
      products: [
        renamed('JPN', 'Japan eSIM', 1),
        renamed('USA', 'USA eSIM', 2),
        renamed('FRA', 'France eSIM — Paris & Provence', 3),
        renamed('GLO', 'Global Roaming', 4),
      ],
    });
    await renderList(<CountryList popular={[]} />);
    expect(screen.getByRole('option', { name: 'Japan' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'United States' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'France Paris & Provence' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Global' })).toBeInTheDocument();
  });

  it('does not repeat a name the API spells out ("Saint … and …") where the locale abbreviates it ("St. … & …")', async () => {
    useCatalogue({
      products: [...pick('BIH', 'KNA', 'VCT', 'COD', 'SHN', 'STP').products, renamed('TCA', 'Turks and Caicos eSIM')],
    });
    await renderList(<CountryList popular={[]} />);
    expect(names()).toEqual([
      'Bosnia & Herzegovina',
      'Congo - Kinshasa',
      'São Tomé & Príncipe',
      // The product's name covers more than the country's name says, without the trailing "eSIM".
      'St. Helena Ascension and Tristan da Cunha',
      'St. Kitts & Nevis',
      'St. Vincent & Grenadines',
      // Fewer words than the name, "and" among them, none of them new.
      'Turks & Caicos Islands',
    ]);
  });

  it('keeps the last word of what a product name adds, cutting only a trailing "eSIM"', async () => {
    useCatalogue({
      products: [renamed('JPN', 'Japan eSIM — Unlimited data', 1), renamed('USA', 'USA eSIM with roaming', 2), renamed('COG', 'Republic of the Congo eSIM', 3)],
    });
    await renderList(<CountryList popular={[]} />);
    expect(names()).toEqual(['Congo - Brazzaville', 'Japan Unlimited data', 'United States with roaming']);
  });

  it('shows the plan a product name numbers ("Japan eSIM — Plan 3" reads "Japan Plan 3"), and no lone "Plans"', async () => {
    useCatalogue({
      products: [
        renamed('JPN', 'Japan eSIM — Plan 3', 1),
        renamed('FRA', 'France eSIM (Plan 2)', 2),
        renamed('XEU', 'Europe eSIM Plan B', 3),
        renamed('USA', 'USA eSIM Plans', 4),
        renamed('DEU', 'Germany Data Plan', 5),
        renamed('ESP', 'Spain eSIM Plan A', 6),
      ],
    });
    await renderList(<CountryList popular={[]} />);
    expect(names()).toEqual(['Europe Plan B', 'France (Plan 2)', 'Germany', 'Japan Plan 3', 'Spain Plan A', 'United States']);
  });

  it('keeps both parentheses around what a product name adds ("Japan eSIM (Tokyo & Osaka)")', async () => {
    useCatalogue({ products: [renamed('JPN', 'Japan eSIM (Tokyo & Osaka)', 1), renamed('XEU', 'Europe (33 countries) eSIM', 2)] });
    await renderList(<CountryList popular={[]} />);
    expect(names()).toEqual(['Europe (33 countries)', 'Japan (Tokyo & Osaka)']);
  });

  it('does not repeat the English product name beside the name in the page’s language', async () => {
    useCatalogue(pick('BIH', 'TTO', 'LCA'));
    renderWithEsim(<CountryList popular={[]} />, { locale: 'de-DE' });
    await screen.findAllByRole('option');
    expect(names()).toEqual(['Bosnien und Herzegowina', 'St. Lucia', 'Trinidad und Tobago']);
  });

  it('gives regions their own names and marks, not the product name and one globe for all', async () => {
    useCatalogue(pick('XEU', 'XAS', 'XAM', 'XCB', 'GLO'));
    await renderList();
    const row = (name: string) => screen.getByRole('option', { name });
    const mark = (name: string) => row(name).querySelector('.esim-CountryList-option-flag')?.textContent;
    expect(mark('Europe')).toBe('🇪🇺');
    expect(mark('Asia')).toBe('🌏');
    expect(mark('Americas')).toBe('🌎');
    expect(mark('Global')).toBe('🌐');
    expect(screen.getByRole('option', { name: /^Caribbean( Islands)? Jamaica, Barbados, Bahamas & 9 more$/ })).toHaveAttribute('data-kind', 'region');
  });

  it('tells a known region’s products apart by what their names add ("Europe 30 eSIM", "Europe 42 eSIM")', async () => {
    useCatalogue({
      products: [renamed('XEU', 'Europe 30 eSIM', 1), renamed('XEU', 'Europe 42 eSIM', 2), renamed('XBK', 'Balkan eSIM', 3)],
    });
    renderWithEsim(<CountryList popular={[]} />, { locale: 'de-DE' });
    await screen.findAllByRole('option');
    expect(names()).toEqual(['Balkan', 'Europa 30', 'Europa 42']);
  });

  it('names regions in the provider locale where the region is a known one', async () => {
    useCatalogue(pick('XEU', 'XAS'));
    renderWithEsim(<CountryList />, { locale: 'de-DE' });
    expect(await screen.findByRole('option', { name: 'Europa' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Asien' })).toBeInTheDocument();
  });
});

describe('CountryList for travellers: selection', () => {
  it('marks only the chosen option aria-selected while another is highlighted', async () => {
    useCatalogue(pick('JPN', 'FRA', 'DEU'));
    const { user, input } = await renderList(<CountryList popular={[]} />);
    await user.click(screen.getByRole('option', { name: 'Germany' }));
    await user.type(input, '{ArrowDown}');
    const active = document.getElementById(input.getAttribute('aria-activedescendant') ?? '');
    expect(active).toHaveAccessibleName('Japan');
    expect(active).toHaveAttribute('aria-selected', 'false');
    const selected = screen.getAllByRole('option').filter((option) => option.getAttribute('aria-selected') === 'true');
    expect(selected.map((option) => nameOf(option))).toEqual(['Germany']);
  });

  it('a destination listed twice (popular and A–Z) shows selected on the row it was picked from', async () => {
    useCatalogue(pick('JPN', 'FRA'));
    await renderList(<CountryList popular={['JPN']} />);
    const user = userEvent.setup();
    const inCountries = within(screen.getByRole('group', { name: 'Countries' })).getByRole('option', { name: 'Japan' });
    await user.click(inCountries);
    const inPopular = within(screen.getByRole('group', { name: 'Popular' })).getByRole('option', { name: 'Japan' });
    expect(inCountries).toHaveAttribute('aria-selected', 'true');
    expect(inPopular).toHaveAttribute('aria-selected', 'false');
    expect(inPopular.id).not.toBe(inCountries.id);
  });

  it('defaultCountry preselects the product of that alpha-3 code once the catalogue has it', async () => {
    useCatalogue(pick('JPN', 'FRA', 'DEU'));
    const { input } = await renderList(<CountryList defaultCountry="FRA" popular={[]} />);
    const france = screen.getByRole('option', { name: 'France' });
    expect(france).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', france.id);
  });

  it('preselects a country code as a host passes it from a URL or a form: any case, spaces around it', async () => {
    useCatalogue(pick('JPN', 'FRA', 'DEU'));
    await renderList(<CountryList defaultCountry=" fra " popular={[]} />);
    expect(screen.getByRole('option', { name: 'France' })).toHaveAttribute('aria-selected', 'true');
  });

  it('reports a preselected destination through onChange once the catalogue has it, so the host can load its plans', async () => {
    useCatalogue(pick('JPN', 'FRA', 'DEU'));
    const onChange = vi.fn();
    const { user } = await renderList(<CountryList defaultCountry="FRA" popular={[]} onChange={onChange} />);
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(onChange.mock.calls[0]![0]).toMatchObject({ country_code: 'FRA' });
    await user.click(screen.getByRole('option', { name: 'Japan' }));
    expect(onChange.mock.calls.map(([product]) => product.country_code)).toEqual(['FRA', 'JPN']);
  });

  it('reports a controlled country each time it comes back, and never the one a host declined after a reload', async () => {
    useCatalogue(pick('JPN', 'FRA', 'DEU'));
    const onChange = vi.fn();
    // The host ignores picks: the country stays what it says.
    const { user, queryClient } = await renderList(<CountryHost initial="FRA" onChange={onChange} />);
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    await user.click(screen.getByRole('button', { name: 'None' }));
    await user.click(screen.getByRole('button', { name: 'FRA' }));
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(2));
    await user.click(screen.getByRole('option', { name: 'Japan' }));
    await act(() => queryClient.refetchQueries());
    expect(onChange.mock.calls.map(([product]) => product.country_code)).toEqual(['FRA', 'FRA', 'JPN']);
  });

  it('does not report a destination the host controls by value', async () => {
    useCatalogue(pick('JPN', 'FRA'));
    const onChange = vi.fn();
    const france = usdCatalogue.products.find((product) => product.country_code === 'FRA')!;
    await renderList(<CountryList value={france.id} popular={[]} onChange={onChange} />);
    expect(screen.getByRole('option', { name: 'France' })).toHaveAttribute('aria-selected', 'true');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('country/onCountryChange is controlled: a pick reports the code, the host decides what shows', async () => {
    useCatalogue(pick('JPN', 'FRA', 'DEU'));
    const onCountryChange = vi.fn();
    const { user } = await renderList(<CountryHost initial="DEU" follow onCountryChange={onCountryChange} />);
    expect(screen.getByRole('option', { name: 'Germany' })).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('option', { name: 'Japan' }));
    expect(onCountryChange).toHaveBeenCalledWith('JPN');
    expect(screen.getByRole('option', { name: 'Japan' })).toHaveAttribute('aria-selected', 'true');
    await user.click(screen.getByRole('button', { name: 'None' }));
    expect(screen.getAllByRole('option').filter((o) => o.getAttribute('aria-selected') === 'true')).toEqual([]);
  });

  it('a controlled country the host does not change stays selected after a pick', async () => {
    useCatalogue(pick('JPN', 'FRA'));
    const onCountryChange = vi.fn();
    const { user } = await renderList(<CountryList popular={[]} country="FRA" onCountryChange={onCountryChange} />);
    await user.click(screen.getByRole('option', { name: 'Japan' }));
    expect(onCountryChange).toHaveBeenCalledExactlyOnceWith('JPN');
    expect(screen.getByRole('option', { name: 'France' })).toHaveAttribute('aria-selected', 'true');
  });
});

describe('CountryList for travellers: keyboard and focus', () => {
  it.each([
    ['a query with no match', 'qqqzzz{Enter}'],
    ['an empty query with nothing active', '{Enter}'],
  ])('Enter never submits the host form (%s)', async (_, keys) => {
    const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    const { user, input } = await renderList(
      <form onSubmit={onSubmit}>
        <CountryList />
        <button type="submit">Pay</button>
      </form>,
    );
    await user.type(input, keys);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it.each([
    ['Chromium and Firefox', { isComposing: true }],
    // Safari ends the composition before this keydown: only its keyCode tells it belongs to the IME.
    ['Safari', { keyCode: 229 }],
  ])('Enter that confirms a Japanese conversion picks nothing (%s)', async (_, init) => {
    const onSelect = vi.fn();
    const { user, input } = await renderList(<CountryList onSelect={onSelect} />);
    await user.type(input, 'アメリカ');
    fireEvent.keyDown(input, { key: 'Enter', ...init });
    expect(onSelect).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Enter', keyCode: 13 });
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ country_code: 'USA' }));
  });

  it('Enter never submits the host form while the catalogue is loading', async () => {
    server.use(...createEsimHandlers({ latencyMs: 10_000 }));
    const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    const user = userEvent.setup();
    renderWithEsim(
      <form onSubmit={onSubmit}>
        <CountryList />
      </form>,
    );
    await user.type(screen.getByRole('combobox'), 'japan{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('the active option looks active only while the field has focus', async () => {
    useCatalogue(pick('JPN', 'FRA'));
    const { user, input } = await renderList(
      <>
        <CountryList popular={[]} />
        <button type="button">Elsewhere</button>
      </>,
    );
    await user.type(input, '{ArrowDown}');
    const active = () => document.getElementById(input.getAttribute('aria-activedescendant') ?? '');
    expect(active()).toHaveAttribute('data-active');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
    expect(active()).not.toHaveAttribute('data-active');
  });

  it('aria-expanded is false when nothing matches', async () => {
    const { user, input } = await renderList();
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await user.type(input, 'qqqzzz');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).not.toHaveAttribute('aria-activedescendant');
  });

  it('the clear button is named by its visible text', async () => {
    const { user, input } = await renderList();
    await user.type(input, 'ja');
    const clear = screen.getByRole('button', { name: 'Clear search' });
    expect(clear.textContent).toContain('Clear search');
  });

  it('carries lang and dir on its root', async () => {
    renderWithEsim(<CountryList />, { locale: 'ar' });
    const root = (await screen.findAllByRole('option'))[0]!.closest('.esim-CountryList');
    expect(root).toHaveAttribute('lang', 'ar');
    expect(root).toHaveAttribute('dir', 'rtl');
  });
});

describe('CountryList for travellers: offline, slow, crashed', () => {
  afterEach(() => {
    act(() => onlineManager.setOnline(true));
    vi.useRealTimers();
  });

  it('offline before the catalogue arrives: says so with a retry, and loads by itself once back online', async () => {
    act(() => onlineManager.setOnline(false));
    renderWithEsim(<CountryList />);
    const offline = await screen.findByText(/You are offline/);
    expect(offline.closest('[role="status"]')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.getByRole('listbox').closest('.esim-CountryList')).toHaveAttribute('data-state', 'offline');
    act(() => onlineManager.setOnline(true));
    expect((await screen.findAllByRole('option'))[0]).toBeInTheDocument();
    expect(screen.queryByText(/You are offline/)).toBeNull();
  });

  it('a load that outlasts a few seconds says it is still working', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(...createEsimHandlers({ latencyMs: 600_000 }));
    renderWithEsim(<CountryList />);
    expect(screen.queryByText('Still working on it…')).toBeNull();
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(screen.getByText('Still working on it…')).toBeVisible();
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(screen.getByRole('status')).toHaveTextContent('Loading destinations… Still working on it…');
  });

  it('a render error shows the list’s error state, reports it, keeps the host page, and retries', async () => {
    useCatalogue(pick('JPN'));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onError = vi.fn();
    let broken = true;
    const renderFlag = (product: Product) => {
      if (broken) throw new Error(`cannot draw ${product.country_code}`);
      return '•';
    };
    const user = userEvent.setup();
    renderWithEsim(
      <form aria-label="Checkout">
        <CountryList renderFlag={renderFlag} onError={onError} popular={[]} />
        <button type="submit">Pay</button>
      </form>,
    );
    const alert = await screen.findByRole('alert');
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'cannot draw JPN' }));
    expect(screen.getByRole('button', { name: 'Pay' })).toBeInTheDocument();
    broken = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('option', { name: 'Japan' })).toBeInTheDocument();
    expect(screen.getByRole('combobox')).toHaveFocus();
  });
});

it('a part outside the root still explains itself', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  expect(() => render(<CountryList.Offline />)).toThrow('`CountryList.Offline` must be used within `CountryList`');
});

describe('CountryList for travellers: a long list', () => {
  it('keeps the active option in the DOM when the list is scrolled away from it', async () => {
    const { user, input } = await renderList();
    await user.type(input, '{ArrowDown}');
    const id = input.getAttribute('aria-activedescendant')!;
    const listbox = screen.getByRole('listbox');
    listbox.scrollTop = 56 * 200;
    listbox.dispatchEvent(new Event('scroll'));
    await waitFor(() => expect(screen.getAllByRole('option')[0]).not.toHaveAccessibleName('United States'));
    expect(document.getElementById(id)).toBeInTheDocument();
    expect(document.getElementById(id)).toHaveAttribute('aria-selected');
  });
});
