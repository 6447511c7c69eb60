import { onlineManager } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { cdp, page, userEvent } from 'vitest/browser';
import { CountryList } from '../../src/components/CountryList/index.js';
import { renderWithEsim } from '../utils.js';
import '../../src/styles.css';

/** A finger on the screen, through Chromium's touch input (the test runs in an iframe of the page CDP drives). */
async function touch(points: { x: number; y: number }[]) {
  const frame = window.frameElement?.getBoundingClientRect() ?? { x: 0, y: 0 };
  const at = ({ x, y }: { x: number; y: number }) => [{ x: frame.x + x, y: frame.y + y }];
  const session = cdp();
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(points[0]!) });
  for (const point of points.slice(1)) await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(point) });
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** The active option is rendered and lies fully inside the list's visible box. */
function expectActiveInList() {
  const input = screen.getByRole('combobox');
  const option = document.getElementById(input.getAttribute('aria-activedescendant') ?? '');
  expect(option).not.toBeNull();
  const list = screen.getByRole('listbox').getBoundingClientRect();
  const row = option!.getBoundingClientRect();
  expect(row.top).toBeGreaterThanOrEqual(list.top - 1);
  expect(row.bottom).toBeLessThanOrEqual(list.bottom + 1);
  return option!;
}

describe('On a phone, in Chromium', () => {
  beforeEach(async () => {
    await page.viewport(360, 640);
  });

  it('keeps the active option inside the list after the soft keyboard made the list shorter', async () => {
    renderWithEsim(<CountryList popular={[]} />);
    await screen.findAllByRole('option');
    const listbox = screen.getByRole('listbox');
    const tall = listbox.clientHeight;
    await userEvent.click(screen.getByRole('combobox'));
    // The keyboard takes the lower half of the screen: the list is at most half of what is left (50dvh).
    await page.viewport(360, 300);
    await waitFor(() => expect(listbox.clientHeight).toBeLessThan(tall));

    for (let i = 0; i < 8; i++) await userEvent.keyboard('{ArrowDown}');
    expect(expectActiveInList()).toHaveAttribute('aria-posinset', '8');
    // PageDown moves by what the traveller sees now, and still lands in view.
    await userEvent.keyboard('{PageDown}');
    expectActiveInList();
  });

  it('gives the offline message’s "Try again" a target of at least 24 × 24 px, in the picker’s font (WCAG 2.5.8)', async () => {
    onlineManager.setOnline(false);
    try {
      renderWithEsim(<CountryList />);
      const retry = await screen.findByRole('button', { name: 'Try again' });
      const box = retry.getBoundingClientRect();
      expect(box.height).toBeGreaterThanOrEqual(24);
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(getComputedStyle(retry).fontSize).toBe(getComputedStyle(screen.getByRole('combobox')).fontSize);
    } finally {
      onlineManager.setOnline(true);
    }
  });

  it('selects a destination once per tap, and not at all when a drag that starts on a row scrolls the list', async () => {
    const onSelect = vi.fn();
    renderWithEsim(<CountryList popular={[]} onSelect={onSelect} />);
    await screen.findAllByRole('option');
    await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    try {
      const listbox = screen.getByRole('listbox');
      const row = screen.getAllByRole('option')[2]!.getBoundingClientRect();
      const tap = { x: row.left + 40, y: row.top + row.height / 2 };
      await touch([tap]);
      await waitFor(() => expect(onSelect).toHaveBeenCalledTimes(1));
      const { country_code } = onSelect.mock.calls[0]![0];

      // A finger put on a row and moved up scrolls the list; lifted, it has chosen nothing.
      const box = listbox.getBoundingClientRect();
      const from = { x: box.left + 40, y: box.bottom - 30 };
      await touch(Array.from({ length: 8 }, (_, i) => ({ x: from.x, y: from.y - i * 20 })));
      await waitFor(() => expect(listbox.scrollTop).toBeGreaterThan(0));
      // A tap while the list still glides stops it rather than choosing: wait until it rests, however long that takes.
      await waitFor(async () => {
        const before = listbox.scrollTop;
        await new Promise(requestAnimationFrame);
        await new Promise(requestAnimationFrame);
        expect(listbox.scrollTop).toBe(before);
      });
      // Said here, not left to the count after the next tap: a drag's selection and the tap's may land in either order.
      expect(onSelect).toHaveBeenCalledTimes(1);
      // The tap after it is heard, so the drag's silence is not a lost event.
      await touch([tap]);
      await waitFor(() => expect(onSelect).toHaveBeenCalledTimes(2));
      expect(onSelect.mock.calls[1]![0].country_code).not.toBe(country_code);
    } finally {
      await cdp().send('Emulation.setTouchEmulationEnabled', { enabled: false });
    }
  });

});
