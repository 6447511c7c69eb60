export { CountryList } from './CountryList.js';
export type { CountryListProps } from './CountryList.js';
export {
  CountryListEmpty,
  CountryListError,
  CountryListLoading,
  CountryListOffline,
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
export type { CountryListState } from './useCountryList.js';
export type {
  CountryListEntry,
  CountryListGroup,
  CountryListGroupKind,
  CountryListOptionState,
  CountryListDataState,
  UseCountryListOptions,
} from './types.js';
