// The package root: every public name is listed here or in core.ts on purpose; nothing is exported by accident.

// The React-free layers (`esim-picker/core`): client, errors, schemas, money, geo, query keys and
// `…Options` factories.
export * from './core.js';

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
} from './query/index.js';
export type { EsimProviderProps, EsimContextValue, EsimErrorInfo } from './query/index.js';

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
  PlanPickerDetailsProps,
  PlanOption,
  PlanOptionState,
  PlanPickerState,
  PlanPickerStatus,
  PlanSelection,
  PlanSort,
  UsePlanPickerOptions,
  PlanDetails,
  PlanDetailsStatus,
  PlanFact,
  UnpricedPlan,
} from './components/PlanPicker/index.js';
export { EsimPicker } from './components/EsimPicker/index.js';
export type { EsimPickerProps, EsimPickerStep } from './components/EsimPicker/index.js';
