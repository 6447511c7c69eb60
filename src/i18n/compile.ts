import { defaultMessages, localeDirection } from './messages.js';
import type { EsimMessages, MessageValue, Messages, PluralCategory, PluralMessage } from './messages.js';

const PLACEHOLDER = /\{(\w+)\}/g;

// First Strong Isolate … Pop Directional Isolate: the value keeps its own direction inside the
// sentence, so "US$ 4.28" or "Japan" in an Arabic sentence neither reorders nor drags the words
// next to it along. Plain characters rather than <bdi>, so they also work in aria-label and title.
const FSI = '\u2068';
const PDI = '\u2069';
// Right-to-Left Isolate, for a value that carries a right-to-left mark (RLM, ALM): Intl wrote it for a
// right-to-left line, and only laid out that way does it read as meant. Hebrew "1 GB" is "GB\u200f1": FSI
// would see the Latin G first and draw "GB1".
const RLI = '\u2067';
const RTL_MARK = /[\u200f\u061c]/;

// Letters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko…, their presentation forms).
const RTL_LETTER = /^[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** The direction of a message's own words (its first letter outside placeholders), or undefined for none. */
const textDirection = (text: string): 'ltr' | 'rtl' | undefined => {
  const letter = /\p{L}/u.exec(text.replace(PLACEHOLDER, ''))?.[0];
  return letter ? (RTL_LETTER.test(letter) ? 'rtl' : 'ltr') : undefined;
};

const placeholderNames = (text: string): string[] => Array.from(text.matchAll(PLACEHOLDER), (match) => match[1]!);

const isPluralMessage = (value: unknown): value is PluralMessage =>
  typeof value === 'object' && value !== null && typeof (value as { other?: unknown }).other === 'string';

const intlOrEnglish = <T>(make: (locale: string) => T, locale: string): T => {
  try {
    return make(locale);
  } catch {
    return make('en');
  }
};

/**
 * Turns message data (yours, a locale file's, or none) into the functions components call, for one
 * locale: missing keys fall back to English, numbers are formatted and plurals chosen with Intl in
 * `locale`. In right-to-left locales each interpolated value is wrapped in U+2068/U+2069 (FSI/PDI)
 * so prices, codes and Latin names stay whole in the sentence (in U+2067/U+2069, RLI/PDI, when the value
 * carries a right-to-left mark, as Intl's Hebrew and Arabic numbers and units do), and so is any message whose own words
 * run the other way than the locale (an English string left in an Arabic page). In left-to-right
 * locales, messages in a left-to-right language are left exactly as given.
 * A value of the wrong shape (a plural object where text belongs, a number) falls back to English.
 */
export function compileMessages(messages: Partial<Messages> | undefined, locale: string): EsimMessages {
  const direction = localeDirection(locale);
  const isolate = direction === 'rtl';
  // A sentence in the other direction than the page (English left in an Arabic page) is isolated whole, or
  // its trailing "…" and any right-to-left value would be laid out the page's way: "اليابان Data plans for".
  const whole = (text: string): string => {
    const own = textDirection(text);
    return own && own !== direction ? FSI + text + PDI : text;
  };
  const numbers = intlOrEnglish((tag) => new Intl.NumberFormat(tag), locale);
  const plurals = intlOrEnglish((tag) => new Intl.PluralRules(tag), locale);
  const show = (value: MessageValue | undefined): string => {
    const text = typeof value === 'number' ? numbers.format(value) : String(value ?? '');
    return isolate ? (RTL_MARK.test(text) ? RLI : FSI) + text + PDI : text;
  };
  const fill = (text: string, values: Readonly<Record<string, MessageValue>>): string =>
    text.replace(PLACEHOLDER, (whole, name: string) => (name in values ? show(values[name]) : whole));

  const compiled: Record<string, unknown> = {};
  for (const key of Object.keys(defaultMessages) as (keyof Messages)[]) {
    const english = defaultMessages[key];
    const given: unknown = messages?.[key];
    if (typeof english === 'string') {
      const text = whole(typeof given === 'string' ? given : english);
      const names = placeholderNames(english);
      const only = names.length === 1 ? names[0]! : undefined;
      compiled[key] = !names.length
        ? text
        : only
          ? (value: MessageValue) => fill(text, { [only]: value })
          : (values: Readonly<Record<string, MessageValue>>) => fill(text, values);
    } else {
      // A plain string for a plural entry is taken as its one form for every count.
      const forms: PluralMessage = isPluralMessage(given) ? given : typeof given === 'string' ? { other: given } : english;
      compiled[key] = (count: number, values?: Readonly<Record<string, MessageValue>>) =>
        fill(whole(forms[plurals.select(count) as PluralCategory] ?? forms.other), { ...values, count });
    }
  }
  return compiled as EsimMessages;
}
