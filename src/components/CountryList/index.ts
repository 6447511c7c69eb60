export {
  CountryList,
  CountryListEmpty,
  CountryListError,
  CountryListLoading,
  CountryListOption,
  CountryListOptions,
  CountryListSearch,
  CountryListStatus,
} from './CountryList.js';
export type {
  CountryListProps,
  CountryListErrorProps,
  CountryListLoadingProps,
  CountryListMessageProps,
  CountryListOptionProps,
  CountryListOptionsProps,
  CountryListSearchProps,
} from './CountryList.js';
export type { RenderFlag } from './CountryList.js';
export { useCountryList } from './CountryList.js';
export type {
  CountryListEntry,
  CountryListGroup,
  CountryListGroupKind,
  CountryListOptionState,
  CountryListState,
  CountryListDataState,
  UseCountryListOptions,
} from './CountryList.js';
