/**
 * Names travellers type that Intl's names (always keys, in the locale and in English) do not hold, in
 * every shipped language at once: a German on an English page still types "VAE". Matched like names
 * (exact first, then prefix…), normalised when an index is built. Both spellings where ICU versions
 * disagree (Türkiye/Turkey, Czechia/Czech Republic). Not the codes ("usa", "us"), which are keys already,
 * nor the English short names Intl gives every ICU ("Hong Kong", "Macao", "Palestine", "Congo - Brazzaville").
 */
export const ALIASES: Readonly<Record<string, string>> = {
  USA:
    'america|united states of america|amerika|ameryka|abd|eeuu|ee uu|eua|vs|stati uniti d’america|' +
    'アメリカ|米国|美國|미국|أمريكا|ארה״ב|אמריקה|hawaii|ハワイ|하와이|夏威夷',
  GBR:
    'uk|britain|great britain|england|scotland|wales|großbritannien|angleterre|grande-bretagne|' +
    'inglaterra|gran bretaña|inghilterra|gran bretagna|grã-bretanha|engeland|groot-brittannië|anglia|' +
    'ingiltere|büyük britanya|英国|英國|イングランド|잉글랜드|英格兰|بريطانيا|إنجلترا|אנגליה',
  ARE:
    'uae|dubai|abu dhabi|emirates|vae|emirate|eau|emiratos|emirati|emirados|emiraten|zea|emiraty|bae|' +
    'ドバイ|두바이|迪拜|杜拜|阿联酋|الإمارات|دبي|דובאי|אמירויות',
  NLD: 'holland|hollande|holanda|olanda|holandia|hollanda|ホラント|荷蘭|the netherlands',
  VCT: 'saint vincent and the grenadines',
  CZE: 'czechia|czech republic|tschechische republik|république tchèque|república checa|repubblica ceca|česko|çek cumhuriyeti',
  TUR: 'turkiye|turkey|türkei|turquía|터키',
  KOR: 'korea|corea|corée|korea południowa|kore|한국|南韩|南韓|韓國|かんこく|דרום קוריאה',
  // What Korean travellers call Australia (CLDR: 오스트레일리아).
  AUS: '호주',
  SAU: 'ksa', // Kingdom of Saudi Arabia, as residents and visitors write it
  CIV: 'ivory coast|elfenbeinküste|costa de marfil|costa d’avorio|wybrzeże kości słoniowej|fildişi sahili',
  SWZ: 'swaziland',
  VAT: 'holy see|vatican',
  RUS: 'russian federation',
  BLR: 'weißrussland',
  IRN: 'persia',
  VNM: 'viet nam',
  CPV: 'cape verde|cabo verde',
  TLS: 'east timor',
  COD: 'drc|dr congo|democratic republic of the congo',
  COG: 'republic of the congo',
  MAC: 'macau',
  HKG: '香港|ほんこん',
  MMR: 'burma',
  // Readings of names Intl writes in kanji, as an IME shows them before conversion (Japan's most visited).
  JPN: 'にほん|にっぽん',
  CHN: 'ちゅうごく',
  TWN: 'たいわん',
  GLO: 'world|worldwide|international|weltweit|monde entier|mundial|wereldwijd|全世界|전 세계|عالمي|עולמי',
};
