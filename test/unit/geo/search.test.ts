import {
  createDestinationIndex,
  MatchRank,
  matchRank,
  normalizeSearchText,
  productSearchKeys,
  searchDestinations,
} from '../../../src/geo/index.js';
import { usdCatalogue } from '../../../src/mocks/index.js';

const product = (country_code: string, name = `${country_code} eSIM`) => ({ country_code, name });

const catalogue = [
  product('DEU', 'Germany eSIM'),
  product('TUR'),
  product('CUW'),
  product('ARE'),
  product('USA'),
  product('GBR'),
  product('NLD'),
  product('ALA'),
  product('NER'),
  product('NGA'),
  product('DZA'),
  product('XEU', 'Europe 30'),
  product('GLO', 'Global Roaming'),
  product('CIV'),
  product('GNB'),
];

const codesFor = (query: string, locale = 'en') =>
  searchDestinations(createDestinationIndex(catalogue, locale), query).map((e) => e.product.country_code);

describe('normalizeSearchText', () => {
  it.each([
    ['Curaçao', 'curacao'],
    ['Åland Islands', 'aland islands'],
    ['Türkiye', 'turkiye'],
    ['Straße', 'strasse'],
    ['Føroyar', 'foroyar'],
    ['Ærø', 'aero'],
    ['Łódź', 'lodz'],
    ['Đà Nẵng', 'da nang'],
    ['Côte d’Ivoire', 'cote divoire'],
    ["Côte d'Ivoire", 'cote divoire'],
    ['Guinea-Bissau', 'guinea bissau'],
    ['  Saint   Kitts\tand Nevis ', 'saint kitts and nevis'],
    ['Sainte-Lucie', 'sainte lucie'],
    ['São Tomé & Príncipe', 'sao tome principe'],
    ["St. Kitts & Nevis (O'Hare_Plan/2)", 'st kitts nevis ohare plan 2'],
    ['ＵＳＡ', 'usa'],
    ['أُمْرِيكَا', 'امريكا'],
    ['إمارات', 'امارات'],
    ['ٱلسعودية', 'السعوديه'],
    ['مصرى', 'مصري'],
    ['ארה״ב', 'ארהב'],
    ['תל־אביב', 'תל אביב'],
    ['あめりか', 'アメリカ'],
    ['ｱﾒﾘｶ', 'アメリカ'],
  ])('%s → %s', (text, normalised) => {
    expect(normalizeSearchText(text)).toBe(normalised);
  });
});

describe('productSearchKeys', () => {
  it('holds localised and English names, codes, product name and aliases', () => {
    const keys = productSearchKeys({ country_code: 'DEU', name: 'Deutschland Reise' }, 'de');
    expect(keys).toEqual(expect.arrayContaining(['deutschland', 'germany', 'deu', 'de', 'deutschland reise']));
    expect(productSearchKeys(product('ARE'), 'en')).toEqual(expect.arrayContaining(['uae', 'dubai']));
    expect(productSearchKeys(product('GBR'), 'en')).toEqual(expect.arrayContaining(['uk', 'england', 'great britain']));
  });

  it('has no duplicates or empty keys', () => {
    const keys = productSearchKeys(product('USA', 'USA'), 'en');
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).not.toContain('');
  });
});

describe('matchRank', () => {
  const names = ['united arab emirates', 'emirates'];
  const keys = { aliases: ['uae', 'abu dhabi'], codes: ['are', 'ae'] };
  it('ranks exact, display-name prefix, other prefix, word start, substring, typo, none', () => {
    expect(matchRank(names, 'uae', keys)).toBe(MatchRank.exact);
    expect(matchRank(names, 'ae', keys)).toBe(MatchRank.exact);
    expect(matchRank(names, 'emirates', keys)).toBe(MatchRank.exact);
    expect(matchRank(names, 'united', keys)).toBe(MatchRank.namePrefix);
    expect(matchRank(names, 'emir', keys)).toBe(MatchRank.prefix);
    expect(matchRank(names, 'abu', keys)).toBe(MatchRank.prefix);
    expect(matchRank(names, 'arab', keys)).toBe(MatchRank.wordPrefix);
    expect(matchRank(names, 'dhabi', keys)).toBe(MatchRank.wordPrefix);
    expect(matchRank(names, 'mirat', keys)).toBe(MatchRank.substring);
    expect(matchRank(names, 'emriates', keys)).toBe(MatchRank.typo);
    expect(matchRank(names, 'abu dahbi', keys)).toBe(MatchRank.typo);
    expect(matchRank(names, 'xyz', keys)).toBe(MatchRank.none);
    expect(matchRank(names, '', keys)).toBe(MatchRank.exact);
    expect(matchRank([], 'a')).toBe(MatchRank.none);
  });

  it('matches aliases whole or by a word start, never inside a word', () => {
    expect(matchRank(['germany'], 'ut', { aliases: ['deutschland'] })).toBe(MatchRank.none);
  });

  it('matches codes only whole', () => {
    expect(matchRank(['germany'], 'eu', { codes: ['deu', 'de'] })).toBe(MatchRank.none);
    expect(matchRank(['germany'], 'd', { codes: ['deu', 'de'] })).toBe(MatchRank.none);
    expect(matchRank(['germany'], 'deu', { codes: ['deu', 'de'] })).toBe(MatchRank.exact);
  });

  it('finds a word start after an earlier inner match', () => {
    expect(matchRank(['anan an'], 'an')).toBe(MatchRank.namePrefix);
    expect(matchRank(['banana anan'], 'an')).toBe(MatchRank.wordPrefix);
  });

  it.each([
    ['japn', 'japan'], // a letter left out
    ['jaapan', 'japan'], // one too many
    ['japon', 'japan'], // substituted
    ['jpaan', 'japan'], // neighbours transposed
    ['germnay', 'germany'],
    ['swizerland', 'switzerland'],
    ['untied states', 'united states'],
  ])('tolerates one typo: %s → %s', (query, name) => {
    expect(matchRank([name], query)).toBe(MatchRank.typo);
  });

  it.each([
    ['jpn', 'japan'], // under four letters
    ['japna', 'jamaica'], // more than one edit
    ['ajpan', 'japan'], // the first two letters swapped
    ['xapan', 'japan'], // the first letter wrong
    ['jpaanx', 'japan'], // two edits
  ])('needs four letters, a right first letter and at most one edit: %s ≠ %s', (query, name) => {
    expect(matchRank([name], query)).toBe(MatchRank.none);
  });
});

describe('searchDestinations', () => {
  it('is accent- and alias-insensitive', () => {
    expect(codesFor('curacao')).toContain('CUW');
    expect(codesFor('Curaçao')).toContain('CUW');
    expect(codesFor('Turkiye')).toContain('TUR');
    expect(codesFor('Turkey')).toContain('TUR');
    expect(codesFor('türk')).toContain('TUR');
    expect(codesFor('uae')).toEqual(['ARE']);
    expect(codesFor('aland')).toContain('ALA');
    expect(codesFor('holland')).toEqual(['NLD']);
    expect(codesFor('ivory')).toEqual(['CIV']);
    expect(codesFor('bissau')).toEqual(['GNB']);
  });

  it('finds by the localised and the English name', () => {
    expect(codesFor('deutsch', 'de')[0]).toBe('DEU');
    expect(codesFor('ger', 'de')).toContain('DEU');
    expect(codesFor('ドイツ', 'ja')).toEqual(['DEU']);
    expect(codesFor('germany', 'ja')).toEqual(['DEU']);
  });

  it('finds regions by product name and global by "global"/"world"', () => {
    expect(codesFor('europe')).toEqual(['XEU']);
    expect(codesFor('world')).toEqual(['GLO']);
    expect(codesFor('global')).toEqual(['GLO']);
  });

  it('ranks prefix matches before word starts before substrings, popular destinations first among equals', () => {
    // Niger and Nigeria start with "ni"; only "United …" names contain it further in, the most visited first.
    expect(codesFor('ni')).toEqual(['NER', 'NGA', 'USA', 'GBR', 'ARE']);
    // "Åland Islands" has a word starting with "is"; "Guinea-Bissau" merely contains it.
    expect(codesFor('is')).toEqual(['ALA', 'GNB']);
    const ranked = codesFor('ger');
    expect(ranked[0]).toBe('DEU');
    expect(ranked.slice(1)).toEqual(['DZA', 'NER', 'NGA']);
  });

  it('returns every entry, in name order, for an empty query', () => {
    const index = createDestinationIndex(catalogue, 'en');
    const all = searchDestinations(index, '  ');
    expect(all).toHaveLength(catalogue.length);
    const names = all.map((entry) => entry.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('en', { numeric: true }).compare));
  });

  it('describes entries for the list', () => {
    const index = createDestinationIndex(catalogue, 'de');
    const byCode = new Map(index.entries.map((entry) => [entry.product.country_code, entry]));
    expect(byCode.get('DEU')).toMatchObject({ name: 'Deutschland', flag: '🇩🇪', kind: 'country' });
    expect(byCode.get('DEU')).toMatchObject({ mark: '🇩🇪', codes: '\ndeu\nde\n', key: '\ndeutschland\ngermany\ngermany esim\n' });
    expect(byCode.get('XEU')).toMatchObject({ name: 'Europa', flag: '', mark: '🇪🇺', kind: 'region' });
    expect(byCode.get('GLO')).toMatchObject({ name: 'Welt', flag: '', mark: '🌐', kind: 'global' });
    expect(searchDestinations(index, 'global')[0]?.product.country_code).toBe('GLO');
  });
});

describe('names spelled out or abbreviated ("Saint … and …" / "St. … & …")', () => {
  // Product names that spell nothing out, so only the destination's own names and the query's spelling count.
  const places = ['LCA', 'KNA', 'VCT', 'TTO', 'BIH', 'ATG', 'STP', 'AND', 'AGO', 'AIA', 'SMR', 'SAU', 'WSM', 'IMN', 'NLD'];
  const index = (locale: string) => createDestinationIndex(places.map((code) => product(code)), locale);
  const find = (query: string, locale = 'en') => searchDestinations(index(locale), query).map((e) => e.product.country_code);

  it.each([
    ['saint lucia', 'LCA'],
    ['st lucia', 'LCA'],
    ['st. lucia', 'LCA'],
    ['Saint Kitts and Nevis', 'KNA'],
    ['st kitts & nevis', 'KNA'],
    ['saint vincent and the grenadines', 'VCT'],
    ['trinidad and tobago', 'TTO'],
    ['Trinidad & Tobago', 'TTO'],
    ['bosnia and herzegovina', 'BIH'],
    ['antigua and barbuda', 'ATG'],
    ['sao tome and principe', 'STP'],
    ['São Tomé & Príncipe', 'STP'],
    ['isle of man', 'IMN'],
    ['the netherlands', 'NLD'],
  ])('typing "%s" finds %s first', (query, code) => {
    expect(find(query)[0]).toBe(code);
  });

  it.each([
    ['en', 'saint lucia', 'LCA'],
    ['en', 'saint kitts and nevis', 'KNA'],
    ['en', 'trinidad and tobago', 'TTO'],
    ['en', 'bosnia and herzegovina', 'BIH'],
    ['en', 'saint vincent and the grenadines', 'VCT'],
    ['en', 'isle of man', 'IMN'],
    ['fr', 'sainte-lucie', 'LCA'],
    ['fr', 'saint-marin', 'SMR'],
  ])('%s: keeps %s listed at every keystroke, from the third letter on', (locale, name, code) => {
    for (let end = 3; end <= name.length; end++) expect(find(name.slice(0, end), locale), name.slice(0, end)).toContain(code);
  });

  it('lists the saints first while "saint" is typed; São Tomé (code ST) leads only when "st" is typed', () => {
    for (const typed of ['sai', 'sain', 'saint', 'sainte']) expect(find(typed)[0], typed).not.toBe('STP');
    expect(find('saint')).toEqual(expect.arrayContaining(['LCA', 'KNA', 'VCT']));
    expect(find('st')[0]).toBe('STP');
  });

  it('still finds Andorra and Angola by "an" and "and", and San Marino, Saudi Arabia and Samoa by "sa"', () => {
    expect(find('an').slice(0, 3)).toEqual(['AND', 'AGO', 'AIA']);
    expect(find('and')[0]).toBe('AND');
    expect(find('ando')[0]).toBe('AND');
    expect(find('sa').slice(0, 3)).toEqual(['SAU', 'WSM', 'SMR']);
    expect(find('san')).toEqual(['SMR']);
    expect(find('sao')).toEqual(['STP']);
  });

  it('keeps "st" a code: São Tomé & Príncipe first, then every "St." place', () => {
    expect(find('st')).toEqual(['STP', 'KNA', 'LCA', 'VCT']);
  });
});

describe('spelled-out names are keys of their own: nothing else moves', () => {
  const products = usdCatalogue.products.map(({ id, country_code, name }) => ({ id, country_code, name }));
  const find = (query: string, locale = 'en') =>
    searchDestinations(createDestinationIndex(products, locale), query).map((entry) => entry.product.country_code);

  it.each(['es', 'de', 'ja', 'ar', 'it', 'pt'])('%s: "saint" lists a Saint place first, not the United States ("stati uniti")', (locale) => {
    expect(find('saint', locale)[0]).not.toBe('USA');
  });

  it.each([
    ['en', 'united a', 'ARE'],
    ['en', 'south a', 'ZAF'],
    ['de', 'vereinigte a', 'ARE'],
    ['fr', 'îles t', 'TCA'],
  ])('%s: a last one-letter word narrows the search ("%s" → %s first)', (locale, query, code) => {
    expect(find(query, locale)[0]).toBe(code);
  });

  it('fr: "sainte" lists Sainte-Lucie and Sainte-Hélène first; "sa" keeps the Saint places listed', () => {
    expect(find('sainte', 'fr').slice(0, 2).sort()).toEqual(['LCA', 'SHN']);
    expect(find('sa')).toEqual(expect.arrayContaining(['LCA', 'KNA', 'VCT']));
  });
});
