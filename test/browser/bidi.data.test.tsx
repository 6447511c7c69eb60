// Text from the API that carries direction controls (U+202E RIGHT-TO-LEFT OVERRIDE, a stray U+2069 POP
// DIRECTIONAL ISOLATE that would close an isolate around it) never reorders what the picker writes beside it.
import { screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { CountryList } from '../../src/components/CountryList/index.js';
import { PlanPicker } from '../../src/components/PlanPicker/index.js';
import ja from '../../src/locales/ja.js';
import { createEsimHandlers, usdCatalogue, type MockCatalogue } from '../../src/mocks/index.js';
import { worker } from '../setup/browser.js';
import { renderWithEsim } from '../utils.js';
import '../../src/styles.css';

const JAPAN = usdCatalogue.products.find((product) => product.id === 712)!;
const SPOOF = '\u2069\u202e';

/** Where Chromium draws each character of the first occurrence of `text` inside `element` (one text node). */
function drawnChars(element: Element, text: string): DOMRect[] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(text);
    if (at < 0) continue;
    return [...text].map((_, i) => {
      const range = document.createRange();
      range.setStart(node, at + i);
      range.setEnd(node, at + i + 1);
      return range.getBoundingClientRect();
    });
  }
  throw new Error(`“${text}” is not in ${element.textContent}`);
}

const drawn = (element: Element, text: string): DOMRect => {
  const chars = drawnChars(element, text);
  return new DOMRect(Math.min(...chars.map((c) => c.left)), chars[0]!.top, Math.max(...chars.map((c) => c.right)) - Math.min(...chars.map((c) => c.left)), chars[0]!.height);
};

/** Whether `text` is drawn left to right as written (spaces aside): each character left of the next. */
const inOrder = (element: Element, text: string) =>
  drawnChars(element, text)
    .filter((_, i) => text[i] !== ' ')
    .every((rect, i, rects) => i === 0 || rects[i - 1]!.left < rect.left);

describe('Direction controls in API text, in Chromium', () => {
  it('a plan’s name and description move neither its price nor its discount', async () => {
    const [plan] = JAPAN.variants;
    const catalogue: MockCatalogue = {
      products: [{ ...JAPAN, variants: [{ ...plan!, name: `${SPOOF}Japan 5G Max`, description: `\u2066${SPOOF}Fast`, amount: 4.5, client_discount: 5 }] }],
    };
    worker.use(...createEsimHandlers({ catalogue }));
    renderWithEsim(<PlanPicker productId={712} />, { locale: 'en-US' });
    const card = (await screen.findByRole('radio')).closest('label')!;
    expect(card.querySelector('.esim-PlanPicker-name')).toHaveTextContent('Japan 5G Max');
    expect(inOrder(card.querySelector('.esim-PlanPicker-price')!, '$4.28')).toBe(true);
    expect(inOrder(card.querySelector('.esim-PlanPicker-original')!, '$4.50')).toBe(true);
    expect(inOrder(card.querySelector('.esim-PlanPicker-badge')!, '5% off')).toBe(true);
  });

  it('a field name or value in the plan details moves neither the locale’s colon nor the other part', async () => {
    worker.use(
      http.get('*/api/v1/esim/variants/:id', ({ params }) =>
        HttpResponse.json({ ...JAPAN.variants.find((v) => v.id === Number(params.id))!, [`${SPOOF}carrier`]: 'KDDI', speed: `${SPOOF}fast` }),
      ),
    );
    renderWithEsim(<PlanPicker productId={712} />, { locale: 'en-US' });
    await userEvent.click((await screen.findAllByRole('radio'))[0]!);
    const details = document.querySelector('details')!;
    details.open = true;
    await waitFor(() => expect(details).toHaveAttribute('data-state', 'ready'));
    const [carrier, speed] = details.querySelectorAll('.esim-PlanPicker-fact');
    expect(carrier).toHaveTextContent('carrier: KDDI');
    // Label, colon, value from left to right, however the label's own letters are drawn.
    expect(drawn(carrier!, ':').left).toBeGreaterThanOrEqual(drawn(carrier!, 'carrier').right - 0.5);
    expect(drawn(carrier!, 'KDDI').left).toBeGreaterThan(drawn(carrier!, ':').left);
    expect(inOrder(carrier!, 'KDDI')).toBe(true);
    expect(drawn(speed!, ':').left).toBeGreaterThan(drawn(speed!, 'Speed').right - 0.5);
    expect(drawn(speed!, ':').right).toBeLessThanOrEqual(drawn(speed!, 'fast').left + 0.5);
  });

  it('a destination’s name keeps the words after it in the plans’ heading in order (Japanese)', async () => {
    const catalogue: MockCatalogue = { products: [{ ...JAPAN, country_code: 'ZZZ', name: `${SPOOF}Island` }] };
    worker.use(...createEsimHandlers({ catalogue }));
    renderWithEsim(<PlanPicker productId={712} />, { locale: 'ja', messages: ja });
    await screen.findAllByRole('radio');
    const legend = document.querySelector('legend')!;
    expect(legend).toHaveTextContent('Islandのデータプラン');
    expect(inOrder(legend, 'Islandのデータプラン')).toBe(true);
  });

  it('a destination’s name in the list keeps what the product’s name adds after it, in order', async () => {
    const catalogue: MockCatalogue = { products: [{ ...JAPAN, id: 9001, country_code: 'ZZZ', name: `Island${SPOOF} eSIM — Hopper Pass` }] };
    worker.use(...createEsimHandlers({ catalogue }));
    renderWithEsim(<CountryList />, { locale: 'en-US' });
    const row = await screen.findByRole('option');
    expect(row.querySelector('.esim-CountryList-option-detail')).toHaveTextContent('Hopper Pass');
    expect(inOrder(row, 'Hopper Pass')).toBe(true);
    expect(drawn(row, 'Hopper').left).toBeGreaterThan(drawn(row, 'Island').right);
  });

  it('a plan detail of 160 unbroken characters wraps inside a 320 px phone instead of widening the page', async () => {
    const { page } = await import('vitest/browser');
    await page.viewport(320, 800);
    worker.use(
      http.get('*/api/v1/esim/variants/:id', ({ params }) =>
        HttpResponse.json({ ...JAPAN.variants.find((v) => v.id === Number(params.id))!, apn: 'x'.repeat(160) }),
      ),
    );
    renderWithEsim(<div style={{ padding: '1rem' }}><PlanPicker productId={712} /></div>, { locale: 'en-US' });
    await userEvent.click((await screen.findAllByRole('radio'))[0]!);
    const details = document.querySelector('details')!;
    details.open = true;
    await waitFor(() => expect(details).toHaveAttribute('data-state', 'ready'));
    expect(details.querySelector('.esim-PlanPicker-fact')).toHaveTextContent('x'.repeat(160));
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  });
});
