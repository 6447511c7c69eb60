import type { Variant } from '../../api/schemas.js';
import { countryName, destinationKind } from '../../geo/index.js';
import type { EsimMessages } from '../../i18n/messages.js';

/** One extra fact the variant endpoint sent, as text: `{ label: 'Network type', value: '5G' }`. */
export interface PlanFact {
  key: string;
  label: string;
  value: string;
  /**
   * `lang` of `label` and of `value` where they are the API's words (a field's own name, a string it sent) on a
   * page in another language: the provider's `contentLanguage`. Undefined for text in the page's language
   * (labels and values the messages translate, yes/no, numbers).
   */
  labelLang: string | undefined;
  valueLang: string | undefined;
}

/** What `GET /variants/:id` adds to a plan, ready to show. */
export interface PlanDetails {
  /** Localised names of the covered countries (`regions`), in the locale's order. */
  coverage: string[];
  /** `coverage` as one list in the locale ("France, Germany, and Italy"). */
  coverageList: string;
  facts: PlanFact[];
}

// Fields every plan has and the card already shows; `regions` is shown as coverage.
const SHOWN = new Set(['id', 'esim_product_id', 'name', 'description', 'currency_code', 'amount', 'data_amount_gb', 'validity_days', 'client_discount', 'regions']);
/**
 * Bounds on what a server can make the disclosure show, and on the work of finding it: a detail of 10 MB
 * (the client's cap) with millions of list items or fields took seconds of the main thread, in render.
 */
const MAX_FACTS = 20;
const MAX_TEXT = 160;
/** A field name longer than this is no label (a 5,000-character one made the page scroll sideways). */
const MAX_KEY = 64;
/** More codes than there are countries. */
const MAX_REGIONS = 300;
/**
 * Items of a list (or codes of `regions`) read at most: junk (empty items, objects, duplicates, region codes)
 * does not use up what shows, but a list of nothing else costs no more than this.
 */
const MAX_READ = 600;

/** "network_type" / "networkType" → "Network type". */
const humanise = (key: string): string => {
  const words = key.replace(/([a-z\d])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

// The facts the API is known to send (network_type, hotspot, activation_policy, top_up) have their labels in
// the messages, under "fact" and their name in PascalCase (factNetworkType). Any other field shows its own name.
const labelKey = (label: string) => `fact${label.replace(/ (\w)/g, (_, letter: string) => letter.toUpperCase())}`;
// activation_policy as the API words it: "first_connection", "On first connection", "On arrival at the destination".
const ACTIVATION = /^(?:on )?(?:(first connection)|arrival(?: at the destination)?)$/i;

/**
 * The plan's extra fields as facts, whatever they are called: strings, numbers, booleans and lists of
 * them, one level into nested objects (`extended: { hotspot: true }`); deeper objects and empty values
 * are skipped. Values become text, never markup. The facts the API is known to send have labels (and
 * activation policies values) in the page's language; other identifiers read as words ("fair_use" → "Fair use").
 */
export function planFacts(variant: Variant, locale: string, messages: EsimMessages, contentLang?: string): PlanFact[] {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  // Whether the value being made holds words of the API's (a string it sent, not one the messages translate).
  let own = false;
  const text = (value: unknown): string | undefined => {
    if (typeof value === 'boolean') return value ? messages.yes : messages.no;
    // From 1e21 on (where JavaScript itself turns to exponents) a number is an unbreakable run of digits, 1e308's
    // over 400, that no one reads and that makes the page scroll sideways.
    if (typeof value === 'number') return Math.abs(value) < 1e21 ? number.format(value) : undefined;
    if (typeof value === 'string') {
      const trimmed = value.trim().slice(0, MAX_TEXT);
      const activation = ACTIVATION.exec(trimmed.replace(/_/g, ' '));
      if (activation) return activation[1] ? messages.activationFirstConnection : messages.activationArrival;
      own = true;
      return /^[a-z\d]+(?:_[a-z\d]+)+$/.test(trimmed) ? humanise(trimmed) : trimmed || undefined;
    }
    if (Array.isArray(value)) {
      // Items are read until the text is full: empty ones and objects (nulls, lists) are skipped, not counted.
      let shown = '';
      let read = 0;
      for (const item of value as unknown[]) {
        if (read++ >= MAX_READ || shown.length >= MAX_TEXT) break;
        const part = typeof item === 'object' ? undefined : text(item);
        if (part) shown += (shown && ', ') + part;
      }
      return shown.slice(0, MAX_TEXT) || undefined;
    }
    return undefined;
  };
  const facts: PlanFact[] = [];
  const add = (key: string, value: unknown) => {
    own = false;
    const shown = key.length > MAX_KEY ? undefined : text(value);
    if (shown === undefined) return;
    const label = humanise(key);
    const known: unknown = (messages as unknown as Record<string, unknown>)[labelKey(label)];
    const translated = typeof known === 'string';
    facts.push({
      key,
      label: translated ? known : label,
      value: shown,
      labelLang: translated ? undefined : contentLang,
      valueLang: own ? contentLang : undefined,
    });
  };
  // No field is read once the facts are full: turning each of 300,000 fields into text took a second.
  const each = (record: object, visit: (key: string, value: unknown) => void) => {
    for (const key of Object.keys(record)) {
      if (facts.length >= MAX_FACTS) break;
      visit(key, (record as Record<string, unknown>)[key]);
    }
  };
  each(variant, (key, value) => {
    if (SHOWN.has(key)) return;
    if (value && typeof value === 'object' && !Array.isArray(value)) each(value, add);
    else add(key, value);
  });
  return facts;
}

/**
 * `regions` (alpha-3 codes) as localised country names, sorted for the locale; codes that are no country (a
 * region's, GLO) and repeats are skipped without counting against the MAX_REGIONS shown.
 */
export function coverageNames(variant: Variant, locale: string): string[] {
  const names = new Set<string>();
  for (const code of Array.isArray(variant.regions) ? variant.regions.slice(0, MAX_READ) : []) {
    const name = typeof code === 'string' && destinationKind(code.trim()) === 'country' && countryName(code.trim(), locale, '');
    if (name && names.size < MAX_REGIONS) names.add(name);
  }
  return [...names].sort(new Intl.Collator(locale).compare);
}

export function planDetails(variant: Variant, locale: string, messages: EsimMessages, contentLang?: string): PlanDetails {
  const coverage = coverageNames(variant, locale);
  // `locale` comes canonical from the provider, so ListFormat cannot throw on it; a conjunction is its default.
  return { coverage, coverageList: new Intl.ListFormat(locale).format(coverage), facts: planFacts(variant, locale, messages, contentLang) };
}
