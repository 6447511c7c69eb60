import { screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { cdp, userEvent } from 'vitest/browser';
import { PlanPicker } from '../../src/components/PlanPicker/index.js';
import { createEsimHandlers, usdCatalogue, type MockCatalogue } from '../../src/mocks/index.js';
import { worker } from '../setup/browser.js';
import { renderWithEsim } from '../utils.js';
import '../../src/styles.css';

const JAPAN = usdCatalogue.products.find((product) => product.id === 712)!;
/** Japan with names and descriptions of every length, so cards differ in height. */
const uneven: MockCatalogue = {
  products: [
    {
      ...JAPAN,
      variants: JAPAN.variants.map((v, i) =>
        i === 1 ? { ...v, name: 'Japan Business Traveller Premium 5G Max with local number 5 GB / 30 days', description: 'Long text '.repeat(12) } : v,
      ),
    },
  ],
};

const Frame = ({ width, children }: { width: number; children: ReactNode }) => <div style={{ width }}>{children}</div>;
const cards = () => [...document.querySelectorAll<HTMLElement>('.esim-PlanPicker-option')];
const rect = (element: Element | null) => element!.getBoundingClientRect();

describe('PlanPicker cards, in Chromium', () => {
  it.each([480, 320])('puts the price in one column at the top of every card at %i px', async (width) => {
    worker.use(...createEsimHandlers({ catalogue: uneven }));
    renderWithEsim(<Frame width={width}><PlanPicker productId={712} /></Frame>);
    await screen.findAllByRole('radio');
    const prices = cards().map((card) => ({ card: rect(card), price: rect(card.querySelector('.esim-PlanPicker-pricing')) }));
    expect(prices.length).toBe(5);
    const heights = new Set(prices.map(({ card }) => Math.round(card.height)));
    expect(heights.size).toBeGreaterThan(1);
    for (const { card, price } of prices) {
      expect(price.left).toBeCloseTo(prices[0]!.price.left, 0);
      expect(price.right).toBeCloseTo(prices[0]!.price.right, 0);
      expect(price.top - card.top).toBeCloseTo(prices[0]!.price.top - prices[0]!.card.top, 0);
    }
  });

  it('puts the price column on the left in Arabic', async () => {
    renderWithEsim(<Frame width={480}><PlanPicker productId={712} /></Frame>, { locale: 'ar' });
    await screen.findAllByRole('radio');
    for (const card of cards()) {
      expect(rect(card.querySelector('.esim-PlanPicker-pricing')).right).toBeLessThan(rect(card.querySelector('.esim-PlanPicker-info')).left);
    }
  });

  it('shows placeholder cards as tall as the real ones, so nothing jumps', async () => {
    worker.use(...createEsimHandlers({ latencyMs: 600_000 }));
    const { unmount } = renderWithEsim(<Frame width={480}><PlanPicker productId={712} /></Frame>);
    const skeleton = await waitFor(() => rect(document.querySelector('.esim-PlanPicker-skeleton')));
    unmount();
    worker.resetHandlers();
    renderWithEsim(<Frame width={480}><PlanPicker productId={712} /></Frame>);
    await screen.findAllByRole('radio');
    const heights = cards().map((card) => rect(card).height).sort((a, b) => a - b);
    const median = heights[Math.floor(heights.length / 2)]!;
    expect(Math.abs(skeleton.height - median)).toBeLessThanOrEqual(2);
  });

  it('keeps a disabled chosen plan plain to see: not faded, radio and border in the accent colour', async () => {
    renderWithEsim(<PlanPicker productId={712} disabled defaultValue={5512} />);
    const chosen = await screen.findByRole('radio', { name: /^5 GB · 30 days/ });
    const card = chosen.closest('label')!;
    const other = screen.getByRole('radio', { name: /^10 GB · 30 days/ }).closest('label')!;
    expect(getComputedStyle(card).opacity).toBe('1');
    expect(getComputedStyle(card).borderColor).not.toBe(getComputedStyle(other).borderColor);
    const accent = getComputedStyle(card).borderColor;
    expect(getComputedStyle(chosen).borderTopColor).toBe(accent);
  });

  it('marks the chosen plan with a Highlight outline in forced colours', async () => {
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      renderWithEsim(<PlanPicker productId={712} defaultValue={5512} />);
      const chosen = (await screen.findByRole('radio', { name: /^5 GB · 30 days/ })).closest('label')!;
      const other = screen.getByRole('radio', { name: /^10 GB · 30 days/ }).closest('label')!;
      expect(matchMedia('(forced-colors: active)').matches).toBe(true);
      expect(getComputedStyle(chosen).outlineStyle).toBe('solid');
      expect(parseFloat(getComputedStyle(chosen).outlineWidth)).toBeGreaterThanOrEqual(3);
      expect(getComputedStyle(other).outlineStyle).toBe('none');
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('keeps the chosen plan in Highlight while it has keyboard focus in forced colours, apart from a focused plan not chosen', async () => {
    const session = cdp();
    await session.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      renderWithEsim(
        <>
          <span data-testid="highlight" style={{ color: 'Highlight' }} />
          <PlanPicker productId={712} />
        </>,
      );
      const first = (await screen.findAllByRole('radio'))[0]!;
      const highlight = getComputedStyle(screen.getByTestId('highlight')).color;
      // The sort, then the first plan.
      await userEvent.tab();
      await userEvent.tab();
      expect(first).toHaveFocus();
      const card = first.closest('label')!;
      // Focused, not chosen: the focus outline alone.
      await waitFor(() => expect(getComputedStyle(card).outlineStyle).toBe('solid'));
      const focusOnly = getComputedStyle(card).outlineColor;
      expect(focusOnly).not.toBe(highlight);
      await userEvent.keyboard(' ');
      await waitFor(() => expect(first).toBeChecked());
      expect(first).toHaveFocus();
      // Focused and chosen: still the chosen plan's Highlight, as thick as when it is not focused.
      expect(getComputedStyle(card).outlineColor).toBe(highlight);
      expect(parseFloat(getComputedStyle(card).outlineWidth)).toBeGreaterThanOrEqual(3);
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });
});

describe('PlanPicker and the Enter key, in Chromium', () => {
  async function pressEnterOnPlan(submitOnEnter?: boolean) {
    const submitted = vi.fn((event: SubmitEvent) => event.preventDefault());
    renderWithEsim(
      <form onSubmit={(event) => submitted(event.nativeEvent as SubmitEvent)}>
        <PlanPicker productId={712} {...(submitOnEnter === undefined ? {} : { submitOnEnter })} />
        <button type="submit">Pay</button>
      </form>,
    );
    const plan = await screen.findByRole('radio', { name: /^5 GB · 30 days/ });
    await userEvent.click(plan);
    await userEvent.keyboard('{Enter}');
    // A submit would have fired within the keypress; a click on Pay proves the form still works.
    const before = submitted.mock.calls.length;
    await userEvent.click(screen.getByRole('button', { name: 'Pay' }));
    await waitFor(() => expect(submitted).toHaveBeenCalledTimes(before + 1));
    return before;
  }

  it('submits the enclosing form natively by default', async () => {
    expect(await pressEnterOnPlan()).toBe(1);
  });

  it('does not submit with submitOnEnter={false}', async () => {
    expect(await pressEnterOnPlan(false)).toBe(0);
  });
});
