import type { ReactNode } from 'react';
import { partClassName, type ClassNameProp } from '../shared/classNames.js';
import { PlanPickerContext } from './context.js';
import { PlanPickerEmpty, PlanPickerError, PlanPickerLoading, PlanPickerOption, PlanPickerOptions, PlanPickerSort } from './parts.js';
import { usePlanPicker, type PlanPickerState, type PlanPickerStatus, type UsePlanPickerOptions } from './usePlanPicker.js';

export interface PlanPickerProps extends UsePlanPickerOptions {
  /** @selector .esim-PlanPicker */
  className?: ClassNameProp<{ status: PlanPickerStatus; disabled: boolean }>;
  /** Parts to arrange yourself. @default Sort, Loading, Error, Empty, Options */
  children?: ReactNode | ((state: PlanPickerState) => ReactNode);
}

function PlanPickerRoot({ className, children, ...options }: PlanPickerProps) {
  const state = usePlanPicker(options);
  return (
    <PlanPickerContext.Provider value={state}>
      <div
        {...state.getRootProps()}
        className={`esim-root ${partClassName('esim-PlanPicker', className, { status: state.status, disabled: state.disabled })}`}
      >
        {typeof children === 'function'
          ? children(state)
          : children ?? (
              <>
                <PlanPickerSort />
                <PlanPickerLoading />
                <PlanPickerError />
                <PlanPickerEmpty />
                <PlanPickerOptions />
              </>
            )}
      </div>
    </PlanPickerContext.Provider>
  );
}

/**
 * A destination's data plans as a radio group of native radios. Use it as is, or arrange its parts:
 * `<PlanPicker productId={712}><PlanPicker.Sort /><PlanPicker.Options /></PlanPicker>`.
 */
export const PlanPicker = /* @__PURE__ */ Object.assign(PlanPickerRoot, {
  Sort: PlanPickerSort,
  Options: PlanPickerOptions,
  Option: PlanPickerOption,
  Empty: PlanPickerEmpty,
  Loading: PlanPickerLoading,
  Error: PlanPickerError,
});
