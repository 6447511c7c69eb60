import { waitFor } from '@testing-library/react';
import { PlanPicker } from '../../../src/components/PlanPicker/index.js';
import type { Messages } from '../../../src/i18n/messages.js';
import ar from '../../../src/locales/ar.js';
import de from '../../../src/locales/de.js';
import en from '../../../src/locales/en.js';
import fr from '../../../src/locales/fr.js';
import ja from '../../../src/locales/ja.js';
import zh from '../../../src/locales/zh.js';
import { japanVariant, radioOf, renderPicker, serveVariantDetails } from './PlanPicker.helpers.js';

const detailsOf = (id: number) => ({ ...japanVariant(id), regions: ['ITA', 'FRA', 'DEU'], note: 'Hello' });

/** Chooses the 5 GB plan in `locale` and waits for its details. */
async function openDetails(locale: string, messages: Messages, body: (id: number) => Record<string, unknown> = detailsOf) {
  serveVariantDetails(body);
  const { user, container, findAllByRole } = renderPicker(<PlanPicker productId={712} />, { locale, messages });
  await findAllByRole('radio');
  await user.click(radioOf(5512));
  const details = container.querySelector('details')!;
  await waitFor(() => expect(details).toHaveAttribute('data-state', 'ready'));
  const text = (selector: string) => details.querySelector(selector)!.textContent!;
  const facts = [...details.querySelectorAll('.esim-PlanPicker-fact')].map((fact) => fact.textContent);
  return { summary: text('summary'), coverage: text('.esim-PlanPicker-coverage'), fact: text('.esim-PlanPicker-fact'), facts };
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
    for (const text of [shown.summary, shown.coverage, shown.fact]) expect(text).not.toMatch(/[^\u00a0]: /);
  });

  it('keeps the Arabic colon after the label, with no stray isolation marks around the parts', async () => {
    const shown = await openDetails('ar', ar);
    expect(shown.summary.startsWith('تفاصيل الباقة: ')).toBe(true);
    expect(shown.coverage.startsWith('تغطي ')).toBe(true);
    expect(shown.coverage).toContain(': ');
    expect(shown.fact).toBe('Note: Hello');
  });
});

describe('PlanPicker details: the facts the API sends, in the page’s language', () => {
  // As the mock API sends them (network_type, hotspot, activation_policy, top_up), one identifier value nested
  // as the API may nest it, and a field nobody knows.
  const facts = (id: number) => ({
    ...japanVariant(id),
    regions: ['JPN'],
    network_type: '4G/LTE',
    hotspot: true,
    activation_policy: 'On arrival at the destination',
    top_up: false,
    extended: { activation_policy: 'first_connection' },
    data_cap_policy: 'fair_use',
  });

  it.each([
    ['en-US', en, ['Network type: 4G/LTE', 'Hotspot: Yes', 'Activation: On arrival', 'Top-up: No', 'Activation: On first connection']],
    ['de-DE', de, ['Netztyp: 4G/LTE', 'Hotspot-Nutzung: Ja', 'Aktivierung: Bei Ankunft', 'Aufladbar: Nein', 'Aktivierung: Bei der ersten Verbindung']],
    ['fr-FR', fr, ['Type de réseau\u00a0: 4G/LTE', 'Partage de connexion\u00a0: Oui', 'Activation\u00a0: À l’arrivée', 'Rechargeable\u00a0: Non', 'Activation\u00a0: À la première connexion']],
    ['ja-JP', ja, ['通信方式：4G/LTE', 'テザリング：はい', '利用開始：現地到着時', '追加チャージ：いいえ', '利用開始：初回接続時']],
    ['ar', ar, ['نوع الشبكة: 4G/LTE', 'نقطة الاتصال: نعم', 'التفعيل: عند الوصول', 'إعادة الشحن: لا', 'التفعيل: عند أول اتصال']],
  ])('%s: known labels and activation values are translated; an unknown field still shows its own name', async (locale, messages, known) => {
    const shown = await openDetails(locale, messages as Messages, facts);
    const unknown = locale === 'fr-FR' ? 'Data cap policy\u00a0: Fair use' : locale === 'ja-JP' ? 'Data cap policy：Fair use' : 'Data cap policy: Fair use';
    expect(shown.facts).toEqual([...known, unknown]);
  });
});
