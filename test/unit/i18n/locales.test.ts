import { compileMessages } from '../../../src/i18n/compile.js';
import { defaultMessages, localeDirection, type Messages, type PluralMessage } from '../../../src/i18n/messages.js';
import ar from '../../../src/locales/ar.js';
import de from '../../../src/locales/de.js';
import en from '../../../src/locales/en.js';
import es from '../../../src/locales/es.js';
import fr from '../../../src/locales/fr.js';
import he from '../../../src/locales/he.js';
import it_ from '../../../src/locales/it.js';
import ja from '../../../src/locales/ja.js';
import ko from '../../../src/locales/ko.js';
import nl from '../../../src/locales/nl.js';
import pl from '../../../src/locales/pl.js';
import pt from '../../../src/locales/pt.js';
import tr from '../../../src/locales/tr.js';
import zh from '../../../src/locales/zh.js';

const locales: Record<string, Messages> = { ar, de, es, fr, he, it: it_, ja, ko, nl, pl, pt, tr, zh };
const cases = Object.entries(locales);
const keys = Object.keys(defaultMessages) as (keyof Messages)[];

const placeholders = (text: string) => new Set(Array.from(text.matchAll(/\{(\w+)\}/g), (m) => m[1]));
const isPlural = (value: unknown): value is PluralMessage => typeof value === 'object' && value !== null;
const FSI = '\u2068';
const PDI = '\u2069';

describe.each(cases)('locale %s', (lang, messages) => {
  it('has every key of the English messages and no other', () => {
    expect(Object.keys(messages).sort()).toEqual([...keys].sort());
  });

  it('keeps every placeholder of each English message and adds none', () => {
    for (const key of keys) {
      const english = defaultMessages[key];
      const translated = messages[key];
      if (typeof english === 'string') {
        expect(typeof translated, key).toBe('string');
        expect(placeholders(translated as string), key).toEqual(placeholders(english));
      } else {
        expect(isPlural(translated), key).toBe(true);
        const forms = translated as PluralMessage;
        const wanted = placeholders(english.other);
        // `other` says everything; a form like Arabic "وجهة واحدة" (one) may spell the count out.
        expect(placeholders(forms.other), `${key}.other`).toEqual(wanted);
        for (const [category, text] of Object.entries(forms)) {
          const found = placeholders(text);
          for (const name of found) expect(wanted.has(name), `${key}.${category} {${name}}`).toBe(true);
          for (const name of wanted) if (name !== 'count') expect(found.has(name), `${key}.${category} {${name}}`).toBe(true);
        }
      }
    }
  });

  it('has exactly the plural categories Intl.PluralRules reports for the language', () => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();
    for (const key of keys) {
      const value = messages[key];
      if (isPlural(value)) expect(Object.keys(value).sort(), key).toEqual(categories);
    }
  });

  it('puts the label before the value in "labelled" (the plan details cut it there into term and description)', () => {
    expect(messages.labelled.indexOf('{label}')).toBeLessThan(messages.labelled.indexOf('{value}'));
  });

  it('is translated, not copied from English', () => {
    const english = (key: keyof Messages) => JSON.stringify(defaultMessages[key]);
    // Formulas without words ("{data} · {validity}", "{label}: {value}") may stay as they are in many languages.
    const formula = (key: keyof Messages) => !/\p{L}/u.test(english(key).replace(/\{\w+\}/g, ''));
    const same = keys.filter((key) => !formula(key) && JSON.stringify(messages[key]) === english(key));
    // So may a few words the language shares with English (Dutch "Data", "Was {price}", "{price} per GB").
    expect(same.length, same.join(', ')).toBeLessThanOrEqual(3);
  });

  it('compiles into text with every placeholder filled, for any count', () => {
    const compiled = compileMessages(messages, lang) as unknown as Record<string, unknown>;
    // Every placeholder any message has, filled ("{data} · {validity}", "{label}: {value}").
    const values = { data: '5 GB', validity: '30 days', label: 'Hotspot', value: 'Yes' };
    for (const key of keys) {
      const english = defaultMessages[key];
      const fn = compiled[key];
      const outputs =
        typeof fn === 'string'
          ? [fn]
          : typeof english === 'string'
            ? [placeholders(english).size > 1 ? (fn as (v: object) => string)(values) : (fn as (v: string) => string)('X')]
            : [0, 1, 2, 3, 5, 11, 21, 100, 1.5, 1_000_000].map((n) => (fn as (n: number, v: object) => string)(n, values));
      for (const text of outputs) {
        expect(text, key).not.toMatch(/\{\w+\}/);
        expect(text.trim(), key).not.toBe('');
      }
    }
  });
});

describe('right-to-left locales', () => {
  const rtl = { ar, he };
  // The first letter with a strong direction decides how a sentence lays out when a component does not set `dir`.
  const firstStrong = (text: string) => /[A-Za-z\u00c0-\u024f\u0590-\u05ff\u0600-\u06ff]/.exec(text.replace(/\{\w+\}/g, ''))?.[0];

  it.each(Object.entries(rtl))('%s: every sentence starts right to left, whatever is put into it', (lang, messages) => {
    expect(localeDirection(lang)).toBe('rtl');
    let sentences = 0;
    for (const key of keys) {
      const value = messages[key];
      for (const text of typeof value === 'string' ? [value] : Object.values(value)) {
        // Formulas without letters ("{data} · {validity}") have no direction of their own to check.
        const strong = firstStrong(text) ?? 'none';
        if (strong === 'none') continue;
        sentences++;
        expect(strong, `${key}: ${text}`).toMatch(/[\u0590-\u05ff\u0600-\u06ff]/);
      }
    }
    // Nearly every message has words: a check that skipped them all would prove nothing.
    expect(sentences).toBeGreaterThan(keys.length / 2);
  });

  it('isolates Latin names, prices and counts inside Arabic and Hebrew sentences', () => {
    const arabic = compileMessages(ar, 'ar');
    expect(arabic.plansLabel('Japan')).toBe(`باقات بيانات ${FSI}Japan${PDI}`);
    expect(arabic.pricePerGb('US$ 4.28')).toBe(`${FSI}US$ 4.28${PDI} لكل غيغابايت`);
    expect(arabic.discountBadge('5%')).toBe(`خصم ${FSI}5%${PDI}`);
    expect(arabic.resultCount(1)).toBe('وجهة واحدة');
    expect(arabic.resultCount(2)).toBe('وجهتان');
    expect(arabic.resultCount(3)).toBe(`${FSI}${new Intl.NumberFormat('ar').format(3)}${PDI} وجهات`);
    expect(arabic.resultCount(11)).toBe(`${FSI}${new Intl.NumberFormat('ar').format(11)}${PDI} وجهة`);
    const hebrew = compileMessages(he, 'he');
    expect(hebrew.plansLabel('United States')).toBe(`חבילות גלישה עבור ${FSI}United States${PDI}`);
    expect(hebrew.coverage(2)).toBe('מכסה שתי מדינות');
    expect(hebrew.coverage(31)).toBe(`מכסה ${FSI}31${PDI} מדינות`);
  });
});

describe('German', () => {
  it("says a per-minute plan has no data volume in the word the sort uses, not 'Keine Daten' (read as 'data unavailable')", () => {
    const german = compileMessages(de, 'de');
    expect(german.planHeadline({ data: german.noData, validity: '7 Tage' })).toBe(`Kein ${german.sortData} · 7 Tage`);
  });
});

describe('Polish and English plurals', () => {
  it('picks few and many in Polish', () => {
    const polish = compileMessages(pl, 'pl');
    expect([1, 2, 5, 22, 25, 112].map((n) => polish.resultCount(n))).toEqual([
      '1 kierunek', '2 kierunki', '5 kierunków', '22 kierunki', '25 kierunków', '112 kierunków',
    ]);
  });

  it('ships English as a locale file too', () => {
    expect(en).toEqual(defaultMessages);
  });
});
