// Every `esim-picker/locales/<lang>` default export is a complete `Messages`: plain data a server component can pass.
import type { EsimMessages, Messages, PluralMessage } from '../../src/i18n/messages.js';
import ar from '../../src/locales/ar.js';
import de from '../../src/locales/de.js';
import en from '../../src/locales/en.js';
import es from '../../src/locales/es.js';
import fr from '../../src/locales/fr.js';
import he from '../../src/locales/he.js';
import it_ from '../../src/locales/it.js';
import ja from '../../src/locales/ja.js';
import ko from '../../src/locales/ko.js';
import nl from '../../src/locales/nl.js';
import pl from '../../src/locales/pl.js';
import pt from '../../src/locales/pt.js';
import tr from '../../src/locales/tr.js';
import zh from '../../src/locales/zh.js';

test('each locale file is a complete Messages', () => {
  for (const messages of [ar, de, en, es, fr, he, it_, ja, ko, nl, pl, pt, tr, zh]) expectTypeOf(messages).toEqualTypeOf<Messages>();
});

test('Messages is data: text and plural objects, no functions', () => {
  expectTypeOf<Messages['searchLabel']>().toEqualTypeOf<string>();
  expectTypeOf<Messages['plansLabel']>().toEqualTypeOf<string>();
  expectTypeOf<Messages['resultCount']>().toEqualTypeOf<PluralMessage>();
  expectTypeOf<Extract<Messages[keyof Messages], (...args: never[]) => unknown>>().toBeNever();
});

test('a Messages object must have every key, of the right shape', () => {
  // @ts-expect-error every key is required
  const missing: Messages = { searchLabel: 'Suche' };
  // @ts-expect-error a plural entry needs its `other` form
  const noOther: Messages['resultCount'] = { one: '{count} Ziel' };
  // @ts-expect-error not a plural category
  const badCategory: Messages['resultCount'] = { other: 'x', several: 'y' };
  expectTypeOf(missing).toEqualTypeOf<Messages>();
  expectTypeOf(noOther).toEqualTypeOf<PluralMessage>();
  expectTypeOf(badCategory).toEqualTypeOf<PluralMessage>();
});

test('compiled messages keep the call shapes components use', () => {
  expectTypeOf<EsimMessages['searchLabel']>().toEqualTypeOf<string>();
  expectTypeOf<EsimMessages['resultCount']>().toEqualTypeOf<(count: number) => string>();
  expectTypeOf<EsimMessages['plansLabel']>().toEqualTypeOf<(value: string | number) => string>();
  expectTypeOf<EsimMessages['planHeadline']>().parameter(0).toEqualTypeOf<Readonly<Record<'data' | 'validity', string | number>>>();
});
