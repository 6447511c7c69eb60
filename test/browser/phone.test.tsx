import { onlineManager } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import { CountryList } from '../../src/components/CountryList/index.js';
import { renderWithEsim } from '../utils.js';
import '../../src/styles.css';

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
});
