import { createContext, useContext, type ReactNode } from 'react';
import type { Product } from '../../api/schemas.js';
import type { CountryListOptionState, CountryListState } from './useCountryList.js';

/** Renders the decorative flag of an option (hidden from assistive technology either way). */
export type RenderFlag = (product: Product, option: CountryListOptionState) => ReactNode;

export interface CountryListContextValue extends CountryListState {
  renderFlag: RenderFlag | undefined;
}

export const CountryListContext = createContext<CountryListContextValue | null>(null);

/** The root's state for a part; throws, saying how to fix it, when the part is used outside the root. */
export function useCountryListContext(part: string): CountryListContextValue {
  const value = useContext(CountryListContext);
  if (!value) {
    throw new Error(
      `\`CountryList.${part}\` must be used within \`CountryList\`: put it inside <CountryList>, or use useCountryList().`,
    );
  }
  return value;
}
