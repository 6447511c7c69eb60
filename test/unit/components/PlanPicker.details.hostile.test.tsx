// GET /variants/:id as a hostile or broken server may send it: nothing in it becomes a link, markup or a new
// prototype, it costs the page only what the disclosure can show, and the rest of the picker keeps working.
import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { Variant } from '../../../src/api/schemas.js';
import { planDetails } from '../../../src/components/PlanPicker/details.js';
import { PlanPicker } from '../../../src/components/PlanPicker/index.js';
import { compileMessages } from '../../../src/i18n/compile.js';
import { server } from '../../msw-server.js';
import { japanVariant, radio, renderPlans } from './PlanPicker.helpers.js';

/** The plan's record with `extra` JSON fields written in after its own, as raw text: `"__proto__"` stays an own key. */
const rawDetail = (id: number, extra: string) => `${JSON.stringify(japanVariant(id)).slice(0, -1)},${extra}}`;

const HOSTILE = [
  '"__proto__": { "amount": 0.01, "polluted": "yes" }',
  '"constructor": { "prototype": { "polluted": "yes" }, "name": "Evil" }',
  '"prototype": "p"',
  '"extended": { "__proto__": { "hotspot": true }, "constructor": "c", "network_type": "5G" }',
  '"<img src=x onerror=alert(1)>": "<a href=\\"javascript:alert(1)\\">Pay</a>"',
  '"terms": "javascript:alert(1)"',
  '"logo": "data:text/html,<script>alert(1)</script>"',
  `"bands": [${Array.from({ length: 10_000 }, (_, i) => i).join(',')}]`,
  `"blob": "${'x'.repeat(1_000_000)}"`,
  `"${'k'.repeat(5_000)}": "long key"`,
  '"huge": 1e308, "tiny": -1e308, "nan": "NaN"',
  `"deep": ${'{"a":'.repeat(1_000)}1${'}'.repeat(1_000)}`,
].join(',');

describe('PlanPicker plan details from a hostile server', () => {
  it('shows its fields as bounded text, skips what no one can read, and leaves the plans working', async () => {
    server.use(
      http.get('*/api/v1/esim/variants/:id', ({ params }) =>
        new HttpResponse(rawDetail(Number(params.id), HOSTILE), { headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    const onChange = vi.fn();
    const { user, container } = await renderPlans(<PlanPicker productId={712} onChange={onChange} />);
    await user.click(radio('^5 GB · 30 days'));
    const details = container.querySelector('details')!;
    await waitFor(() => expect(details).toHaveAttribute('data-state', 'ready'));
    const facts = [...details.querySelectorAll('.esim-PlanPicker-fact')].map((fact) => fact.textContent);
    expect(facts).toEqual([
      'Name: Evil',
      'Prototype: p',
      'Constructor: c',
      'Network type: 5G',
      '<img src=x onerror=alert(1)>: <a href="javascript:alert(1)">Pay</a>',
      'Terms: javascript:alert(1)',
      'Logo: data:text/html,<script>alert(1)</script>',
      `Bands: ${Array.from({ length: 200 }, (_, i) => i).join(', ').slice(0, 160)}`,
      `Blob: ${'x'.repeat(160)}`,
      'Nan: NaN',
    ]);
    // Text stays text: no link, image, script or frame came of it.
    expect(details.querySelector('a, img, script, iframe, [href], [src]')).toBeNull();
    // The price is the plan's own ($14.90 less 5 %), never one the record's "__proto__" carried.
    expect(radio('^5 GB · 30 days')).toHaveAccessibleName(expect.stringContaining('$14.16'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    await user.click(radio('^1 GB · 7 days'));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ orderAmount: 4.5 }));
    expect(screen.getByRole('radio', { checked: true })).toBe(radio('^1 GB · 7 days'));
  });

  it('reads a detail with a million list items, 100,000 fields or a million regions only as far as it can show', () => {
    let reads = 0;
    /** `target` counting each read of one of its entries. */
    const counted = <T extends object>(target: T): T =>
      new Proxy(target, {
        get: (object, key, receiver) => {
          if (typeof key === 'string' && key !== 'length' && key !== 'constructor') reads++;
          return Reflect.get(object, key, receiver) as unknown;
        },
      });
    const fields = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`field_${i}`, i]));
    const variant = {
      ...japanVariant(5512),
      client_discount: 5,
      bands: counted(Array.from({ length: 1_000_000 }, (_, i) => i)),
      extended: counted(fields),
      regions: counted(Array.from({ length: 1_000_000 }, () => 'JPN')),
    } as Variant;
    const details = planDetails(variant, 'en-US', compileMessages(undefined, 'en-US'));
    expect(details.coverage).toEqual(['Japan']);
    expect(details.facts).toHaveLength(20);
    expect(details.facts[0]!.value).toHaveLength(160);
    expect(reads).toBeLessThan(1_000);
  });

  it('does not let duplicates, region codes or empty items use up the countries and list items it shows', () => {
    const variant = {
      ...japanVariant(5512),
      // 400 copies of one code, then codes that are no country, then two more countries.
      regions: [...Array.from({ length: 400 }, () => 'JPN'), 'GLO', 'XEU', 'EUROPE', '', 7, ' fra ', 'DEU'],
      bands: [...Array.from({ length: 200 }, () => ({})), '', null, 'B1', 'B3'],
    } as unknown as Variant;
    const details = planDetails(variant, 'en-US', compileMessages(undefined, 'en-US'));
    expect(details.coverage).toEqual(['France', 'Germany', 'Japan']);
    expect(details.facts).toEqual([expect.objectContaining({ label: 'Bands', value: 'B1, B3' })]);
  });
});
