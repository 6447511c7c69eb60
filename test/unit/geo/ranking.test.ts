import fc from 'fast-check';
import {
  createDestinationIndex,
  popularDestinations,
  popularEntries,
  searchDestinations,
} from '../../../src/geo/index.js';
import { normalizeSearchText, prepareQuery, rankKeys } from '../../../src/geo/search.js';
import { usdCatalogue } from '../../../src/mocks/index.js';

// The built-in mock catalogue: one product per country (241), 8 regions and Global, as a partner's is.
const products = usdCatalogue.products.map(({ id, name, country_code }) => ({ id, name, country_code }));
const indexes = new Map<string, ReturnType<typeof createDestinationIndex<(typeof products)[number]>>>();
const search = (query: string, locale = 'en') => {
  let index = indexes.get(locale);
  if (!index) indexes.set(locale, (index = createDestinationIndex(products, locale)));
  return searchDestinations(index, query).map((entry) => entry.product.country_code);
};

describe('search lands on the right place (issue 9.1)', () => {
  it.each([
    ['uk', 'GBR', 'UKR'],
    ['america', 'USA', 'ASM'],
    ['ca', 'CAN', 'KHM'],
    ['de', 'DEU', 'COD'],
    ['sa', 'SAU', 'WSM'],
    ['ja', 'JPN', 'JAM'],
    ['us', 'USA', 'AUS'],
    ['in', 'IND', 'IDN'],
  ])('"%s" puts %s first, and still lists %s after it', (query, first, rival) => {
    const found = search(query);
    expect(found[0]).toBe(first);
    // The rival is a real match too: it must stay listed, only lower.
    expect(found.indexOf(rival)).toBeGreaterThan(0);
  });

  it.each([
    ['fr', 'FRA'],
    ['usa', 'USA'],
    ['uae', 'ARE'],
    ['holland', 'NLD'],
  ])('"%s" puts %s first', (query, first) => {
    expect(search(query)[0]).toBe(first);
  });

  it('lists an alias typed whole as that one place', () => {
    expect(search('usa')).toEqual(['USA']);
    expect(search('uae')).toEqual(['ARE']);
    expect(search('holland')).toEqual(['NLD']);
  });

  it('lists places whose own name starts with one letter before places found by an alias', () => {
    const found = search('a');
    // Austria and Australia are the most visited of the A-names; the United States ("america") follows every A-name.
    expect(found.slice(0, 2)).toEqual(['AUT', 'AUS']);
    const aNames = ['AFG', 'ALA', 'ALB', 'DZA', 'ASM', 'AND', 'AGO', 'AIA', 'ATG', 'ARG', 'ARM', 'ABW', 'AUS', 'AUT', 'AZE'];
    const usa = found.indexOf('USA');
    expect(usa).toBeGreaterThan(0);
    expect(found.slice(0, usa)).toEqual(expect.arrayContaining(aNames));
  });

  it('matches codes only whole: "eu" does not find Germany through DEU', () => {
    expect(search('eu')).not.toContain('DEU');
    expect(search('eu')[0]).toBe('XEU');
    expect(search('eu')).not.toContain('EST');
    expect(search('pn')).not.toContain('JPN');
  });

  it('finds the place behind a code typed whole, alpha-2 or alpha-3', () => {
    expect(search('deu')[0]).toBe('DEU');
    expect(search('jpn')[0]).toBe('JPN');
    expect(search('JP')[0]).toBe('JPN');
    expect(search('gb')[0]).toBe('GBR');
  });

  it('forgives one typo in 4+ letters, below every real match', () => {
    // Svalbard & Jan Mayen is one letter off too ("jan" + p), and comes after.
    expect(search('japn')).toEqual(['JPN', 'SJM']);
    expect(search('jpaan')[0]).toBe('JPN');
    expect(search('germnay')[0]).toBe('DEU');
    expect(search('frnace')[0]).toBe('FRA');
    expect(search('thialand')[0]).toBe('THA');
    expect(search('swizerland')[0]).toBe('CHE');
    // China is a real prefix match; Chile is one letter off "chin" and comes after it.
    const chin = search('chin');
    expect(chin[0]).toBe('CHN');
    expect(chin.indexOf('CHL')).toBeGreaterThan(chin.indexOf('CHN'));
    expect(search('jap')).toEqual(['JPN']);
  });

  it('finds nothing for gibberish, typo pass included', () => {
    expect(search('qqqzzz')).toEqual([]);
    expect(search('xjapan')).toEqual([]);
  });

  it('breaks ties by popularity: equally good prefix matches put the most visited first', () => {
    // "ma" is Morocco's code (exact); Malaysia and Madagascar both start with it, Malaysia is popular.
    const found = search('ma');
    expect(found.slice(0, 2)).toEqual(['MAR', 'MYS']);
    expect(found.indexOf('MDG')).toBeGreaterThan(1);
    // Without popularity the same rank falls back to name order.
    const plain = searchDestinations(createDestinationIndex(products, 'en', { popular: [] }), 'ja');
    expect(plain.map((entry) => entry.product.country_code).slice(0, 2)).toEqual(['JAM', 'JPN']);
    // A partner's own order wins.
    const own = searchDestinations(createDestinationIndex(products, 'en', { popular: ['jam'] }), 'ja');
    expect(own[0]?.product.country_code).toBe('JAM');
  });
});

describe('aliases travellers type, in every shipped language', () => {
  it.each([
    ['de', 'vae', 'ARE'], ['de', 'england', 'GBR'], ['de', 'amerika', 'USA'], ['de', 'holland', 'NLD'], ['de', 'großbritannien', 'GBR'],
    ['fr', 'angleterre', 'GBR'], ['fr', 'eau', 'ARE'], ['fr', 'hollande', 'NLD'], ['fr', 'etats unis', 'USA'],
    ['es', 'eeuu', 'USA'], ['es', 'inglaterra', 'GBR'], ['es', 'holanda', 'NLD'], ['es', 'emiratos', 'ARE'],
    ['it', 'inghilterra', 'GBR'], ['it', 'olanda', 'NLD'], ['it', 'usa', 'USA'],
    ['pt', 'eua', 'USA'], ['pt', 'holanda', 'NLD'], ['pt', 'emirados', 'ARE'],
    ['nl', 'vs', 'USA'], ['nl', 'engeland', 'GBR'], ['nl', 'vae', 'ARE'],
    ['pl', 'anglia', 'GBR'], ['pl', 'ameryka', 'USA'], ['pl', 'zea', 'ARE'],
    ['tr', 'abd', 'USA'], ['tr', 'ingiltere', 'GBR'], ['tr', 'bae', 'ARE'], ['tr', 'hollanda', 'NLD'],
    ['ja', 'アメリカ', 'USA'], ['ja', '米国', 'USA'], ['ja', '英国', 'GBR'], ['ja', 'ドバイ', 'ARE'],
    ['ko', '미국', 'USA'], ['ko', '영국', 'GBR'], ['ko', '두바이', 'ARE'], ['ko', '한국', 'KOR'],
    ['zh', '美国', 'USA'], ['zh', '英国', 'GBR'], ['zh', '迪拜', 'ARE'], ['zh', '阿联酋', 'ARE'],
    // Intl's Traditional Chinese says 南韓; Taiwan's shops and travellers say 韓國 as often.
    ['zh-TW', '韓國', 'KOR'], ['zh-TW', '南韓', 'KOR'],
    ['ar', 'أمريكا', 'USA'], ['ar', 'امريكا', 'USA'], ['ar', 'بريطانيا', 'GBR'], ['ar', 'الإمارات', 'ARE'], ['ar', 'دبي', 'ARE'],
    ['he', 'ארה״ב', 'USA'], ['he', 'ארהב', 'USA'], ['he', 'אנגליה', 'GBR'], ['he', 'דובאי', 'ARE'],
    // Names Intl does not give: Taiwan's spelling of Dubai, Korea's and Germany's older names for Türkiye and Belarus.
    ['zh-TW', '杜拜', 'ARE'], ['ko', '터키', 'TUR'], ['de', 'weißrussland', 'BLR'], ['de', 'weissrussland', 'BLR'],
  ])('%s: "%s" → %s first', (locale, query, code) => {
    expect(search(query, locale)[0]).toBe(code);
  });

  it('finds by the localised name first in the locale', () => {
    expect(search('deutschland', 'de')[0]).toBe('DEU');
    expect(search('japon', 'fr')[0]).toBe('JPN');
    expect(search('日本', 'ja')[0]).toBe('JPN');
    expect(search('اليابان', 'ar')[0]).toBe('JPN');
    expect(search('יפן', 'he')[0]).toBe('JPN');
    expect(search('ｊａｐａｎ', 'ja')[0]).toBe('JPN');
  });
});

describe('Japanese typed in hiragana, as an IME shows it before conversion', () => {
  it.each([
    ['あめりか', 'USA'],
    ['どいつ', 'DEU'],
    ['ふらんす', 'FRA'],
    ['とるこ', 'TUR'],
    ['どばい', 'ARE'],
    ['たい', 'THA'],
  ])('ja: "%s" → %s first', (query, code) => {
    expect(search(query, 'ja')[0]).toBe(code);
  });

  // Intl names these in kanji (韓国, 台湾…): hiragana folded to katakana cannot reach them, their readings do.
  it.each([
    ['にほ', 'JPN'],
    ['にっぽん', 'JPN'],
    ['ちゅうごく', 'CHN'],
    ['かんこく', 'KOR'],
    ['たいわん', 'TWN'],
    ['ほんこん', 'HKG'],
  ])('ja: "%s", the reading of a kanji name → %s first', (query, code) => {
    expect(search(query, 'ja')[0]).toBe(code);
  });

  it('finds a name written in hiragana by the same word in katakana', () => {
    const index = createDestinationIndex([{ country_code: 'QQQ', name: 'はわい eSIM' }], 'ja');
    expect(searchDestinations(index, 'ハワイ').map((entry) => entry.name)).toEqual(['はわい eSIM']);
  });
});

describe('names as travellers type them without their special letters or in the other script', () => {
  it.each([
    // Simplified on a Traditional page and the reverse: the other script's Intl name is a key too.
    ['zh', '台灣', 'TWN'], ['zh', '泰國', 'THA'], ['zh', '中國', 'CHN'], ['zh', '澳洲', 'AUS'], ['zh', '歐洲', 'XEU'],
    ['zh-TW', '美国', 'USA'], ['zh-TW', '泰国', 'THA'], ['zh-TW', '中国', 'CHN'], ['zh-HK', '欧洲', 'XEU'],
    // German umlauts typed as ae/oe/ue: found from the third letter, not only once a typo is forgiven.
    ['de', 'oes', 'AUT'], ['de', 'tue', 'TUR'], ['de', 'sue', 'KOR'], ['de', 'dae', 'DNK'], ['de', 'aeg', 'EGY'],
    ['de', 'oesterreich', 'AUT'], ['de', 'suedkorea', 'KOR'],
    // Arabic without the article ال: "هند" is India (الهند), not Honduras (هندوراس), whose name merely starts so.
    ['ar', 'هند', 'IND'], ['ar', 'ولايات متحدة', 'USA'], ['ar', 'مملكة متحدة', 'GBR'],
  ])('%s: "%s" → %s first', (locale, query, code) => {
    expect(search(query, locale)[0]).toBe(code);
  });

  it('strips only the article: ألمانيا and ألبانيا start with a hamza’d alif, no ال', () => {
    // Not Albania before Spain (إسبانيا) and Japan (اليابان), nor Germany before the Isle of Man (جزيرة مان).
    expect(search('بان', 'ar')[0]).toBe('ESP');
    expect(search('مان', 'ar')[0]).toBe('IMN');
  });

  it.each([
    // What travellers say where CLDR says otherwise: Koreans call Australia 호주; Hawaii is sold as the USA.
    ['ko', '호주', 'AUS'], ['ja', 'ハワイ', 'USA'], ['ko', '하와이', 'USA'], ['en', 'hawaii', 'USA'],
    ['he', 'דרום קוריאה', 'KOR'], ['ja', '欧州', 'XEU'], ['ar', 'ksa', 'SAU'],
  ])('%s: "%s" → %s first', (locale, query, code) => {
    expect(search(query, locale)[0]).toBe(code);
  });

  it.each([
    ['us', 'USA'], ['usa', 'USA'], ['hong kong', 'HKG'], ['macao', 'MAC'], ['palestine', 'PSE'], ['congo brazzaville', 'COG'],
  ])('de: "%s", a code or an English name rather than an alias, → %s first', (query, code) => {
    expect(search(query, 'de')[0]).toBe(code);
  });
});

describe('a syllable still being composed in an IME keeps the list', () => {
  it.each([
    // Korean 2-set IMEs attach a consonant to the syllable before it until the next vowel moves it on:
    // 미 → 믹 → 미구 → 미국, 이 → 일 → 읿 → 일보 → 일본.
    ['ko', '믹', 'USA'], ['ko', '엿', 'GBR'], ['ko', '혹', 'HKG'], ['ko', '벹', 'VNM'],
    // Romaji or pinyin letters after kana or hanzi, not yet converted.
    ['ja', 'あめr', 'USA'], ['ja', 'ふらn', 'FRA'], ['ja', 'いたr', 'ITA'], ['zh', '日b', 'JPN'],
  ])('%s: "%s" → %s first', (locale, query, code) => {
    expect(search(query, locale)[0]).toBe(code);
  });

  it('lists 일본 while a compound final stands where its second consonant will start the next syllable (읿)', () => {
    expect(search('읿', 'ko')).toContain('JPN');
  });

  it('keeps a final consonant that is one: 독 is 독일, not every 도…', () => {
    expect(search('독', 'ko')).toEqual(['DEU']);
  });
});

describe('popular destinations', () => {
  it('is an ordered list of distinct alpha-3 country codes, the most visited first', () => {
    expect(popularDestinations.slice(0, 3)).toEqual(['FRA', 'ESP', 'USA']);
    expect(new Set(popularDestinations).size).toBe(popularDestinations.length);
    for (const code of popularDestinations) expect(code).toMatch(/^[A-Z]{3}$/);
  });

  it('gives the entries of popular codes present in the catalogue, in the list’s order', () => {
    const index = createDestinationIndex(products.filter((p) => ['JPN', 'FRA', 'XEU', 'KEN'].includes(p.country_code)), 'en');
    expect(popularEntries(index).map((entry) => entry.product.country_code)).toEqual(['FRA', 'JPN']);
    expect(popularEntries(index, ['KEN', 'ZZZ', 'jpn']).map((entry) => entry.name)).toEqual(['Kenya', 'Japan']);
  });
});

describe('records as the API may send them', () => {
  it('takes lower-case codes, empty names and unknown codes, and never shows an empty name', () => {
    const odd = [
      { country_code: 'jpn', name: '' },
      { country_code: '', name: 'Mystery Plan' },
      { country_code: 'QQQ', name: '' },
      { country_code: 'GLO', name: '' },
    ];
    const index = createDestinationIndex(odd, 'en');
    expect(index.entries.map((entry) => entry.name).sort()).toEqual(['Global', 'Japan', 'Mystery Plan', 'QQQ']);
    expect(searchDestinations(index, 'jp').map((entry) => entry.product.country_code)).toEqual(['jpn']);
    expect(searchDestinations(index, 'mystery').map((entry) => entry.name)).toEqual(['Mystery Plan']);
    expect(popularEntries(index).map((entry) => entry.product.country_code)).toEqual(['jpn']);
  });
});

describe('search scans only the entries that can match, and finds what a full scan finds', () => {
  // The reference: every entry ranked one by one, in search order, as search did before it skipped any.
  const fullScan = (index: ReturnType<typeof createDestinationIndex>, query: string): string[] => {
    const prepared = prepareQuery(normalizeSearchText(query));
    const ranks: string[][] = [[], [], [], [], [], []];
    for (const entry of index.bySearchOrder) {
      const rank = rankKeys(entry, prepared);
      if (rank >= 0) ranks[rank]!.push(entry.product.country_code);
    }
    // Like search, an empty result is retried without a syllable still being composed in an IME.
    const normalised = normalizeSearchText(query);
    const settled = normalised.replace(/([^ -~])[a-z]+$|[ᆨ-ᇂ]$/, '$1');
    const found = ranks.flat();
    if (found.length || settled === normalised) return found;
    return settled ? fullScan(index, settled) : index.entries.map((entry) => entry.product.country_code);
  };
  // Queries built from the catalogue's own keys (whole, cut, with a letter changed, added, dropped or
  // swapped), in several scripts, plus arbitrary text.
  const keys = [...new Set(createDestinationIndex(products, 'en').entries.flatMap((entry) => `${entry.key}${entry.aliases}`.split('\n')))]
    .filter(Boolean);
  const typo = fc
    .tuple(fc.constantFrom(...keys), fc.nat(), fc.constantFrom('subst', 'add', 'drop', 'swap', 'cut', 'whole'), fc.constantFrom(...'abcdeilnorstuz '))
    .map(([key, at, edit, letter]) => {
      const i = at % Math.max(1, key.length);
      if (edit === 'subst') return key.slice(0, i) + letter + key.slice(i + 1);
      if (edit === 'add') return key.slice(0, i) + letter + key.slice(i);
      if (edit === 'drop') return key.slice(0, i) + key.slice(i + 1);
      if (edit === 'swap') return key.slice(0, i) + key.slice(i + 1, i + 2) + key.slice(i, i + 1) + key.slice(i + 2);
      if (edit === 'cut') return key.slice(0, i + 1);
      return key;
    });
  const query = fc.oneof(typo, fc.string({ maxLength: 6 }), fc.constantFrom('ドイツ', 'ألمانيا', 'גרמניה', 'deutschland', 'vae', 'ee uu'));

  it.each(['en', 'de', 'ja', 'ar'])('in %s', (locale) => {
    const index = createDestinationIndex(products, locale);
    fc.assert(
      fc.property(query, (text) => {
        expect(searchDestinations(index, text).map((entry) => entry.product.country_code)).toEqual(
          normalizeSearchText(text) ? fullScan(index, text) : index.entries.map((entry) => entry.product.country_code),
        );
      }),
      { seed: 9, numRuns: 500 },
    );
  });
});
