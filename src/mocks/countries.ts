/**
 * Destinations the mock catalogue sells: ISO 3166-1 alpha-3 code + English name, packed as
 * `CODE Name;` so the list stays a few KB instead of a 230-row literal. Territories no eSIM seller
 * covers (Antarctica, Bouvet Island, North Korea…) are left out on purpose. Kosovo uses `XKX`,
 * the user-assigned code most carriers and the EU use for it.
 */
const PACKED_COUNTRIES =
  'AFG Afghanistan;ALA Åland Islands;ALB Albania;DZA Algeria;ASM American Samoa;AND Andorra;' +
  'AGO Angola;AIA Anguilla;ATG Antigua and Barbuda;ARG Argentina;ARM Armenia;ABW Aruba;' +
  'AUS Australia;AUT Austria;AZE Azerbaijan;BHS Bahamas;BHR Bahrain;BGD Bangladesh;BRB Barbados;' +
  'BLR Belarus;BEL Belgium;BLZ Belize;BEN Benin;BMU Bermuda;BTN Bhutan;BOL Bolivia;' +
  'BES Caribbean Netherlands;BIH Bosnia and Herzegovina;BWA Botswana;BRA Brazil;' +
  'VGB British Virgin Islands;BRN Brunei;BGR Bulgaria;BFA Burkina Faso;BDI Burundi;' +
  'CPV Cape Verde;KHM Cambodia;CMR Cameroon;CAN Canada;CYM Cayman Islands;' +
  'CAF Central African Republic;TCD Chad;CHL Chile;CHN China;CXR Christmas Island;' +
  'CCK Cocos (Keeling) Islands;COL Colombia;COM Comoros;COG Congo;' +
  'COD Democratic Republic of the Congo;COK Cook Islands;CRI Costa Rica;CIV Côte d’Ivoire;' +
  'HRV Croatia;CUB Cuba;CUW Curaçao;CYP Cyprus;CZE Czechia;DNK Denmark;DJI Djibouti;DMA Dominica;' +
  'DOM Dominican Republic;ECU Ecuador;EGY Egypt;SLV El Salvador;GNQ Equatorial Guinea;ERI Eritrea;' +
  'EST Estonia;SWZ Eswatini;ETH Ethiopia;FLK Falkland Islands;FRO Faroe Islands;FJI Fiji;' +
  'FIN Finland;FRA France;GUF French Guiana;PYF French Polynesia;GAB Gabon;GMB Gambia;GEO Georgia;' +
  'DEU Germany;GHA Ghana;GIB Gibraltar;GRC Greece;GRL Greenland;GRD Grenada;GLP Guadeloupe;' +
  'GUM Guam;GTM Guatemala;GGY Guernsey;GIN Guinea;GNB Guinea-Bissau;GUY Guyana;HTI Haiti;' +
  'HND Honduras;HKG Hong Kong;HUN Hungary;ISL Iceland;IND India;IDN Indonesia;IRN Iran;IRQ Iraq;' +
  'IRL Ireland;IMN Isle of Man;ISR Israel;ITA Italy;JAM Jamaica;JPN Japan;JEY Jersey;JOR Jordan;' +
  'KAZ Kazakhstan;KEN Kenya;KIR Kiribati;XKX Kosovo;KWT Kuwait;KGZ Kyrgyzstan;LAO Laos;LVA Latvia;' +
  'LBN Lebanon;LSO Lesotho;LBR Liberia;LBY Libya;LIE Liechtenstein;LTU Lithuania;LUX Luxembourg;' +
  'MAC Macao;MDG Madagascar;MWI Malawi;MYS Malaysia;MDV Maldives;MLI Mali;MLT Malta;' +
  'MHL Marshall Islands;MTQ Martinique;MRT Mauritania;MUS Mauritius;MYT Mayotte;MEX Mexico;' +
  'FSM Micronesia;MDA Moldova;MCO Monaco;MNG Mongolia;MNE Montenegro;MSR Montserrat;MAR Morocco;' +
  'MOZ Mozambique;MMR Myanmar;NAM Namibia;NRU Nauru;NPL Nepal;NLD Netherlands;NCL New Caledonia;' +
  'NZL New Zealand;NIC Nicaragua;NER Niger;NGA Nigeria;NIU Niue;NFK Norfolk Island;' +
  'MKD North Macedonia;MNP Northern Mariana Islands;NOR Norway;OMN Oman;PAK Pakistan;PLW Palau;' +
  'PSE Palestine;PAN Panama;PNG Papua New Guinea;PRY Paraguay;PER Peru;PHL Philippines;POL Poland;' +
  'PRT Portugal;PRI Puerto Rico;QAT Qatar;REU Réunion;ROU Romania;RUS Russia;RWA Rwanda;' +
  'BLM Saint Barthélemy;SHN Saint Helena, Ascension and Tristan da Cunha;KNA Saint Kitts and Nevis;' +
  'LCA Saint Lucia;MAF Saint Martin;SPM Saint Pierre and Miquelon;' +
  'VCT Saint Vincent and the Grenadines;WSM Samoa;SMR San Marino;STP São Tomé and Príncipe;' +
  'SAU Saudi Arabia;SEN Senegal;SRB Serbia;SYC Seychelles;SLE Sierra Leone;SGP Singapore;' +
  'SXM Sint Maarten;SVK Slovakia;SVN Slovenia;SLB Solomon Islands;SOM Somalia;ZAF South Africa;' +
  'KOR South Korea;SSD South Sudan;ESP Spain;LKA Sri Lanka;SDN Sudan;SUR Suriname;' +
  'SJM Svalbard and Jan Mayen;SWE Sweden;CHE Switzerland;SYR Syria;TWN Taiwan;TJK Tajikistan;' +
  'TZA Tanzania;THA Thailand;TLS Timor-Leste;TGO Togo;TKL Tokelau;TON Tonga;' +
  'TTO Trinidad and Tobago;TUN Tunisia;TUR Türkiye;TKM Turkmenistan;TCA Turks and Caicos Islands;' +
  'TUV Tuvalu;UGA Uganda;UKR Ukraine;ARE United Arab Emirates;GBR United Kingdom;USA United States;' +
  'VIR U.S. Virgin Islands;URY Uruguay;UZB Uzbekistan;VUT Vanuatu;VAT Vatican City;VEN Venezuela;' +
  'VNM Vietnam;WLF Wallis and Futuna;ESH Western Sahara;YEM Yemen;ZMB Zambia;ZWE Zimbabwe';

export interface MockDestination {
  code: string;
  name: string;
}

const unpack = (): MockDestination[] =>
  PACKED_COUNTRIES.split(';').map((row) => ({ code: row.slice(0, 3), name: row.slice(4) }));

// Pure: a bundle that imports only `mockToken` drops the table (and the catalogue built from it).
export const mockCountries: readonly MockDestination[] = /* @__PURE__ */ unpack();

/**
 * Multi-country products. Their codes are user-assigned ISO codes (X..) so they can never collide
 * with a real country a client might resolve to a flag or a localised name.
 */
export const mockRegions: readonly (MockDestination & { id: number; members: string })[] = [
  { id: 801, code: 'XEU', name: 'Europe eSIM', members: 'AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE GBR NOR CHE ISL' },
  { id: 802, code: 'XAS', name: 'Asia eSIM', members: 'JPN KOR CHN HKG MAC TWN SGP MYS THA VNM IDN PHL IND KHM LAO LKA' },
  { id: 803, code: 'XAM', name: 'Americas eSIM', members: 'USA CAN MEX BRA ARG CHL COL PER ECU URY CRI PAN' },
  { id: 804, code: 'XME', name: 'Middle East eSIM', members: 'ARE SAU QAT KWT BHR OMN JOR ISR TUR EGY' },
  { id: 805, code: 'XAF', name: 'Africa eSIM', members: 'ZAF KEN TZA UGA NGA GHA MAR EGY TUN SEN RWA' },
  // Deliberately 60 characters long: the UI must truncate or wrap product names gracefully.
  { id: 806, code: 'XCB', name: 'Caribbean Islands eSIM — Jamaica, Barbados, Bahamas & 9 more', members: 'JAM BRB BHS DOM TTO LCA GRD ATG KNA VCT CYM TCA' },
  { id: 807, code: 'XBK', name: 'Balkans eSIM', members: 'ALB BIH BGR HRV GRC MKD MNE SRB SVN XKX' },
  { id: 808, code: 'XOC', name: 'Oceania eSIM', members: 'AUS NZL FJI PNG WSM TON VUT' },
];

/** Countries a product covers, for the `regions` field of `GET /variants/:id`. */
export function coveredCountries(countryCode: string): string[] {
  if (countryCode === 'GLO') return mockCountries.map((country) => country.code);
  const region = mockRegions.find((candidate) => candidate.code === countryCode);
  return region ? region.members.split(' ') : [countryCode];
}
