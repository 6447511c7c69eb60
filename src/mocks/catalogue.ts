import { mockCountries, mockRegions } from './countries.js';
import { createRandom, type Random } from './random.js';

/** A data plan exactly as the API sends it (snake_case JSON). */
export interface MockVariant {
  id: number;
  esim_product_id: number;
  name: string;
  description?: string;
  currency_code: string;
  amount: number;
  data_amount_gb: number;
  validity_days: number;
  client_discount: number;
}

/** A product as `GET /products/:id` sends it: the list fields plus its variants inline. */
export interface MockProductDetail {
  id: number;
  name: string;
  country_code: string;
  currency_code: string;
  image_url: string;
  variants: readonly MockVariant[];
}

export interface MockCatalogue {
  products: readonly MockProductDetail[];
}

export type MockCurrency = 'USD' | 'EUR' | 'JPY';

/** Where the catalogue's product images live; the mock API's handlers serve them there. */
export const MOCK_IMAGE_BASE = 'https://cdn.example.com/esim/';

/** [data GB (0 = unlimited), validity days]. */
const DATA_PLANS: readonly (readonly [number, number])[] = [
  [1, 7], [2, 15], [3, 30], [5, 30], [10, 30], [15, 30], [20, 30], [30, 30], [50, 60],
];
const UNLIMITED_PLANS: readonly (readonly [number, number])[] = [[0, 1], [0, 7], [0, 15], [0, 30]];
// Repeated zeros make "no discount" the most common case, as with real partners.
const DISCOUNTS = [0, 0, 0, 2.5, 5, 5, 7.5, 10, 12.5, 15] as const;
const DESCRIPTIONS = [
  'Data-only eSIM for short trips',
  'High-speed 4G/5G data on local partner networks',
  'Hotspot allowed. Top up any time from the app.',
  'Ideal for longer stays and remote work',
  'Activates automatically when you land',
] as const;

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Retail-looking USD price: whole dollars plus a usual ending (.00, .50, .90, .99). */
function usdPrice(random: Random, gb: number, days: number, tier: number): number {
  const raw = gb === 0 ? 3 + 1.6 * days ** 0.9 : 2.4 + 2 * gb ** 0.8 + 0.04 * days;
  return Math.max(0.99, round2(Math.floor(raw * tier) + random.pick([0, 0.5, 0.9, 0.99])));
}

function convertAmount(usd: number, currency: MockCurrency): number {
  if (currency === 'JPY') return Math.max(100, Math.round((usd * 150) / 10) * 10);
  // EUR prices end in 9 cents (4.19, 13.79) the way European shops price them.
  if (currency === 'EUR') return Math.max(0.49, round2(Math.round(usd * 0.92 * 10) / 10 - 0.01));
  return usd;
}

function planName(place: string, gb: number, days: number): string {
  const data = gb === 0 ? 'Unlimited' : `${gb} GB`;
  return `${place} ${data} / ${days} ${days === 1 ? 'day' : 'days'}`;
}

interface ProductSeed {
  id: number;
  code: string;
  name: string;
  tier: number;
  imageUrl?: string;
}

function buildProduct(random: Random, seed: ProductSeed, nextVariantId: () => number): MockProductDetail {
  const place = seed.name.replace(/ eSIM.*$/, '');
  const pool = random.next() < 0.3 ? [...DATA_PLANS, ...UNLIMITED_PLANS] : DATA_PLANS;
  const plans = random
    .shuffle(pool)
    .slice(0, random.int(3, Math.min(10, pool.length)))
    .sort(([gbA, daysA], [gbB, daysB]) => (gbA || Infinity) - (gbB || Infinity) || daysA - daysB);
  const productDiscount = random.pick(DISCOUNTS);
  const variants = plans.map(([gb, days]): MockVariant => {
    const description = random.next() < 0.35 ? undefined : random.pick(DESCRIPTIONS);
    return {
      id: nextVariantId(),
      esim_product_id: seed.id,
      name: planName(place, gb, days),
      ...(description === undefined ? {} : { description }),
      currency_code: 'USD',
      amount: usdPrice(random, gb, days, seed.tier),
      data_amount_gb: gb,
      validity_days: days,
      client_discount: random.next() < 0.2 ? random.pick(DISCOUNTS) : productDiscount,
    };
  });
  // ~6 % of products have no image so the UI's placeholder path is always exercised.
  const imageUrl = random.next() < 0.06 ? '' : `${MOCK_IMAGE_BASE}${seed.code.toLowerCase()}.png`;
  return {
    id: seed.id,
    name: seed.name,
    country_code: seed.code,
    currency_code: 'USD',
    image_url: seed.imageUrl ?? imageUrl,
    variants,
  };
}

function convertCatalogue(catalogue: MockCatalogue, currency: MockCurrency): MockCatalogue {
  if (currency === 'USD') return catalogue;
  return {
    products: catalogue.products.map((product) => ({
      ...product,
      currency_code: currency,
      variants: product.variants.map((variant) => ({
        ...variant,
        currency_code: currency,
        amount: convertAmount(variant.amount, currency),
      })),
    })),
  };
}

function japanVariant(id: number, gb: number, days: number, amount: number, discount: number, description?: string): MockVariant {
  return {
    id,
    esim_product_id: 712,
    name: planName('Japan', gb, days),
    ...(description === undefined ? {} : { description }),
    currency_code: 'USD',
    amount,
    data_amount_gb: gb,
    validity_days: days,
    client_discount: discount,
  };
}

/** Japan as the API reference shows it (5511 and 5512 verbatim), plus three more plans. */
const JAPAN: MockProductDetail = {
  id: 712,
  name: 'Japan eSIM',
  country_code: 'JPN',
  currency_code: 'USD',
  image_url: 'https://cdn.example.com/esim/japan.png',
  variants: [
    /* @__PURE__ */ japanVariant(5511, 1, 7, 4.5, 5, 'Data-only eSIM for short trips'),
    /* @__PURE__ */ japanVariant(5512, 5, 30, 14.9, 5),
    /* @__PURE__ */ japanVariant(5513, 10, 30, 22.5, 5),
    /* @__PURE__ */ japanVariant(5514, 20, 30, 29.99, 7.5, 'Fast 5G on NTT Docomo and SoftBank'),
    /* @__PURE__ */ japanVariant(5515, 0, 15, 34.9, 0, 'Unlimited data; speed reduced after 3 GB a day'),
  ],
};

function buildUsdCatalogue(): MockCatalogue {
  const random = createRandom(712904);
  let variantId = 10000;
  const nextVariantId = (): number => ++variantId;
  // Country ids 101… in list order; Japan, regions (801…) and Global (904) keep fixed ids that the
  // reference, stories and tests name.
  const countries = mockCountries.map((country, index) =>
    country.code === 'JPN'
      ? JAPAN
      : buildProduct(random, { id: 101 + index, code: country.code, name: `${country.name} eSIM`, tier: 0.75 + random.next() * 0.85 }, nextVariantId),
  );
  const regions = mockRegions.map((region) =>
    buildProduct(random, { id: region.id, code: region.code, name: region.name, tier: 1.3 }, nextVariantId),
  );
  const global = buildProduct(
    random,
    { id: 904, code: 'GLO', name: 'Global Roaming', tier: 1.8, imageUrl: `${MOCK_IMAGE_BASE}global.png` },
    nextVariantId,
  );
  return { products: [...countries, ...regions, global] };
}

/** Every destination (one product per country), 8 regions and Global, priced in USD. */
export const usdCatalogue: MockCatalogue = /* @__PURE__ */ buildUsdCatalogue();
/** `usdCatalogue` with the same ids, priced in EUR (prices end in 9 cents). */
export const eurCatalogue: MockCatalogue = /* @__PURE__ */ convertCatalogue(usdCatalogue, 'EUR');
/** `usdCatalogue` with the same ids, priced in whole yen. */
export const jpyCatalogue: MockCatalogue = /* @__PURE__ */ convertCatalogue(usdCatalogue, 'JPY');

export interface GenerateCatalogueOptions {
  count: number;
  currency?: MockCurrency;
  seed?: number;
}

/**
 * A large synthetic catalogue for virtualisation and performance work: real country codes in
 * turn, names suffixed per round ("Japan eSIM — Plan 12"), product ids 1…count, variant ids from
 * 100001.
 */
export function generateCatalogue({ count, currency = 'USD', seed = 1 }: GenerateCatalogueOptions): MockCatalogue {
  const random = createRandom(seed);
  let variantId = 100000;
  const nextVariantId = (): number => ++variantId;
  const products: MockProductDetail[] = [];
  for (let index = 0; index < count; index++) {
    const country = mockCountries[index % mockCountries.length];
    if (!country) break;
    const round = Math.floor(index / mockCountries.length) + 1;
    const name = `${country.name} eSIM — Plan ${round}`;
    products.push(buildProduct(random, { id: index + 1, code: country.code, name, tier: 0.75 + random.next() * 0.85 }, nextVariantId));
  }
  return convertCatalogue({ products }, currency);
}
