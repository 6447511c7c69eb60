import { screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { page } from 'vitest/browser';
import { PlanPicker } from '../../src/components/PlanPicker/index.js';
import type { Messages } from '../../src/i18n/messages.js';
import ar from '../../src/locales/ar.js';
import de from '../../src/locales/de.js';
import { createEsimHandlers, usdCatalogue, type MockCatalogue } from '../../src/mocks/index.js';
import { worker } from '../setup/browser.js';
import { renderWithEsim } from '../utils.js';
import '../../src/styles.css';

/** A 320 px phone, with the page's usual 1rem margin: 288 px for the component. */
const Phone = ({ children }: { children: ReactNode }) => <div style={{ padding: '1rem' }}>{children}</div>;

const JAPAN = usdCatalogue.products.find((product) => product.id === 712)!;
/** Japan's five plans (1, 5, 10, 20 GB and unlimited) in a currency of long prices, each 5 % off: every card has a saving, one the best-value badge. */
const priced = (currency: string, amounts: readonly number[]): MockCatalogue => ({
  products: [
    {
      ...JAPAN,
      currency_code: currency,
      variants: JAPAN.variants.map((variant, i) => ({ ...variant, currency_code: currency, amount: amounts[i]!, client_discount: 5 })),
    },
  ],
});

const CATALOGUES = {
  // Rp 1.234.567: Intl gives IDR two decimals, the money layer none.
  IDR: priced('IDR', [74_500, 1_234_567, 2_345_678.9, 3_456_789, 5_678_901]),
  VND: priced('VND', [112_000, 1_234_567, 2_345_678, 4_567_890, 9_876_543]),
  // Three decimals.
  KWD: priced('KWD', [1.375, 3.456, 5.789, 9.125, 12.345]),
};
const LOCALES: Record<string, { locale: string; messages?: Messages }> = {
  English: { locale: 'en-US' },
  German: { locale: 'de-DE', messages: de },
  Arabic: { locale: 'ar', messages: ar },
};

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/**
 * Each word, number and price of `root` that Chromium draws on more than one line: text between ordinary spaces
 * (a no-break space keeps "Rp 1.234.567" one token); a line may end after a hyphen ("Data-" "only").
 */
function brokenTokens(root: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement!.closest('.esim-visually-hidden')) continue;
    for (const match of node.textContent!.matchAll(/[^ \n\t\u2066-\u2069-]+-?/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
      // One line: every piece of the token shares a band of the line (bidi runs of one line may differ in height).
      if (rects.length && Math.max(...rects.map((r) => r.top)) >= Math.min(...rects.map((r) => r.bottom)) - 1) broken.push(match[0]);
    }
  }
  return broken;
}

const PIECES = ['radio', 'headline', 'name', 'best-value', 'description', 'per-gb', 'per-day', 'price', 'original', 'badge', 'saving'];

describe('Plan cards at 320 px with long prices, in Chromium', () => {
  beforeEach(async () => {
    await page.viewport(320, 800);
  });

  for (const [currency, catalogue] of Object.entries(CATALOGUES)) {
    it.each(Object.entries(LOCALES))(`${currency} in %s: no price, number or word broken, nothing overlaps, nothing scrolls sideways`, async (_, setup) => {
      worker.use(...createEsimHandlers({ catalogue }));
      renderWithEsim(<Phone><PlanPicker productId={712} /></Phone>, setup);
      await screen.findAllByRole('radio');
      const cards = [...document.querySelectorAll<HTMLElement>('.esim-PlanPicker-option')];
      expect(cards).toHaveLength(5);
      expect(document.querySelector('.esim-PlanPicker-best-value')).not.toBeNull();
      for (const card of cards) {
        const label = card.querySelector('.esim-PlanPicker-headline')!.textContent;
        expect(brokenTokens(card), label!).toEqual([]);
        const pieces = PIECES.flatMap((part) => [...card.querySelectorAll(`.esim-PlanPicker-${part}`)]);
        const boxes = pieces.map((piece) => ({ part: piece.className, box: piece.getBoundingClientRect() }));
        const outer = card.getBoundingClientRect();
        for (const [i, a] of boxes.entries()) {
          // Inside the card…
          expect(a.box.left, `${label} ${a.part}`).toBeGreaterThanOrEqual(outer.left);
          expect(a.box.right, `${label} ${a.part}`).toBeLessThanOrEqual(outer.right);
          // …and off every other piece ("Preistipp" off the saving line).
          for (const b of boxes.slice(i + 1)) expect(overlaps(a.box, b.box), `${label}: ${a.part} over ${b.part}`).toBe(false);
        }
        expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
      }
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    });
  }
});
