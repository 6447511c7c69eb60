/**
 * The built-in default for a "Popular" group and for breaking ties in search: alpha-3 codes of the
 * world's most-visited destinations (international arrivals, UN Tourism figures of 2023–2024) with
 * the destinations eSIM travellers buy for most often, most popular first. A list shows those present
 * in its catalogue; partners pass their own order where their sales say otherwise.
 */
export const popularDestinations: readonly string[] = (
  'FRA ESP USA ITA TUR MEX GBR DEU JPN THA GRC ARE CHN AUT SAU HKG PRT MYS NLD CAN KOR SGP VNM EGY MAR IDN CHE HRV ' +
  'POL CZE IND AUS'
).split(' ');
