'use client';

import { createContext, useContext } from 'react';
import type { PlanPickerState, PlanPickerStatus } from './usePlanPicker.js';

export const PlanPickerContext = createContext<PlanPickerState | null>(null);

/**
 * The root's state for a part, or `null` when `status` is given and the picker is in another state.
 * Throws, saying how to fix it, when the part is used outside the root.
 */
export function usePart(part: string, status?: PlanPickerStatus): PlanPickerState | null {
  const state = useContext(PlanPickerContext);
  if (!state) {
    throw new Error(`\`PlanPicker.${part}\` must be used within \`PlanPicker\``);
  }
  return !status || state.status === status ? state : null;
}

/** The stable class of a part, `esim-PlanPicker-<part>`, that the stylesheet and partners' CSS target. */
export const cls = (part: string) => `esim-PlanPicker-${part}`;
