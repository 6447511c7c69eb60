export { CountryList, type CountryListProps } from './CountryList.js';
export {
  CountryListEmpty,
  CountryListError,
  CountryListLoading,
  CountryListOption,
  CountryListOptions,
  CountryListSearch,
  CountryListStatus,
} from './parts.js';
export type {
  CountryListErrorProps,
  CountryListLoadingProps,
  CountryListMessageProps,
  CountryListOptionProps,
  CountryListOptionsProps,
  CountryListSearchProps,
} from './parts.js';
export type { RenderFlag } from './context.js';
export { useCountryList } from './useCountryList.js';
export type {
  CountryListEntry,
  CountryListGroup,
  CountryListGroupKind,
  CountryListOptionState,
  CountryListState,
  CountryListDataState,
  UseCountryListOptions,
} from './useCountryList.js';
