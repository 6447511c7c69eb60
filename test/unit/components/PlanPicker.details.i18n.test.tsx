import { waitFor } from '@testing-library/react';
import { PlanPicker } from '../../../src/components/PlanPicker/index.js';
import type { Messages } from '../../../src/i18n/messages.js';
import ar from '../../../src/locales/ar.js';
import fr from '../../../src/locales/fr.js';
import ja from '../../../src/locales/ja.js';
import zh from '../../../src/locales/zh.js';
import { japanVariant, radioOf, renderPicker, serveVariantDetails } from './PlanPicker.helpers.js';

const detailsOf = (id: number) => ({ ...japanVariant(id), regions: ['ITA', 'FRA', 'DEU'], note: 'Hello' });

/** Chooses the 5 GB plan in `locale` and waits for its details. */
async function openDetails(locale: string, messages: Messages) {
  serveVariantDetails(detailsOf);
  const { user, container, findAllByRole } = renderPicker(<PlanPicker productId={712} />, { locale, messages });
  await findAllByRole('radio');
  await user.click(radioOf(5512));
  const details = container.querySelector('details')!;
  await waitFor(() => expect(details).toHaveAttribute('data-state', 'ready'));
  const text = (selector: string) => details.querySelector(selector)!.textContent!;
  return { summary: text('summary'), coverage: text('.esim-PlanPicker-coverage'), fact: text('.esim-PlanPicker-fact') };
}

describe('PlanPicker details: a label and its value in the language’s punctuation', () => {
  it.each([
    // French: a no-break space before the colon; Japanese and Chinese: a full-width colon, no space.
    ['fr-FR', fr, 'Détails du forfait\u00a0: ', 'Couvre 3 pays\u00a0: ', 'Note\u00a0: Hello'],
    ['ja-JP', ja, 'プランの詳細：', '3か国で利用可能：', 'Note：Hello'],
    ['zh-CN', zh, '套餐详情：', '覆盖 3 个国家和地区：', 'Note：Hello'],
  ])('%s', async (locale, messages, summary, coverage, fact) => {
    const shown = await openDetails(locale, messages);
    expect(shown.summary.startsWith(summary), shown.summary).toBe(true);
    expect(shown.coverage.startsWith(coverage), shown.coverage).toBe(true);
    expect(shown.fact).toBe(fact);
    for (const text of Object.values(shown)) expect(text).not.toMatch(/[^\u00a0]: /);
  });

  it('keeps the Arabic colon after the label, with no stray isolation marks around the parts', async () => {
    const shown = await openDetails('ar', ar);
    expect(shown.summary.startsWith('تفاصيل الباقة: ')).toBe(true);
    expect(shown.coverage.startsWith('تغطي ')).toBe(true);
    expect(shown.coverage).toContain(': ');
    expect(shown.fact).toBe('Note: Hello');
  });
});
