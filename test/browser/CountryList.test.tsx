import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { cdp, userEvent } from 'vitest/browser';
import { CountryList } from '../../src/components/CountryList/index.js';
import { createEsimHandlers, generateCatalogue, usdCatalogue } from '../../src/mocks/index.js';
import { useProduct } from '../../src/query/hooks.js';
import { recordRequests, renderWithEsim, createTestClient } from '../utils.js';
import { worker } from '../setup/browser.js';
import '../../src/styles.css';

const COUNT = 5000;
const big = generateCatalogue({ count: COUNT, seed: 7 });

function Frame({ children }: { children: React.ReactNode }) {
  return <div style={{ width: 360 }}>{children}</div>;
}

/** A PNG (base64) of what Chromium draws for `element`, which sits in the test's iframe. */
async function picture(element: HTMLElement): Promise<string> {
  const frame = window.frameElement?.getBoundingClientRect() ?? { x: 0, y: 0 };
  const box = element.getBoundingClientRect();
  const clip = { x: frame.x + box.x, y: frame.y + box.y, width: box.width, height: box.height, scale: 1 };
  const { data } = await cdp().send('Page.captureScreenshot', { format: 'png', clip });
  return data as string;
}

async function renderBig() {
  worker.use(...createEsimHandlers({ catalogue: big }));
  const result = renderWithEsim(
    <Frame>
      <CountryList popular={[]} />
    </Frame>,
  );
  await screen.findAllByRole('option');
  const input = screen.getByRole('combobox');
  const listbox = screen.getByRole('listbox');
  return { ...result, input, listbox };
}

/** The active option is rendered and lies fully inside the list's visible box. */
function expectActiveInView(input: HTMLElement, listbox: HTMLElement) {
  const id = input.getAttribute('aria-activedescendant');
  expect(id).toBeTruthy();
  const option = document.getElementById(id ?? '');
  expect(option).not.toBeNull();
  const box = listbox.getBoundingClientRect();
  const rect = (option as HTMLElement).getBoundingClientRect();
  expect(rect.top).toBeGreaterThanOrEqual(box.top - 1);
  expect(rect.bottom).toBeLessThanOrEqual(box.bottom + 1);
  return option as HTMLElement;
}

describe('CountryList at 5,000 destinations, in Chromium', () => {
  it('puts only about a screenful of rows in the DOM, each knowing the full count', async () => {
    const { listbox } = await renderBig();
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(5);
    expect(options.length).toBeLessThanOrEqual(30);
    expect(options[0]).toHaveAttribute('aria-setsize', String(COUNT));
    // The rows are as tall as the theme says, and the scroll range covers every one of them.
    expect(options[0]?.getBoundingClientRect().height).toBe(56);
    expect(listbox.scrollHeight).toBeGreaterThanOrEqual(COUNT * 56);
  });

  it('arrow keys, PageDown and End scroll the active option into view', async () => {
    const { input, listbox } = await renderBig();
    await userEvent.click(input);
    for (let i = 0; i < 12; i++) await userEvent.keyboard('{ArrowDown}');
    expect(expectActiveInView(input, listbox)).toHaveAttribute('aria-posinset', '12');
    expect(listbox.scrollTop).toBeGreaterThan(0);

    await userEvent.keyboard('{PageDown}');
    const paged = expectActiveInView(input, listbox);
    expect(Number(paged.getAttribute('aria-posinset'))).toBeGreaterThan(14);

    await userEvent.keyboard('{End}');
    expect(expectActiveInView(input, listbox)).toHaveAttribute('aria-posinset', String(COUNT));
    expect(screen.getAllByRole('option').length).toBeLessThanOrEqual(30);

    await userEvent.keyboard('{Home}');
    expect(expectActiveInView(input, listbox)).toHaveAttribute('aria-posinset', '1');
    expect(listbox.scrollTop).toBe(0);
  });

  it('scrolls a preselected destination into view when the list mounts', async () => {
    worker.use(...createEsimHandlers({ catalogue: big }));
    const input = await (async () => {
      renderWithEsim(<Frame><CountryList defaultValue={4321} popular={[]} /></Frame>);
      await screen.findAllByRole('option');
      return screen.getByRole('combobox');
    })();
    const selected = expectActiveInView(input, screen.getByRole('listbox'));
    expect(selected).toHaveAttribute('aria-selected', 'true');
  });

  it('keeps the active option in view when the list was hidden as it loaded (a checkout step not shown yet)', async () => {
    worker.use(...createEsimHandlers({ catalogue: big }));
    function LaterStep() {
      const [shown, setShown] = useState(false);
      return (
        <Frame>
          <button type="button" onClick={() => setShown(true)}>Continue</button>
          <div hidden={!shown}>
            <CountryList popular={[]} />
          </div>
        </Frame>
      );
    }
    renderWithEsim(<LaterStep />);
    await waitFor(() => expect(document.querySelector('[role="option"]')).not.toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    const input = screen.getByRole('combobox');
    await userEvent.click(input);
    for (let i = 0; i < 10; i++) await userEvent.keyboard('{ArrowDown}');
    expect(expectActiveInView(input, screen.getByRole('listbox'))).toHaveAttribute('aria-posinset', '10');
  });

  it('fills the whole list with rows after a search typed while the catalogue loaded is cleared', async () => {
    // Countries only and no popular group: the list has no heading whose first sight would measure it again.
    const countries = { products: usdCatalogue.products.filter((p) => !/^X|GLO/.test(p.country_code)) };
    worker.use(...createEsimHandlers({ catalogue: countries, latencyMs: 500 }));
    renderWithEsim(<Frame><CountryList popular={[]} /></Frame>);
    const input = screen.getByRole('combobox');
    await userEvent.click(input);
    await userEvent.keyboard('japan');
    await screen.findByRole('option', { name: 'Japan' });
    await userEvent.keyboard('{Escape}');
    const listbox = screen.getByRole('listbox');
    await waitFor(() => {
      const rows = screen.getAllByRole('option');
      expect(rows.at(-1)!.getBoundingClientRect().bottom).toBeGreaterThanOrEqual(listbox.getBoundingClientRect().bottom);
    });
  });

  it('fills the list with rows when it gets more room after mount (a phone turned upright, a resized window)', async () => {
    worker.use(...createEsimHandlers({ catalogue: big }));
    renderWithEsim(
      <div style={{ width: 360, ['--esim-list-height' as string]: '8rem' }} data-testid="room">
        <CountryList popular={[]} />
      </div>,
    );
    await screen.findAllByRole('option');
    const listbox = screen.getByRole('listbox');
    screen.getByTestId('room').style.setProperty('--esim-list-height', '22rem');
    await waitFor(() => expect(listbox.getBoundingClientRect().height).toBeGreaterThan(300));
    await waitFor(() => {
      const rows = screen.getAllByRole('option');
      expect(rows.at(-1)!.getBoundingClientRect().bottom).toBeGreaterThanOrEqual(listbox.getBoundingClientRect().bottom);
    });
  });

  it('renders the rows under the scroll position when the list is scrolled by wheel or thumb', async () => {
    const { listbox } = await renderBig();
    listbox.scrollTop = 56 * 2500;
    await waitFor(() => {
      const positions = screen.getAllByRole('option').map((o) => Number(o.getAttribute('aria-posinset')));
      expect(Math.min(...positions)).toBeLessThanOrEqual(2501);
      expect(Math.max(...positions)).toBeGreaterThan(2505);
    });
  });

  it('filters on each keystroke (speed is the benchmark’s business, not a test’s)', async () => {
    const { input } = await renderBig();
    await userEvent.click(input);
    await userEvent.keyboard('ja');
    await waitFor(() => expect(screen.getAllByRole('option')[0]).toHaveAccessibleName(expect.stringMatching(/^Ja/)));
    expect(input).toHaveValue('ja');
  });
});

function PickerWithPlans() {
  const [id, setId] = useState<number | undefined>(undefined);
  const product = useProduct(id);
  return (
    <Frame>
      <CountryList onSelect={(picked) => setId(picked.id)} />
      <output data-testid="detail">{product.data ? `${product.data.name}: ${product.data.variants.length} plans` : ''}</output>
    </Frame>
  );
}

describe('CountryList prefetch', () => {
  it('a pointer resting on an option loads its detail, so the click costs no request', async () => {
    const recorder = recordRequests();
    renderWithEsim(<PickerWithPlans />, { client: createTestClient({ fetch: recorder.fetch }) });
    await screen.findAllByRole('option');
    await userEvent.type(screen.getByRole('combobox'), 'japan');
    const option = await screen.findByRole('option', { name: /Japan/ });
    const detailRequests = () => recorder.requests.filter((path) => /\/products\/\d+$/.test(path));
    expect(detailRequests()).toEqual([]);

    await userEvent.hover(option);
    await waitFor(() => expect(detailRequests()).toHaveLength(1));
    await userEvent.click(option);
    await waitFor(() => expect(screen.getByTestId('detail')).toHaveTextContent(/Japan eSIM: \d+ plans/));
    expect(detailRequests()).toHaveLength(1);
  });
});

describe('CountryList layout for travellers, in Chromium', () => {
  it('names a group only while it holds a rendered option: no empty "Regions and global" group at the window\'s edge', async () => {
    renderWithEsim(<Frame><CountryList /></Frame>);
    await screen.findAllByRole('option');
    const listbox = screen.getByRole('listbox');
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const empty: string[] = [];
    // Every scroll position over the popular group, the regions and into the countries: headings come and go at both edges.
    for (let top = 0; top <= 1200; top += 8) {
      listbox.scrollTop = top;
      listbox.dispatchEvent(new Event('scroll'));
      await frame();
      for (const group of within(listbox).queryAllByRole('group'))
        if (!within(group).queryAllByRole('option').length) empty.push(`${group.getAttribute('aria-label')} at ${top}px`);
    }
    expect(empty).toEqual([]);
  });

  it('wraps a long name to a second line inside a fixed-height row instead of cutting it', async () => {
    const france = usdCatalogue.products.find((p) => p.country_code === 'FRA')!;
    // The longest name Intl gives a country: "South Georgia & South Sandwich Islands".
    const products = [france, { ...france, id: 9001, country_code: 'SGS', name: 'South Georgia eSIM' }];
    worker.use(...createEsimHandlers({ catalogue: { products } }));
    renderWithEsim(<div style={{ width: 320 }}><CountryList popular={[]} /></div>);
    const option = await screen.findByRole('option', { name: /South Georgia/ });
    const text = option.querySelector<HTMLElement>('.esim-CountryList-option-text')!;
    const name = option.querySelector<HTMLElement>('.esim-CountryList-option-name')!;
    // Two lines of text, none hidden by the clamp, in a row exactly as tall as the others.
    expect(name.getClientRects().length).toBe(2);
    expect(text.scrollHeight).toBeLessThanOrEqual(text.clientHeight + 1);
    const heights = screen.getAllByRole('option').map((o) => o.getBoundingClientRect().height);
    expect(new Set(heights)).toEqual(new Set([56]));
  });

  it('ends text longer than two lines in an ellipsis, in a row as tall as the others', async () => {
    const france = usdCatalogue.products.find((p) => p.country_code === 'FRA')!;
    const long = 'Jamaica, Barbados, Bahamas, Trinidad and Tobago, Saint Lucia, Grenada, Dominica & 9 more';
    const products = [france, { ...france, id: 9001, country_code: 'XCB', name: `Caribbean Islands eSIM — ${long}` }];
    worker.use(...createEsimHandlers({ catalogue: { products } }));
    renderWithEsim(<div style={{ width: 320 }}><CountryList popular={[]} /></div>);
    const option = await screen.findByRole('option', { name: new RegExp(long) });
    const text = option.querySelector<HTMLElement>('.esim-CountryList-option-text')!;
    expect(text.scrollHeight).toBeGreaterThan(text.clientHeight);
    expect(option.getBoundingClientRect().height).toBe(56);
    // The cut is drawn as an ellipsis: the row looks different from the same text merely cut off at its box.
    const clamped = await picture(text);
    text.style.setProperty('display', 'block');
    const cutOff = await picture(text);
    text.style.removeProperty('display');
    expect(clamped).not.toBe(cutOff);
  });

  it('shows both lines of a long name whole under a reader’s wider text spacing (WCAG 1.4.12)', async () => {
    const france = usdCatalogue.products.find((p) => p.country_code === 'FRA')!;
    const products = [france, { ...france, id: 9001, country_code: 'CAF', name: 'Central African Republic eSIM' }];
    worker.use(...createEsimHandlers({ catalogue: { products } }));
    // What a text-spacing bookmarklet or a reader's stylesheet does (the WCAG 1.4.12 test values).
    const spacing = document.createElement('style');
    spacing.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }';
    document.head.append(spacing);
    try {
      renderWithEsim(<div style={{ width: 320 }}><CountryList popular={[]} /></div>);
      const option = await screen.findByRole('option', { name: /Central African/ });
      const text = option.querySelector<HTMLElement>('.esim-CountryList-option-text')!;
      const name = option.querySelector<HTMLElement>('.esim-CountryList-option-name')!;
      expect(name.getClientRects().length).toBe(2);
      // Nothing of either line is clipped: the box is as tall as its two lines, and inside the row.
      expect(text.scrollHeight).toBeLessThanOrEqual(text.clientHeight + 1);
      expect(text.getBoundingClientRect().bottom).toBeLessThanOrEqual(option.getBoundingClientRect().bottom);
    } finally {
      spacing.remove();
    }
  });

  it('draws group headings as tall as their text, with the first option right under them', async () => {
    renderWithEsim(<Frame><CountryList /></Frame>);
    await screen.findAllByRole('option');
    const popular = screen.getByRole('group', { name: 'Popular' });
    const heading = popular.querySelector<HTMLElement>('.esim-CountryList-group-label')!;
    const first = within(popular).getAllByRole('option')[0]!;
    expect(heading.getBoundingClientRect().height).toBe(32);
    expect(first.getBoundingClientRect().top).toBe(heading.getBoundingClientRect().bottom);
  });

  it('is at most min(22rem, 50dvh) high, lets the page scroll past it, and is no tab stop', async () => {
    renderWithEsim(<Frame><CountryList /><button type="button">After</button></Frame>);
    await screen.findAllByRole('option');
    const listbox = screen.getByRole('listbox');
    expect(listbox.clientHeight).toBeLessThanOrEqual(Math.min(352, window.innerHeight / 2));
    expect(getComputedStyle(listbox).overscrollBehaviorY).toBe('auto');
    await userEvent.click(screen.getByRole('combobox'));
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
  });

  it('keeps the active option in the DOM, at its own place, after the list is scrolled away from it', async () => {
    const { input, listbox } = await renderBig();
    await userEvent.click(input);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    const id = input.getAttribute('aria-activedescendant')!;
    const top = document.getElementById(id)!.getBoundingClientRect().top - listbox.getBoundingClientRect().top;
    listbox.scrollTop = 56 * 3000;
    const others = () => screen.getAllByRole('option').filter((option) => option.id !== id);
    await waitFor(() => expect(Math.min(...others().map((o) => Number(o.getAttribute('aria-posinset'))))).toBeGreaterThan(2000));
    const active = document.getElementById(id);
    expect(active).not.toBeNull();
    expect(active!.getBoundingClientRect().top - listbox.getBoundingClientRect().top).toBe(top - 56 * 3000);
    await userEvent.keyboard('{ArrowDown}');
    expect(expectActiveInView(input, listbox)).toHaveAttribute('aria-posinset', '3');
  });
});

describe('CountryList in forced colours, in Chromium', () => {
  it('shows the selection stripe on the chosen destination only', async () => {
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      renderWithEsim(
        <Frame>
          <CountryList popular={[]} defaultCountry="JPN" />
        </Frame>,
      );
      await waitFor(() => expect(screen.getByRole('option', { selected: true })).toBeInTheDocument());
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      const chosen = screen.getByRole('option', { selected: true });
      const other = screen.getAllByRole('option', { selected: false })[0]!;
      const stripe = (option: HTMLElement) => getComputedStyle(option).borderInlineStartColor;
      const canvas = getComputedStyle(screen.getByRole('listbox')).backgroundColor;
      expect(stripe(other)).toBe(canvas);
      expect(stripe(chosen)).not.toBe(canvas);
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('while loading, shows the placeholder rows (not a blank box under a stray line)', async () => {
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    worker.use(...createEsimHandlers({ latencyMs: 600_000 }));
    try {
      const { container } = renderWithEsim(
        <Frame>
          <CountryList />
        </Frame>,
      );
      const skeleton = await waitFor(() => container.querySelector<HTMLElement>('.esim-CountryList-skeleton')!);
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      // Forced colours drop the placeholders' background: only an outline of their own shows them.
      const canvas = getComputedStyle(document.body).backgroundColor;
      const style = getComputedStyle(skeleton);
      expect(style.borderTopStyle).not.toBe('none');
      expect(parseFloat(style.borderTopWidth)).toBeGreaterThan(0);
      expect(style.borderTopColor).not.toBe(canvas);
      // The empty listbox's transparent border would be painted as a line across the placeholders' foot.
      expect(getComputedStyle(screen.getByRole('listbox', { hidden: true })).borderTopStyle).toBe('none');
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });
});

