import { screen } from '@testing-library/react';
import { PlanPicker } from '../../src/components/PlanPicker/index.js';
import ar from '../../src/locales/ar.js';
import he from '../../src/locales/he.js';
import { createEsimHandlers, usdCatalogue, type MockCatalogue } from '../../src/mocks/index.js';
import { worker } from '../setup/browser.js';
import { renderWithEsim } from '../utils.js';
import '../../src/styles.css';

const JAPAN = usdCatalogue.products.find((product) => product.id === 712)!;
/** Japan with 0.5, 1, 2 and 20 GB plans: Hebrew writes one amount ("one": 1 and 0.5) unit first, the others number first. */
const sizes: MockCatalogue = {
  products: [{ ...JAPAN, variants: [0.5, 1, 2, 20].map((gb, i) => ({ ...JAPAN.variants[i]!, data_amount_gb: gb })) }],
};

/** Where Chromium draws the first occurrence of `text` inside `element` (one text node). */
function drawn(element: Element, text: string): DOMRect {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + text.length);
    return range.getBoundingClientRect();
  }
  throw new Error(`“${text}” is not in ${element.textContent}`);
}

const headlines = () => [...document.querySelectorAll('.esim-PlanPicker-headline')];

describe('Data amounts in right-to-left pages, in Chromium', () => {
  it.each([0.5, 1, 2, 20])('Hebrew draws %s GB as the number then “GB”, never “GB1”', async (gb) => {
    worker.use(...createEsimHandlers({ catalogue: sizes }));
    renderWithEsim(<PlanPicker productId={712} />, { locale: 'he', messages: he });
    await screen.findAllByRole('radio');
    const number = new Intl.NumberFormat('he').format(gb);
    const headline = headlines().find((element) => element.textContent!.includes(`${number}\u2069`) || element.textContent!.includes(`${number} `))!;
    expect(headline, `no headline for ${gb} GB`).toBeDefined();
    // "GB" is Latin, read left to right: the amount reads "1GB" / "20 GB", as everywhere else on the card.
    expect(drawn(headline, number).right).toBeLessThanOrEqual(drawn(headline, 'GB').left + 0.5);
  });

  it('Arabic draws each amount with the number first in its reading order (right of the unit)', async () => {
    worker.use(...createEsimHandlers({ catalogue: sizes }));
    renderWithEsim(<PlanPicker productId={712} />, { locale: 'ar', messages: ar });
    await screen.findAllByRole('radio');
    const unit = new Intl.NumberFormat('ar', { style: 'unit', unit: 'gigabyte' }).formatToParts(1).find((part) => part.type === 'unit')!.value;
    expect(headlines()).toHaveLength(4);
    for (const [i, headline] of headlines().entries()) {
      const number = new Intl.NumberFormat('ar').format([0.5, 1, 2, 20][i]!);
      expect(drawn(headline, number).left, headline.textContent!).toBeGreaterThanOrEqual(drawn(headline, unit).right - 0.5);
    }
  });
});
