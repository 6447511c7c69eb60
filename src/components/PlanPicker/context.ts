import { createContext, useContext } from 'react';
import type { PlanPickerState } from './usePlanPicker.js';

export const PlanPickerContext = createContext<PlanPickerState | null>(null);

/** The root's state for a part; throws, saying how to fix it, when the part is used outside the root. */
export function usePlanPickerContext(part: string): PlanPickerState {
  const value = useContext(PlanPickerContext);
  if (!value) {
    throw new Error(
      `\`PlanPicker.${part}\` must be used within \`PlanPicker\`: put it inside <PlanPicker productId={…}>, or use usePlanPicker().`,
    );
  }
  return value;
}
