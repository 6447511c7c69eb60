import { screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { page, userEvent } from 'vitest/browser';
import { CountryList } from '../../src/components/CountryList/index.js';
import { EsimPicker } from '../../src/components/EsimPicker/index.js';
import { PlanPicker } from '../../src/components/PlanPicker/index.js';
import de from '../../src/locales/de.js';
import { createEsimHandlers, eurCatalogue } from '../../src/mocks/index.js';
import { worker } from '../setup/browser.js';
import { renderWithEsim } from '../utils.js';
import '../../src/styles.css';

/** A 320 px phone, with the page's usual 1rem margin (Storybook's padded layout): 288 px for the component. */
const Phone = ({ children }: { children: ReactNode }) => <div style={{ padding: '1rem' }}>{children}</div>;

const GERMAN = { locale: 'de-DE', messages: de };

beforeEach(async () => {
  await page.viewport(320, 800);
});

/** The box inside the field's padding and border, where the typed text is drawn. */
function textBox(input: HTMLElement) {
  const box = input.getBoundingClientRect();
  const style = getComputedStyle(input);
  const px = (property: string) => parseFloat(style.getPropertyValue(property));
  return {
    left: box.left + px('border-left-width') + px('padding-left'),
    right: box.right - px('border-right-width') - px('padding-right'),
    top: box.top + px('border-top-width') + px('padding-top'),
    bottom: box.bottom - px('border-bottom-width') - px('padding-bottom'),
  };
}

const overlaps = (a: { left: number; right: number; top: number; bottom: number }, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('At 320 px, in Chromium', () => {
  it.each([
    ['English', {}, 'Clear search'],
    ['German', GERMAN, 'Suche löschen'],
  ])('keeps the search field where it is when the clear button appears (%s)', async (_, setup, clearName) => {
    renderWithEsim(<Phone><CountryList /></Phone>, setup);
    await screen.findAllByRole('option');
    const input = screen.getByRole('combobox');
    const before = input.getBoundingClientRect();

    await userEvent.type(input, 'a');
    const clear = await screen.findByRole('button', { name: clearName });

    const after = input.getBoundingClientRect();
    expect(after.top).toBe(before.top);
    expect(after.height).toBe(before.height);
    // The button stays visible and off the typed text; nothing scrolls sideways.
    expect(clear).toBeVisible();
    expect(overlaps(textBox(input), clear.getBoundingClientRect())).toBe(false);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  });

  it.each([
    ['PlanPicker', <PlanPicker productId={712} />],
    ['EsimPicker', <EsimPicker initialProductId={712} />],
  ])("does not break 'Unbegrenzt' inside the word on the German unlimited plan (%s)", async (_, picker) => {
    worker.use(...createEsimHandlers({ catalogue: eurCatalogue }));
    renderWithEsim(<Phone>{picker}</Phone>, GERMAN);
    const radio = await screen.findByRole('radio', { name: /^Unbegrenzt\s·\s15\sTage/ });
    const card = radio.closest('label')!;
    const headline = card.querySelector('.esim-PlanPicker-headline')!;
    const text = [...headline.childNodes].find((node) => node.textContent?.includes('Unbegrenzt'))!;
    const word = document.createRange();
    word.setStart(text, text.textContent!.indexOf('Unbegrenzt'));
    word.setEnd(text, text.textContent!.indexOf('Unbegrenzt') + 'Unbegrenzt'.length);

    // One box, on one line: the word is whole.
    await expect.poll(() => word.getClientRects().length).toBe(1);
    // And it neither spills out of its column nor under the price.
    const info = card.querySelector('.esim-PlanPicker-info')!.getBoundingClientRect();
    const pricing = card.querySelector('.esim-PlanPicker-pricing')!.getBoundingClientRect();
    const box = word.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(info.left - 0.5);
    expect(box.right).toBeLessThanOrEqual(info.right + 0.5);
    expect(info.right).toBeLessThanOrEqual(pricing.left);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  });
});
