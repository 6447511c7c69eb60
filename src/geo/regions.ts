/**
 * Regions: the API gives a regional product a code that is no country (XEU, EUROPE, EU…) and a
 * name ("Europe eSIM", "Caribbean Islands eSIM — Jamaica, Barbados…"). A region is recognised by its
 * code, else by the leading words of its code or product name, and gets a localised name and a mark.
 */

/**
 * A region the library knows. Its names are written here, not asked of Intl: browsers ship no names for
 * UN M49 areas (Chrome's Intl.DisplayNames gives none for "150" Europe or "001" world, Node does), so a
 * name from Intl would differ between a server render and the browser and break hydration.
 */
interface Region {
  /** Decorative mark shown where a country shows its flag. */
  mark: string;
  /** Its name in each of `NAME_LANGUAGES`, "|"-separated, from CLDR. */
  names: string;
  /** What travellers type for it besides its names, "|"-separated. */
  aliases?: string;
  /** Codes vendors use for it (the mock catalogue's X-codes among them), each between spaces. */
  codes?: string;
  /** The leading words of a normalised code or product name that name it ("europe esim", "caribbean islands esim"). */
  words: RegExp;
}

/**
 * The languages of `Region.names` and `WORLD_NAMES`, in their order, Chinese in Traditional script last (as
 * Intl names countries for zh-TW, zh-HK, zh-Hant); any other language gets the English name.
 */
const NAME_LANGUAGES = 'en de fr es it pt nl pl tr ja ko zh ar he zh-hant'.split(' ');
const TRADITIONAL_CHINESE = /^zh[-_](?:hant|tw|hk|mo)\b/i;

const REGIONS: readonly Region[] = [
  { mark: '🇪🇺', names: 'Europe|Europa|Europe|Europa|Europa|Europa|Europa|Europa|Avrupa|ヨーロッパ|유럽|欧洲|أوروبا|אירופה|歐洲', aliases: 'eu|european union|欧州', codes: ' XEU EUR EU ', words: /^europe(an union)?\b/ },
  { mark: '🌏', names: 'Asia|Asien|Asie|Asia|Asia|Ásia|Azië|Azja|Asya|アジア|아시아|亚洲|آسيا|אסיה|亞洲', aliases: 'asia pacific|apac', codes: ' XAS APAC ', words: /^asia( pacific)?\b/ },
  { mark: '🌎', names: 'Americas|Amerika|Amériques|América|Americhe|Américas|Amerika|Ameryka|Amerika|アメリカ大陸|아메리카 대륙|美洲|الأمريكتان|אמריקה|美洲', codes: ' XAM ', words: /^(the )?americas?\b/ },
  { mark: '🌎', names: 'Latin America|Lateinamerika|Amérique latine|Latinoamérica|America Latina|América Latina|Latijns-Amerika|Ameryka Łacińska|Latin Amerika|ラテンアメリカ|라틴 아메리카|拉丁美洲|أمريكا اللاتينية|אמריקה הלטינית|拉丁美洲', aliases: 'latam', codes: ' XLA LATAM ', words: /^latin america\b/ },
  { mark: '🌎', names: 'South America|Südamerika|Amérique du Sud|Sudamérica|America del Sud|América do Sul|Zuid-Amerika|Ameryka Południowa|Güney Amerika|南アメリカ|남아메리카|南美洲|أمريكا الجنوبية|דרום אמריקה|南美洲', codes: ' XSA ', words: /^south america\b/ },
  { mark: '🌎', names: 'North America|Nordamerika|Amérique du Nord|América del Norte|Nord America|América do Norte|Noord-Amerika|Ameryka Północna|Kuzey Amerika|北アメリカ大陸|북아메리카|北美洲|أمريكا الشمالية|צפון אמריקה|北美洲', codes: ' XNA ', words: /^north america\b/ },
  { mark: '🌎', names: 'Central America|Mittelamerika|Amérique centrale|Centroamérica|America Centrale|América Central|Midden-Amerika|Ameryka Środkowa|Orta Amerika|中央アメリカ|중앙 아메리카|中美洲|أمريكا الوسطى|מרכז אמריקה|中美洲', words: /^central america\b/ },
  { mark: '🌍', names: 'Africa|Afrika|Afrique|África|Africa|África|Afrika|Afryka|Afrika|アフリカ|아프리카|非洲|أفريقيا|אפריקה|非洲', codes: ' XAF ', words: /^africa\b/ },
  { mark: '🏝️', names: 'Caribbean|Karibik|Caraïbes|Caribe|Caraibi|Caribe|Caribisch gebied|Karaiby|Karayipler|カリブ|카리브 제도|加勒比地区|الكاريبي|האיים הקריביים|加勒比海地區', aliases: 'caribbean islands', codes: ' XCB ', words: /^caribbean\b/ },
  { mark: '🌊', names: 'Oceania|Ozeanien|Océanie|Oceanía|Oceania|Oceania|Oceanië|Oceania|Okyanusya|オセアニア|오세아니아|大洋洲|أوقيانوسيا|אוקיאניה|大洋洲', codes: ' XOC ', words: /^oceania\b/ },
  { mark: '🏜️', names: 'Middle East|Naher Osten|Moyen-Orient|Oriente Medio|Medio Oriente|Oriente Médio|Midden-Oosten|Bliski Wschód|Orta Doğu|中東|중동|中东|الشرق الأوسط|המזרח התיכון|中東', aliases: 'mena|gulf', codes: ' XME MENA ', words: /^middle east\b/ },
  { mark: '⛰️', names: 'Balkans|Balkan|Balkans|Balcanes|Balcani|Bálcãs|Balkan|Bałkany|Balkanlar|バルカン半島|발칸반도|巴尔干|البلقان|הבלקן|巴爾幹', codes: ' XBK ', words: /^balkans?\b/ },
];

/** A GLO product's name: English keeps the trade's word, the others say "world" (CLDR 001, as a list entry). */
export const WORLD_NAMES = 'Global|Welt|Monde|Mundo|Mondo|Mundo|Wereld|Świat|Dünya|世界|세계|世界|العالم|העולם|世界';

/** The name in `locale` from a "|"-separated list in `NAME_LANGUAGES` order. */
export const localName = (names: string, locale: string): string =>
  names.split('|')[
    Math.max(0, NAME_LANGUAGES.indexOf(TRADITIONAL_CHINESE.test(locale) ? 'zh-hant' : locale.split(/[-_]/)[0]!.toLowerCase()))
  ]!;

// Lower case, punctuation to spaces: enough for the English words above.
const fold = (text: string): string => text.toLowerCase().replace(/[^a-z]+/g, ' ').trim();

/** The region a non-country code (and, failing that, its product's name) stands for, or undefined. */
export const regionOf = (code: string, productName = ''): Region | undefined =>
  REGIONS.find((region) => region.codes?.includes(` ${code.toUpperCase()} `)) ??
  REGIONS.find((region) => region.words.test(fold(code))) ??
  REGIONS.find((region) => region.words.test(fold(productName)));

/** Mark for a whole-world product, distinct from every region's. */
export const GLOBAL_MARK = '🌐';
/** Mark for a region the library does not know. */
export const REGION_MARK = '🗺️';
