import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CountryList, useCountryList } from '../../../src/components/CountryList/index.js';
import { createEsimHandlers, usdCatalogue, type MockCatalogue } from '../../../src/mocks/index.js';
import { server } from '../../msw-server.js';
import { renderWithEsim } from '../../utils.js';

const pick = (...codes: string[]): MockCatalogue => ({
  products: usdCatalogue.products.filter((product) => codes.includes(product.country_code)),
});
const useCatalogue = (catalogue: MockCatalogue) => server.use(...createEsimHandlers({ catalogue }));
const optionNames = () => screen.getAllByRole('option').map((option) => option.textContent);

async function renderList(ui = <CountryList />, locale?: string) {
  const user = userEvent.setup();
  const result = renderWithEsim(ui, locale ? { locale } : {});
  await screen.findAllByRole('option');
  return { user, input: screen.getByRole('combobox'), ...result };
}

describe('CountryList roles and names', () => {
  it('is a labelled combobox controlling a labelled listbox of named options', async () => {
    const { input } = await renderList();
    expect(input).toHaveAccessibleName('Search destinations');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox', { name: 'Destinations' });
    expect(input).toHaveAttribute('aria-controls', listbox.id);
    const popular = within(listbox).getByRole('group', { name: 'Popular' });
    expect(within(popular).getByRole('option', { name: 'United States' })).toHaveAttribute('aria-selected', 'false');
  });

  it('is one tab stop: the listbox is not focusable, though it scrolls', async () => {
    await renderList();
    expect(screen.getByRole('listbox')).toHaveAttribute('tabindex', '-1');
  });

  it('renders only a window of rows, each telling its place in the whole list', async () => {
    await renderList();
    const options = screen.getAllByRole('option');
    expect(options.length).toBeLessThan(30);
    const total = usdCatalogue.products.filter((p) => !/^X|GLO/.test(p.country_code)).length;
    expect(Number(options[0]?.getAttribute('aria-setsize'))).toBeGreaterThanOrEqual(total);
    expect(options.map((o) => o.getAttribute('aria-posinset'))).toEqual(options.map((_, i) => String(i + 1)));
  });

  it('hides the flag and the product image from assistive technology', async () => {
    useCatalogue(pick('JPN'));
    await renderList(<CountryList popular={[]} />);
    const option = screen.getByRole('option', { name: 'Japan' });
    expect(option.querySelector('.esim-CountryList-option-flag')).toHaveAttribute('aria-hidden', 'true');
    expect(option.querySelector('img')).toHaveAttribute('alt', '');
    expect(option.querySelector('img')).toHaveAttribute('loading', 'lazy');
  });
});

describe('CountryList search', () => {
  it.each([
    ['jap', 'Japan'],
    ['curacao', 'Curaçao'],
    ['uae', 'United Arab Emirates'],
    ['JPN', 'Japan'],
    ['holland', 'Netherlands'],
  ])('finds %s → %s first', async (query, name) => {
    const { user, input } = await renderList();
    await user.type(input, query);
    expect(screen.getAllByRole('option')[0]).toHaveAccessibleName(expect.stringContaining(name));
  });

  it('searches in the provider locale and in English, showing localised names', async () => {
    const { user, input } = await renderList(<CountryList />, 'de-DE');
    await user.type(input, 'deutsch');
    expect(screen.getAllByRole('option')[0]).toHaveAccessibleName(expect.stringContaining('Deutschland'));
    await user.clear(input);
    await user.type(input, 'germany');
    expect(screen.getAllByRole('option')[0]).toHaveAccessibleName(expect.stringContaining('Deutschland'));
    await user.clear(input);
    await user.type(input, 'osterreich');
    expect(screen.getAllByRole('option')[0]).toHaveAccessibleName(expect.stringContaining('Österreich'));
  });

  it('announces the result count politely once typing pauses', async () => {
    const { user, input } = await renderList();
    await user.type(input, 'japan');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 destination'));
  });

  it('announces the count again for a new search with the same count ("japan", then "france")', async () => {
    const { input } = await renderList();
    const status = screen.getByRole('status');
    fireEvent.change(input, { target: { value: 'japan' } });
    await waitFor(() => expect(status.textContent).toBe('1 destination'));
    fireEvent.change(input, { target: { value: 'france' } });
    // Reads the same, but the text changed, so screen readers say it; a third search changes it back.
    await waitFor(() => expect(status.textContent).toBe('1 destination\u00a0'));
    expect(screen.getAllByRole('option')[0]).toHaveAccessibleName('France');
    fireEvent.change(input, { target: { value: 'japan' } });
    await waitFor(() => expect(status.textContent).toBe('1 destination'));
  });

  it('announces how many destinations there are, not how many rows (popular ones are listed twice)', async () => {
    await renderList();
    expect(within(screen.getByRole('group', { name: 'Popular' })).getAllByRole('option').length).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`${usdCatalogue.products.length} destinations`));
  });

  it('announces once typing has paused for half a second, not on every keystroke', async () => {
    const { input } = await renderList();
    const status = screen.getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent(/destinations/));
    const before = status.textContent!;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      for (const query of ['j', 'ja', 'jap', 'japa', 'japan']) {
        fireEvent.change(input, { target: { value: query } });
        await act(() => vi.advanceTimersByTimeAsync(400));
        // Still typing: the region keeps its last words rather than reading out every keystroke's count.
        expect(status).toHaveTextContent(before);
      }
      await act(() => vi.advanceTimersByTimeAsync(100));
      expect(status).toHaveTextContent('1 destination');
    } finally {
      vi.useRealTimers();
    }
  });

  it('loads no image for a destination newly shown while typing; once typing pauses each row shows its own', async () => {
    const { input } = await renderList(<CountryList popular={[]} />);
    const productOf = (option: HTMLElement) => usdCatalogue.products.find((product) => option.id.endsWith(`-${product.id}`))!;
    const withImages = () =>
      screen.getAllByRole('option').filter((option) => option.querySelector('img')).map((option) => productOf(option).id);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fireEvent.change(input, { target: { value: 'g' } });
      await act(() => vi.advanceTimersByTimeAsync(500));
      const shownBefore = withImages();
      expect(shownBefore.length).toBeGreaterThan(0);
      fireEvent.change(input, { target: { value: 'ge' } });
      await act(() => vi.advanceTimersByTimeAsync(400));
      // Each image is a request, a decode and a repaint: none for a newly shown destination while typing.
      expect(withImages().filter((id) => !shownBefore.includes(id))).toEqual([]);
      await act(() => vi.advanceTimersByTimeAsync(100));
      for (const option of screen.getAllByRole('option')) {
        expect(option.querySelector('img')?.getAttribute('src')).toBe(productOf(option).image_url || undefined);
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows "No destination matches …" when nothing matches', async () => {
    const { user, input } = await renderList();
    await user.type(input, 'qqqzzz');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText('No destination matches “qqqzzz”.')).toBeVisible();
    expect(screen.getByRole('listbox').closest('.esim-CountryList')).toHaveAttribute('data-state', 'empty');
  });

  it('Escape clears the query and the clear button does too', async () => {
    const { user, input } = await renderList();
    await user.type(input, 'japan{Escape}');
    expect(input).toHaveValue('');
    await user.type(input, 'japan');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(input).toHaveValue('');
    expect(input).toHaveFocus();
  });
});

describe('CountryList groups', () => {
  it('with an empty query: regions and global (Global first), then countries A–Z, each a labelled group', async () => {
    useCatalogue(pick('AUT', 'BEL', 'XEU', 'GLO'));
    await renderList(<CountryList popular={[]} />);
    const countries = screen.getByRole('group', { name: 'Countries' });
    const regions = screen.getByRole('group', { name: 'Regions and global' });
    expect(within(countries).getAllByRole('option').map((o) => o.dataset.kind)).toEqual(['country', 'country']);
    expect(within(regions).getAllByRole('option').map((o) => o.dataset.kind)).toEqual(['global', 'region']);
    expect(regions.compareDocumentPosition(countries) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('with a query, the group holding the best match comes first', async () => {
    useCatalogue(pick('JPN', 'DEU', 'XEU', 'GLO'));
    const { user, input } = await renderList();
    await user.type(input, 'glo');
    expect(optionNames()[0]).toContain('Global');
    await user.clear(input);
    await user.type(input, 'g');
    expect(optionNames()[0]).toContain('Germany');
  });
});

describe('CountryList selection and keyboard', () => {
  it('onChange fires when the destination changes, onSelect on every pick', async () => {
    const onChange = vi.fn();
    const onSelect = vi.fn();
    const { user } = await renderList(<CountryList onChange={onChange} onSelect={onSelect} popular={[]} />);
    const first = screen.getAllByRole('option')[0] as HTMLElement;
    await user.click(first);
    await user.click(first);
    expect(onSelect).toHaveBeenCalledTimes(2);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]?.[0]).toMatchObject({ country_code: 'GLO' });
    expect(first).toHaveAttribute('aria-selected', 'true');
  });

  it('arrows move the active option, Enter selects it; typing activates the top match', async () => {
    const onSelect = vi.fn();
    const { user, input } = await renderList(<CountryList onSelect={onSelect} />);
    await user.type(input, '{ArrowDown}{ArrowDown}');
    const second = screen.getAllByRole('option')[1] as HTMLElement;
    expect(input).toHaveAttribute('aria-activedescendant', second.id);
    expect(second).toHaveAttribute('data-active');
    await user.type(input, 'japan{Enter}');
    expect(onSelect.mock.calls[0]?.[0]).toMatchObject({ country_code: 'JPN' });
  });

  it('Home/End jump on an empty field and move the caret once there is text', async () => {
    const { user, input } = await renderList();
    await user.type(input, '{End}');
    const last = screen.getAllByRole('option').at(-1) as HTMLElement;
    expect(input).toHaveAttribute('aria-activedescendant', last.id);
    expect(last).toHaveAttribute('aria-posinset', last.getAttribute('aria-setsize'));
    await user.type(input, '{Home}');
    expect(input).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[0]?.id);
    await user.type(input, 'a{ArrowDown}{Home}');
    expect(input).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[1]?.id);
  });

  it('shows a controlled value as selected and active', async () => {
    useCatalogue(pick('JPN', 'DEU', 'FRA'));
    const { input } = await renderList(<CountryList value={712} popular={[]} />);
    const japan = screen.getByRole('option', { name: /Japan/ });
    expect(japan).toHaveAttribute('aria-selected', 'true');
    expect(japan).toHaveAttribute('data-selected');
    expect(input).toHaveAttribute('aria-activedescendant', japan.id);
  });

  it('a custom composition from parts works, with render functions', async () => {
    useCatalogue(pick('JPN'));
    renderWithEsim(
      <CountryList>
        <CountryList.Search />
        <CountryList.Options>
          {(option) => <CountryList.Option option={option} className={({ kind }) => `kind-${kind}`}>{({ name }) => <b>{name}!</b>}</CountryList.Option>}
        </CountryList.Options>
      </CountryList>,
    );
    const option = (await screen.findAllByRole('option', { name: 'Japan!' }))[0];
    expect(option).toHaveClass('esim-CountryList-option', 'kind-country');
  });
});

function Headless({ onSelect }: { onSelect: (id: number) => void }) {
  const list = useCountryList({ onSelect: (product) => onSelect(product.id) });
  return (
    <div {...list.getRootProps()}>
      <label {...list.getLabelProps()}>Where to?</label>
      <input {...list.getInputProps()} />
      <ul {...list.getListboxProps()}>
        {list.groups.flatMap((group) =>
          Array.from({ length: group.end - group.start }, (_, k) => {
            const option = list.getOption(group.start + k);
            return <li key={option.product.id} {...list.getOptionProps(option.index)}>{option.name}</li>;
          }),
        )}
      </ul>
    </div>
  );
}

describe('useCountryList (headless)', () => {
  it('gives a partner’s own markup the same roles, keyboard and selection', async () => {
    useCatalogue(pick('JPN', 'DEU', 'FRA'));
    const onSelect = vi.fn();
    const user = userEvent.setup();
    renderWithEsim(<Headless onSelect={onSelect} />);
    await screen.findAllByRole('option');
    const input = screen.getByRole('combobox', { name: 'Where to?' });
    expect(input).toHaveAttribute('aria-controls', screen.getByRole('listbox').id);
    await user.type(input, 'fr{Enter}');
    expect(onSelect).toHaveBeenCalledWith(usdCatalogue.products.find((p) => p.country_code === 'FRA')?.id);
    await user.type(input, '{Escape}');
    await user.click(screen.getAllByRole('option', { name: 'Japan' })[0]!);
    expect(onSelect).toHaveBeenLastCalledWith(712);
  });
});

describe('CountryList states', () => {
  it('shows a skeleton and announces loading while the catalogue loads', async () => {
    server.use(...createEsimHandlers({ latencyMs: 10_000 }));
    renderWithEsim(<CountryList />);
    // The live region exists empty first, so the text that follows is announced.
    expect(screen.getByRole('status')).toHaveTextContent('');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Loading destinations…'));
    expect(screen.getByRole('listbox')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('listbox').closest('.esim-CountryList')).toHaveAttribute('data-state', 'loading');
  });

  it('says so when the catalogue is empty', async () => {
    server.use(...createEsimHandlers({ scenario: 'empty' }));
    renderWithEsim(<CountryList />);
    expect(await screen.findByText('No destinations right now.')).toBeVisible();
  });

  it('shows the error with a retry that loads the list', async () => {
    server.use(...createEsimHandlers({ scenario: 'server-error' }));
    const user = userEvent.setup();
    renderWithEsim(<CountryList />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('having trouble');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    // The button goes with the error; focus stays in the component, on the field.
    expect(screen.getByRole('combobox')).toHaveFocus();
    expect((await screen.findAllByRole('option', { name: 'France' }))[0]).toBeInTheDocument();
  });

  it('reads a 401 as an access problem', async () => {
    server.use(...createEsimHandlers({ scenario: 'expired-token' }));
    renderWithEsim(<CountryList />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Access to the plan catalogue was refused');
  });

  it('throws a helpful error when a part is used outside the root', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<CountryList.Search />)).toThrow('`CountryList.Search` must be used within `CountryList`');
  });
});
