import { screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { userEvent } from 'vitest/browser';
import { EsimPicker } from '../../src/components/EsimPicker/index.js';
import { PlanPicker } from '../../src/components/PlanPicker/index.js';
import { renderWithEsim } from '../utils.js';
import '../../src/styles.css';

function Frame({ width, children }: { width: number; children: ReactNode }) {
  return (
    <div data-testid="frame" style={{ width, boxSizing: 'border-box' }}>
      {children}
    </div>
  );
}

// Testing Library turns React's act() environment on in its own beforeAll; a real browser needs no act().
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});

const card = (radio: HTMLElement) => radio.closest('label') as HTMLElement;
const hasRing = (element: HTMLElement) => getComputedStyle(element).boxShadow !== 'none';

describe('EsimPicker keyboard only, in Chromium', () => {
  it('Tab, type, Enter, then arrows pick a plan; focus lands where the traveller expects', async () => {
    const onChange = vi.fn();
    renderWithEsim(
      <Frame width={480}>
        <EsimPicker onChange={onChange} />
      </Frame>,
    );
    await screen.findAllByRole('option');
    await userEvent.tab();
    const input = screen.getByRole('combobox', { name: 'Search destinations' });
    expect(input).toHaveFocus();
    await userEvent.keyboard('japan');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
    await userEvent.keyboard('{Enter}');

    // Step 2: the plans heading has focus and says where we are.
    const heading = screen.getByRole('heading', { name: 'Japan' });
    await waitFor(() => expect(heading).toHaveFocus());
    await screen.findAllByRole('radio');

    // Tab: the sort, then the radio group (one tab stop); arrows move and check.
    await userEvent.tab();
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveFocus();
    await userEvent.tab();
    const first = screen.getByRole('radio', { name: /^1 GB · 7 days/ });
    expect(first).toHaveFocus();
    expect(hasRing(card(first))).toBe(true);
    await userEvent.keyboard('{ArrowDown}');
    const second = screen.getByRole('radio', { name: /^5 GB · 30 days/ });
    expect(second).toHaveFocus();
    expect(second).toBeChecked();
    expect(hasRing(card(second))).toBe(true);
    // The ring fades out over --esim-transition.
    await waitFor(() => expect(hasRing(card(first))).toBe(false));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ orderAmount: 14.9 }));
    await userEvent.keyboard('{ArrowUp}');
    expect(first).toBeChecked();

    // Back: Shift+Tab to "Change destination", Enter; the search field has focus again.
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    const back = screen.getByRole('button', { name: 'Change destination' });
    expect(back).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Search destinations' })).toHaveFocus());
  });

  it('returns to the list with the chosen destination selected and in view', async () => {
    renderWithEsim(
      <Frame width={480}>
        <EsimPicker />
      </Frame>,
    );
    await screen.findAllByRole('option');
    await userEvent.type(screen.getByRole('combobox'), 'japan');
    await userEvent.click(screen.getByRole('option', { name: /^Japan/ }));
    await userEvent.click(await screen.findByRole('button', { name: 'Change destination' }));
    const input = screen.getByRole('combobox', { name: 'Search destinations' });
    await waitFor(() => expect(input).toHaveFocus());
    const japan = await screen.findByRole('option', { name: /^Japan/ });
    expect(japan).toHaveAttribute('aria-selected', 'true');
    const list = screen.getByRole('listbox').getBoundingClientRect();
    const row = japan.getBoundingClientRect();
    expect(row.top).toBeGreaterThanOrEqual(list.top - 1);
    expect(row.bottom).toBeLessThanOrEqual(list.bottom + 1);
  });
});

describe('PlanPicker layout, in Chromium', () => {
  it.each([
    ['PlanPicker', 320],
    ['PlanPicker', 280],
    ['EsimPicker', 320],
  ])('%s fits %i px without horizontal overflow', async (component, width) => {
    renderWithEsim(
      <Frame width={width}>
        {component === 'PlanPicker' ? (
          <PlanPicker productId={712} defaultValue={5514} />
        ) : (
          <EsimPicker initialProductId={712} defaultValue={5514} />
        )}
      </Frame>,
      { locale: 'de-DE' },
    );
    await screen.findAllByRole('radio');
    const frame = screen.getByTestId('frame');
    expect(frame.scrollWidth).toBeLessThanOrEqual(width);
    const right = frame.getBoundingClientRect().right;
    for (const element of frame.querySelectorAll<HTMLElement>('.esim-root, .esim-root *:not(.esim-visually-hidden)')) {
      expect(element.getBoundingClientRect().right).toBeLessThanOrEqual(right + 0.5);
    }
  });

  it('marks the selected card and keeps the struck original visibly struck', async () => {
    renderWithEsim(<PlanPicker productId={712} defaultValue={5511} />);
    const radio = await screen.findByRole('radio', { name: /^1 GB · 7 days/ });
    const selected = getComputedStyle(card(radio));
    const other = getComputedStyle(card(screen.getByRole('radio', { name: /^5 GB · 30 days/ })));
    expect(selected.backgroundColor).not.toBe(other.backgroundColor);
    expect(getComputedStyle(card(radio).querySelector('s')!).textDecorationLine).toContain('line-through');
    // The "Was $4.50" text is for screen readers only.
    expect(card(radio).querySelector('.esim-visually-hidden')!.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });

  it('centres the plan details summary in its box: no empty band under it, closed or in its focus ring', async () => {
    renderWithEsim(<PlanPicker productId={712} defaultValue={5512} />);
    const summary = (await screen.findByText(/^Plan details/)).closest('summary')!;
    const box = summary.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(summary);
    const text = range.getBoundingClientRect();
    // As much room above the text as below it (2 px for the font's ascent and descent), and no taller than a touch target.
    expect(Math.abs(text.top - box.top - (box.bottom - text.bottom))).toBeLessThanOrEqual(2);
    expect(box.height).toBeLessThanOrEqual(Math.max(44, text.height + 2 * 0.6 * 16) + 0.5);
  });
});
