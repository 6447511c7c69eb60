// The package root: every public name is listed here on purpose; nothing is exported by accident.

// API client (no React)
export { createEsimClient, EsimApiError, isEsimApiError } from './api/index.js';
export type {
  EsimClient,
  EsimClientOptions,
  EsimClientErrorCode,
  EsimId,
  InvalidDataContext,
  InvalidRecord,
  ListProductsParams,
  PageInfo,
  Product,
  ProductDetail,
  ProductPage,
  RequestOptions,
  TokenProvider,
  Variant,
} from './api/index.js';

// Money and countries
export { variantPrice, formatMinor } from './money/index.js';
export type { Price } from './money/index.js';
export { countryName, countryFlag, productSearchKeys } from './geo/index.js';
export type { DestinationKind } from './geo/index.js';
export { defaultMessages } from './i18n/messages.js';
export type { EsimMessages } from './i18n/messages.js';

// Query layer
export {
  EsimProvider,
  useEsimContext,
  useProducts,
  useInfiniteProducts,
  useCatalogue,
  useProduct,
  useVariants,
  useVariant,
  usePrefetchProduct,
  esimKeys,
  productsOptions,
  infiniteProductsOptions,
  catalogueOptions,
  productOptions,
  variantsOptions,
  variantOptions,
} from './query/index.js';
export type { EsimProviderProps, EsimContextValue, Catalogue, CatalogueParams } from './query/index.js';

// Components
// Parts are reached through their root (`CountryList.Search`, `PlanPicker.Option`…), not as separate names.
export { CountryList, useCountryList } from './components/CountryList/index.js';
export type {
  CountryListProps,
  CountryListSearchProps,
  CountryListOptionsProps,
  CountryListOptionProps,
  CountryListMessageProps,
  CountryListErrorProps,
  CountryListLoadingProps,
  RenderFlag,
  CountryListEntry,
  CountryListGroup,
  CountryListGroupKind,
  CountryListOptionState,
  CountryListState,
  CountryListDataState,
  UseCountryListOptions,
} from './components/CountryList/index.js';
export { PlanPicker, usePlanPicker } from './components/PlanPicker/index.js';
export type {
  PlanPickerProps,
  PlanPickerErrorProps,
  PlanPickerLoadingProps,
  PlanPickerMessageProps,
  PlanPickerOptionProps,
  PlanPickerOptionsProps,
  PlanPickerSortProps,
  PlanOption,
  PlanOptionState,
  PlanPickerState,
  PlanPickerStatus,
  PlanSelection,
  PlanSort,
  UsePlanPickerOptions,
} from './components/PlanPicker/index.js';
export { EsimPicker } from './components/EsimPicker/index.js';
export type { EsimPickerProps, EsimPickerStep } from './components/EsimPicker/index.js';
