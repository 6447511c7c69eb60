import { compileMessages } from '../../../src/i18n/compile.js';
import { defaultMessages, localeDirection, type Messages } from '../../../src/i18n/messages.js';

const FSI = '\u2068';
const PDI = '\u2069';

describe('compileMessages', () => {
  it('gives English for every key when no messages are passed', () => {
    const messages = compileMessages(undefined, 'en-US');
    expect(messages.searchLabel).toBe('Search destinations');
    expect(messages.plansLabel('Japan')).toBe('Data plans for Japan');
    expect(messages.noDestinations('xyz')).toBe('No destination matches “xyz”.');
    expect(messages.discountBadge('5%')).toBe('5% off');
  });

  it('chooses the plural form with Intl.PluralRules and formats the count in the locale', () => {
    const en = compileMessages(undefined, 'en');
    expect(en.resultCount(1)).toBe('1 destination');
    expect(en.resultCount(0)).toBe('0 destinations');
    expect(en.resultCount(1234)).toBe('1,234 destinations');
    const pl = compileMessages(
      { resultCount: { one: '{count} kierunek', few: '{count} kierunki', many: '{count} kierunków', other: '{count} kierunku' } },
      'pl',
    );
    expect(pl.resultCount(1)).toBe('1 kierunek');
    expect(pl.resultCount(3)).toBe('3 kierunki');
    expect(pl.resultCount(22)).toBe('22 kierunki');
    expect(pl.resultCount(5)).toBe('5 kierunków');
    expect(pl.resultCount(12)).toBe('12 kierunków');
    expect(pl.resultCount(1.5)).toBe('1,5 kierunku');
  });

  it('falls back to "other" for a category the message leaves out', () => {
    const ja = compileMessages({ resultCount: { one: '{count} 件 (one)', other: '{count} 件' } }, 'ja');
    expect(ja.resultCount(1)).toBe('1 件');
    const de = compileMessages({ resultCount: { other: '{count} Ziele' } }, 'de');
    expect(de.resultCount(1)).toBe('1 Ziele');
  });

  it('overrides only the keys given and keeps English for the rest', () => {
    const messages = compileMessages({ retry: 'Nochmal', plansLabel: 'Tarife für {destination}' }, 'de');
    expect(messages.retry).toBe('Nochmal');
    expect(messages.plansLabel('Japan')).toBe('Tarife für Japan');
    expect(messages.sortLabel).toBe('Sort by');
  });

  it('keeps English for values of the wrong shape and takes a string for a plural entry as every form', () => {
    const broken = { searchLabel: { other: 'x' }, retry: 42, resultCount: 'Treffer: {count}' } as unknown as Partial<Messages>;
    const messages = compileMessages(broken, 'de');
    expect(messages.searchLabel).toBe('Search destinations');
    expect(messages.retry).toBe('Try again');
    expect(messages.resultCount(1)).toBe('Treffer: 1');
    expect(messages.resultCount(1000)).toBe('Treffer: 1.000');
  });

  it('leaves a placeholder it has no value for as written', () => {
    const messages = compileMessages({ plansLabel: 'Plans for {place}' }, 'en');
    expect(messages.plansLabel('Japan')).toBe('Plans for {place}');
  });

  it('survives a locale Intl rejects', () => {
    const messages = compileMessages(undefined, 'not a locale!!');
    expect(messages.resultCount(2000)).toBe('2,000 destinations');
  });

  it('isolates interpolated values in right-to-left locales so prices and names keep their place', () => {
    const ar = compileMessages({ plansLabel: 'باقات البيانات لـ {destination}', pricePerGb: '{price} لكل غيغابايت' }, 'ar');
    expect(ar.plansLabel('Japan')).toBe(`باقات البيانات لـ ${FSI}Japan${PDI}`);
    expect(ar.pricePerGb('US$ 4.28')).toBe(`${FSI}US$ 4.28${PDI} لكل غيغابايت`);
    // Arabic digits as Intl formats them for "ar", kept together as one isolated run.
    const count = ar.resultCount(3);
    expect(count.startsWith(FSI)).toBe(true);
    expect(count).toContain(`${FSI}${new Intl.NumberFormat('ar').format(3)}${PDI}`);
    expect(compileMessages({ plansLabel: 'חבילות גלישה עבור {destination}' }, 'he-IL').plansLabel('Japan')).toBe(
      `חבילות גלישה עבור ${FSI}Japan${PDI}`,
    );
  });

  it('isolates a whole sentence that runs the other way than the page, so English left in Arabic is not scrambled', () => {
    const ar = compileMessages({ searchLabel: 'ابحث عن وجهة' }, 'ar');
    // Without the outer isolate an RTL page lays this out as "اليابان Data plans for".
    expect(ar.plansLabel('اليابان')).toBe(`${FSI}Data plans for ${FSI}اليابان${PDI}${PDI}`);
    expect(ar.loadingDestinations).toBe(`${FSI}Loading destinations…${PDI}`);
    expect(ar.resultCount(2)).toBe(`${FSI}${FSI}${new Intl.NumberFormat('ar').format(2)}${PDI} destinations${PDI}`);
    // Arabic words in an Arabic page, and text with no letters, need no outer isolate.
    expect(ar.searchLabel).toBe('ابحث عن وجهة');
    expect(compileMessages({ planHeadline: '{data} · {validity}' }, 'ar').planHeadline({ data: '5 GB', validity: '30 يومًا' })).toBe(
      `${FSI}5 GB${PDI} · ${FSI}30 يومًا${PDI}`,
    );
    // Hebrew words left in an English page are isolated the same way.
    expect(compileMessages({ retry: 'ניסיון נוסף' }, 'en').retry).toBe(`${FSI}ניסיון נוסף${PDI}`);
  });

  it('isolates right to left a value that carries a right-to-left mark, as Intl writes Hebrew "1 GB" (GB, RLM, 1)', () => {
    const RLI = '\u2067';
    const he = compileMessages({ planHeadline: '{data} · {validity}', saving: 'חיסכון של {amount}' }, 'he');
    // First Strong would take the Latin G and draw "GB1"; laid out right to left it reads "1GB", as Intl means it.
    expect(he.planHeadline({ data: 'GB\u200f1', validity: '7 ימים' })).toBe(`${RLI}GB\u200f1${PDI} · ${FSI}7 ימים${PDI}`);
    expect(he.planHeadline({ data: '20 GB', validity: '30 ימים' })).toBe(`${FSI}20 GB${PDI} · ${FSI}30 ימים${PDI}`);
    // Prices Intl formats for Hebrew and Arabic start with a mark too: right to left either way.
    expect(he.saving('\u200f0.22\u00a0\u200f$')).toBe(`חיסכון של ${RLI}\u200f0.22\u00a0\u200f$${PDI}`);
    expect(compileMessages({ discountBadge: 'خصم {percent}' }, 'ar-EG').discountBadge('٥٪\u061c')).toBe(`خصم ${RLI}٥٪\u061c${PDI}`);
    // Left-to-right pages leave every value alone.
    expect(compileMessages(undefined, 'en').planHeadline({ data: 'GB\u200f1', validity: '7 days' })).toBe('GB\u200f1 · 7 days');
  });

  it('leaves values as they are in left-to-right locales', () => {
    expect(compileMessages(undefined, 'de').plansLabel('Japan')).toBe('Data plans for Japan');
  });

  it('is plain data before compiling: survives JSON, as a server component sends it', () => {
    const sent = JSON.parse(JSON.stringify(defaultMessages)) as Messages;
    expect(sent).toEqual(defaultMessages);
    expect(compileMessages(sent, 'en').resultCount(2)).toBe('2 destinations');
  });
});

describe('localeDirection', () => {
  it.each([
    ['ar', 'rtl'], ['ar-EG', 'rtl'], ['he', 'rtl'], ['he-IL', 'rtl'], ['fa', 'rtl'], ['ur-PK', 'rtl'],
    ['en', 'ltr'], ['de-DE', 'ltr'], ['arn', 'ltr'], ['ja', 'ltr'], ['', 'ltr'],
  ] as const)('%s is %s', (locale, dir) => {
    expect(localeDirection(locale)).toBe(dir);
  });
});
