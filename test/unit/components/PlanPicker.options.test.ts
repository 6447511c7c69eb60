import type { Variant } from '../../../src/api/schemas.js';
import { planFacts, coverageNames } from '../../../src/components/PlanPicker/details.js';
import { compileMessages } from '../../../src/i18n/compile.js';
import { nameAddsInformation, planOptions, sortPlans } from '../../../src/components/PlanPicker/options.js';

const plan = (id: number, gb: number, days: number, amount: number, discount = 0, more: Partial<Variant> = {}): Variant => ({
  id,
  esim_product_id: 712,
  name: `Japan ${gb || 'Unlimited'} GB / ${days} days`,
  description: undefined,
  currency_code: 'USD',
  amount,
  data_amount_gb: gb,
  validity_days: days,
  client_discount: discount,
  ...more,
});
const byId = (variants: Variant[], locale = 'en-US') => {
  const { options, unpriced } = planOptions(variants, locale, { unlimited: 'Unlimited', noData: 'No data' }, ['Japan eSIM', 'Japan']);
  return { get: (id: number) => options.find((option) => option.variant.id === id)!, options, unpriced };
};

describe('planOptions: what a card says', () => {
  const japan = [plan(1, 1, 7, 4.5, 5), plan(2, 5, 30, 14.9, 5), plan(3, 10, 30, 22.5, 5), plan(4, 20, 30, 29.99, 7.5), plan(5, 0, 15, 34.9)];

  it('saves originalMinor − discountedMinor, exactly, and shows decimals of the percentage', () => {
    const { get } = byId(japan);
    // 29.99 at 7.5 % is 27.74075 → $27.74; the saving is 2999 − 2774 = 225 minor units.
    expect(get(4)).toMatchObject({ discount: '7.5%', saving: '$2.25', price: { discounted: '$27.74' } });
    // 4.50 at 5 % is 4.275 → $4.28 (half away from zero), so the saving is $0.22, not $0.23.
    expect(get(1)).toMatchObject({ discount: '5%', saving: '$0.22' });
    expect(get(5)).toMatchObject({ discount: undefined, saving: undefined, discounted: false });
  });

  it('never shows more discount than the plan has: the percentage is cut to two decimals, not rounded up', () => {
    const { get } = byId([plan(1, 1, 7, 100, 99.995), plan(2, 1, 7, 100, 12.345), plan(3, 1, 7, 100, 29), plan(4, 1, 7, 100, 0.29)]);
    // 100 at 99.995 % is 0.005 → $0.01: "100% off" beside a price of $0.01 would be false.
    expect(get(1)).toMatchObject({ price: { discounted: '$0.01' }, discount: '99.99%', saving: '$99.99' });
    // 100 at 12.345 % is 87.655 → $87.66, a saving of $12.34: not "12.35%".
    expect(get(2)).toMatchObject({ discount: '12.34%', saving: '$12.34' });
    // Cut from the decimal the API sent, not from 29 / 100 (0.28999… as a float).
    expect(get(3).discount).toBe('29%');
    expect(get(4).discount).toBe('0.29%');
  });

  it('gives a price per GB where it informs and a price per day for unlimited plans', () => {
    const { get } = byId(japan);
    expect(get(1).perGb).toBeUndefined();
    expect(get(2).perGb).toBe('$2.83');
    expect(get(4).perGb).toBe('$1.39');
    expect(get(5)).toMatchObject({ perGb: undefined, perDay: '$2.33', unlimited: true, data: 'Unlimited' });
    expect(byId([plan(6, 0, 1, 3)]).get(6).perDay).toBeUndefined();
    // A figure that rounds to nothing would make a paid plan look free: $1.50 for a year is $0.0041 a day,
    // $4 for 1,000 GB $0.004 per GB. No figure then, rather than "$0.00 per day".
    const tiny = byId([plan(9, 0, 365, 1.5), plan(10, 1000, 30, 4), plan(11, 5, 30, 10)]);
    expect(tiny.get(9)).toMatchObject({ price: { discounted: '$1.50' }, perDay: undefined });
    expect(tiny.get(10)).toMatchObject({ price: { discounted: '$4.00' }, perGb: undefined });
    expect(tiny.get(11).perGb).toBe('$2.00');
    const sameSize = byId([plan(7, 5, 7, 10), plan(8, 5, 30, 20)]);
    expect(sameSize.options.map((option) => option.perGb)).toEqual([undefined, undefined]);
  });

  it('never sells a 0 GB per-minute plan as unlimited data: "No data", no price per day, least data in the data sort', () => {
    const voice = plan(9, 0, 30, 5, 0, { name: 'Japan 100 minutes / 30 days' });
    const calls = plan(10, 0, 7, 3, 0, { name: 'Japan Talk 7 days', description: 'Local calls only' });
    const unlimitedCalls = plan(11, 0, 7, 20, 0, { name: 'Japan Unlimited data and calls' });
    const { get, options } = byId([...japan, voice, calls, unlimitedCalls]);
    expect(get(9)).toMatchObject({ data: 'No data', unlimited: false, perMinute: true, perDay: undefined, perGb: undefined, bestValue: false });
    expect(get(10)).toMatchObject({ data: 'No data', perMinute: true });
    // Saying "unlimited" wins over mentioning calls; a 0 GB plan that says neither stays unlimited.
    expect(get(11)).toMatchObject({ data: 'Unlimited', unlimited: true, perMinute: false, perDay: '$2.86' });
    expect(get(5)).toMatchObject({ data: 'Unlimited', unlimited: true });
    expect(sortPlans(options, 'data').map((option) => option.variant.id)).toEqual([10, 9, 1, 2, 3, 4, 11, 5]);
  });

  it('keeps a 0 GB data plan unlimited when only its description, or a negation, mentions calls or minutes', () => {
    const { options } = byId([
      plan(1, 0, 15, 30, 0, { name: 'Japan 15 days', description: 'Data only eSIM: no voice calls or SMS.' }),
      plan(2, 0, 15, 30, 0, { name: 'Japan 15 days', description: 'Does not include a phone number or calls' }),
      plan(3, 0, 15, 30, 0, { name: 'Japan 15 days', description: 'Activates within 30 minutes of landing' }),
      plan(4, 0, 15, 30, 0, { name: 'Japan 15 days, no calls' }),
      plan(5, 0, 15, 30, 0, { name: 'Japan data-only, voice over apps' }),
    ]);
    expect(options.map((option) => option.data)).toEqual(['Unlimited', 'Unlimited', 'Unlimited', 'Unlimited', 'Unlimited']);
  });

  it('marks the lowest price per GB among three or more limited plans as best value', () => {
    expect(byId(japan).options.filter((option) => option.bestValue).map((option) => option.variant.id)).toEqual([4]);
    // Two limited plans are too few to call one the best value.
    expect(byId([plan(1, 1, 7, 4.5), plan(2, 5, 30, 9), plan(5, 0, 15, 34.9)]).options.some((option) => option.bestValue)).toBe(false);
    // A tie on price per GB goes to the plan with more data.
    const tie = byId([plan(1, 1, 7, 3), plan(2, 2, 7, 4), plan(3, 4, 7, 8)]);
    expect(tie.options.filter((option) => option.bestValue).map((option) => option.variant.id)).toEqual([3]);
    // All the same per GB: nothing to point at.
    expect(byId([plan(1, 1, 7, 2), plan(2, 2, 7, 4), plan(3, 4, 7, 8)]).options.some((option) => option.bestValue)).toBe(false);
  });

  it('formats in the locale: German units, plurals, percent with a decimal comma', () => {
    const { get } = byId(japan, 'de-DE');
    // Intl puts a no-break space between number and unit, percent sign or currency.
    expect(get(4)).toMatchObject({ data: '20\u00a0GB', validity: '30 Tage', discount: '7,5\u00a0%', saving: '2,25\u00a0$' });
  });

  it('leaves out, and returns, plans that cannot be priced instead of throwing', () => {
    const { options, unpriced } = byId([plan(1, 5, 30, 14.9), plan(2, 5, 30, 1e21), plan(3, 1e-15, 30, 9), plan(4, 1, 7, 4.5)]);
    expect(options.map((option) => option.variant.id)).toEqual([1, 4]);
    expect(unpriced.map((entry) => entry.variant.id)).toEqual([2, 3]);
    expect(unpriced[0]!.error).toBeInstanceOf(RangeError);
  });

  it('keeps each row apart when two plans share an id', () => {
    const { options } = byId([plan(9, 1, 7, 4.5), plan(9, 10, 30, 45)]);
    expect(options.map((option) => [option.row, option.price.discounted])).toEqual([[0, '$4.50'], [1, '$45.00']]);
  });
});

describe('nameAddsInformation', () => {
  it.each([
    ['Japan 1 GB / 7 days', false],
    ['Japan Unlimited / 15 days', false],
    ['Japan eSIM 3GB 30-day', false],
    ['Japan 5G Max 10 GB / 30 days', true],
    ['Japan 1 GB / 7 days + local number', true],
  ])('%s → %s', (name, adds) => {
    expect(nameAddsInformation(name, ['Japan eSIM', 'Japan'])).toBe(adds);
  });
});

describe('plan details', () => {
  it('renders unknown fields generically, one level deep, as text', () => {
    const variant = plan(1, 5, 30, 14.9, 0, {
      regions: ['FRA', 'DEU'],
      network_type: '5G',
      extended: { hotspot: true, activation_policy: 'first_connection', speed: { max: 100 } },
      dailyCapGb: 1.5,
      note: '<img src=x onerror=alert(1)>',
      empty: '',
      nothing: null,
    });
    expect(planFacts(variant, 'en-US', compileMessages(undefined, 'en-US'))).toEqual([
      { key: 'network_type', label: 'Network type', value: '5G' },
      { key: 'hotspot', label: 'Hotspot', value: 'Yes' },
      { key: 'activation_policy', label: 'Activation', value: 'On first connection' },
      { key: 'dailyCapGb', label: 'Daily cap gb', value: '1.5' },
      { key: 'note', label: 'Note', value: '<img src=x onerror=alert(1)>' },
    ]);
  });

  it('names covered countries in the locale, sorted, without codes that are no country', () => {
    const variant = plan(1, 5, 30, 14.9, 0, { regions: ['FRA', 'DEU', 'ita', 'NOPE', 42, 'FRA'] });
    expect(coverageNames(variant, 'en-US')).toEqual(['France', 'Germany', 'Italy']);
    expect(coverageNames(variant, 'de-DE')).toEqual(['Deutschland', 'Frankreich', 'Italien']);
    expect(coverageNames(plan(2, 5, 30, 14.9), 'en-US')).toEqual([]);
  });
});
