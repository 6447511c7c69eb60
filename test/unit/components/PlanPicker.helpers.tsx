import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { ReactElement } from 'react';
import { PlanPicker } from '../../../src/components/PlanPicker/index.js';
import { createEsimHandlers, usdCatalogue, type MockCatalogue, type MockVariant } from '../../../src/mocks/index.js';
import { server } from '../../msw-server.js';
import { renderWithEsim } from '../../utils.js';

export const JAPAN = usdCatalogue.products.find((product) => product.id === 712)!;
export const japanVariant = (id: number) => JAPAN.variants.find((v) => v.id === id)!;
export const withJapanPlans = (variants: readonly MockVariant[]): MockCatalogue => ({ products: [{ ...JAPAN, variants }] });
export const serveCatalogue = (catalogue: MockCatalogue) => server.use(...createEsimHandlers({ catalogue }));

type Setup = Parameters<typeof renderWithEsim>[1];

/** Provider setup for hooks rendered alone. */
export const hookSetup = (locale = 'en-US') => ({ locale });

export function renderPicker(ui: ReactElement = <PlanPicker productId={712} />, setup: Setup = {}) {
  const user = userEvent.setup();
  return { user, ...renderWithEsim(ui, { ...hookSetup(setup.locale), ...setup }) };
}

/** Renders and waits for the plans. */
export async function renderPlans(ui: ReactElement = <PlanPicker productId={712} />, locale?: string) {
  const result = renderPicker(ui, locale ? { locale } : {});
  await screen.findAllByRole('radio');
  return result;
}

export const radio = (name: RegExp | string) => screen.getByRole('radio', { name: typeof name === 'string' ? new RegExp(name) : name });
export const card = (name: RegExp | string) => radio(name).closest('label')!;
/** The radio of plan `id`, whatever the locale names it. */
export const radioOf = (id: number) => document.querySelector<HTMLInputElement>(`input[type="radio"][value="${id}"]`)!;
/** The card of plan `id`, whatever the locale names it. */
export const cardOf = (id: number) => radioOf(id).closest('label')!;
export const order = () => screen.getAllByRole('radio').map((r) => Number((r as HTMLInputElement).value));

/** Answers `GET /variants/:id` with `body(id)` and records each id asked for. */
export function serveVariantDetails(body: (id: number) => Record<string, unknown>) {
  const asked: number[] = [];
  server.use(
    http.get('*/api/v1/esim/variants/:id', ({ params }) => {
      const id = Number(params.id);
      asked.push(id);
      return HttpResponse.json(body(id));
    }),
  );
  return asked;
}

/** The loading part's live region (the picker has others: what arrived, why a chosen plan went). */
export const loadingStatus = () => within(document.querySelector<HTMLElement>('.esim-PlanPicker-loading')!).getByRole('status');
