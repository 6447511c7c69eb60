'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { Product } from '../../api/schemas.js';
import { partClassName, type ClassNameProp } from '../shared/classNames.js';
import type { CountryListDataState, CountryListOptionState } from './types.js';
import type { CountryListState } from './useCountryList.js';

/** Renders the decorative flag of an option (hidden from assistive technology either way). */
export type RenderFlag = (product: Product, option: CountryListOptionState) => ReactNode;

type CountryListContextValue = CountryListState & { renderFlag?: RenderFlag | undefined };

export const CountryListContext = createContext<CountryListContextValue | null>(null);

/**
 * The root's state for a part, or `null` when `status` is given and the list is in another state.
 * Throws, saying how to fix it, when the part is used outside the root.
 */
export function useList(part: string): CountryListContextValue;
export function useList(part: string, status: CountryListDataState): CountryListContextValue | null;
export function useList(part: string, status?: CountryListDataState) {
  const value = useContext(CountryListContext);
  if (!value) throw new Error(`\`CountryList.${part}\` must be used within \`CountryList\``);
  return !status || value.status === status ? value : null;
}

/** `esim-CountryList<part>`, then the partner's className (a string or a function of the part's state). */
export const cls = <State,>(part: string, className?: ClassNameProp<State>, state?: State) =>
  partClassName(`esim-CountryList${part}`, className, state!);
